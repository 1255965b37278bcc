// A published report's file, whatever form it came in, as the text the reader parses: a PDF (tables rebuilt from
// positions and rules), a saved web page (tables expanded to their grid), a Word .docx, or plain text (pasted or
// saved, UTF-8 or GBK). The form is told by the bytes, the name only breaks ties. Limits keep one file from
// holding the server: the file's size, a .docx's inflated size, a PDF's pages.
import { decodeText } from "./decode";
import { docxToText } from "./docx";
import { declaredCharset, htmlToText, looksLikeHtml } from "./html";
import { ReadError } from "./read-error";

export type SourceFormat = "text" | "html" | "docx" | "pdf";

export const FORMAT_LABELS: Record<SourceFormat, string> = {
  text: "文本",
  html: "网页",
  docx: "Word",
  pdf: "PDF",
};

export type ReportSource = { text: string; format: SourceFormat };

/** No annual report comes near this: the largest seen are a few MB as PDF with embedded fonts. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Characters of text read from any file; the longest reports are under 50,000. */
export const MAX_TEXT_CHARS = 1_000_000;

/** The extensions the reader takes, for file pickers and folder walks. */
export const REPORT_EXTENSIONS = [".pdf", ".docx", ".doc", ".html", ".htm", ".txt", ".tsv", ".text"];

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte);

const isPdf = (bytes: Uint8Array) => {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
};
const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
const isOle = (bytes: Uint8Array) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const isImage = (bytes: Uint8Array) =>
  startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || // PNG
  startsWith(bytes, [0xff, 0xd8, 0xff]) || // JPEG
  startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || // TIFF
  startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]);

/** Text of an HTML file in the charset it declares (GBK pages are common), else UTF-8 or GB18030 by content. */
function decodeHtml(bytes: Uint8Array): string {
  const charset = declaredCharset(bytes);
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    try {
      return new TextDecoder(charset === "gb2312" || charset === "gbk" ? "gb18030" : charset).decode(bytes);
    } catch {
      // an unknown label: fall back to guessing
    }
  }
  return decodeText(bytes);
}

function capText(text: string): string {
  if (text.length > MAX_TEXT_CHARS)
    throw new ReadError(
      `文件中的文字超过 ${MAX_TEXT_CHARS.toLocaleString("zh-CN")} 个字，不像一份年度报告，未读取。`,
      `More than ${MAX_TEXT_CHARS} characters of text.`,
      "too-large",
    );
  return text;
}

/** Reads any supported file; throws ReadError with a Chinese message when it cannot. */
export async function readReportSource(name: string, bytes: Uint8Array): Promise<ReportSource> {
  if (bytes.length > MAX_FILE_BYTES)
    throw new ReadError(
      `文件大小 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限，未读取。`,
      `The file is larger than ${MAX_FILE_BYTES} bytes.`,
      "too-large",
    );
  if (!bytes.length) throw new ReadError("文件是空的。", "The file is empty.");
  if (isPdf(bytes)) {
    const { pdfToText } = await import("./pdf"); // pdf.js is large: loaded only for PDFs
    return { text: capText((await pdfToText(bytes)).text), format: "pdf" };
  }
  if (isZip(bytes)) return { text: capText(await docxToText(bytes)), format: "docx" };
  // Named as a binary form it is not: say so rather than read its bytes as text.
  if (/\.docx$/i.test(name)) return { text: capText(await docxToText(bytes)), format: "docx" };
  if (/\.pdf$/i.test(name))
    throw new ReadError("无法读取 PDF 文件：文件已损坏或不是 PDF。", "Not a readable PDF file.");
  if (isOle(bytes))
    throw new ReadError(
      "旧版 Word（.doc）文件不能可靠读取其表格：请在 Word 或 WPS 中“另存为” .docx 或 PDF 后再检查。",
      "Legacy Word (.doc) files are not read: save it as .docx or PDF.",
      "unsupported",
    );
  if (isImage(bytes))
    throw new ReadError(
      "扫描件，无文字层：这是一张图片（本系统不做文字识别），请取得带文字的 PDF、Word 或网页。",
      "An image file: no text layer, and no OCR is done.",
      "scanned",
    );
  if (/\.html?$/i.test(name)) return { text: capText(htmlToText(decodeHtml(bytes))), format: "html" };
  const text = decodeText(bytes);
  if (looksLikeHtml(text)) return { text: capText(htmlToText(decodeHtml(bytes))), format: "html" };
  return { text: capText(text), format: "text" };
}
