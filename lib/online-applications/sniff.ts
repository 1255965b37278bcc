// Attachments are judged by their bytes, never by their name or the type the browser claims.

/** The largest attachment accepted (the request limit is 4 MB: room for the form and a correction). */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
export const MAX_ATTACHMENT_LABEL = "2 MB";

export type SniffedType = "image/png" | "image/jpeg" | "image/gif" | "application/pdf";

const SIGNATURES: { type: SniffedType; bytes: number[]; extension: string }[] = [
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extension: "png" },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff], extension: "jpg" },
  { type: "image/gif", bytes: [0x47, 0x49, 0x46, 0x38], extension: "gif" },
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], extension: "pdf" }, // %PDF-
];

/** The type the content shows, or null when it is none of the accepted images or PDF. */
export function sniffAttachment(data: Uint8Array): SniffedType | null {
  const match = SIGNATURES.find((s) => s.bytes.every((byte, i) => data[i] === byte));
  return match?.type ?? null;
}

export function extensionOf(type: SniffedType): string {
  return SIGNATURES.find((s) => s.type === type)!.extension;
}

/** A filename safe to store and to put in a header: no path, no control characters, at most 100 characters. */
export function safeFilename(name: string, type: SniffedType): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .replace(/\.[^.]*$/, "")
    .trim()
    .slice(0, 80);
  return `${base || "附件"}.${extensionOf(type)}`;
}
