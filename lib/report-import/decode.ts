// Bytes of a text file as text: UTF-8, else GB18030 (a superset of GBK, in which Chinese Windows still
// saves plain text). A UTF-8 byte-order mark is dropped.
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** A .docx is a zip file: it starts with "PK\x03\x04". */
export const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
