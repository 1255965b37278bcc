// A file that cannot be read as a report: the reason for people (Chinese) and for logs (English). `kind` tells
// a scan (no text layer) and a file over the limits from any other unreadable file.
export type ReadErrorKind = "unreadable" | "scanned" | "too-large" | "unsupported";

export class ReadError extends Error {
  constructor(
    message: string,
    readonly english: string,
    readonly kind: ReadErrorKind = "unreadable",
  ) {
    super(message);
    this.name = "ReadError";
  }
}
