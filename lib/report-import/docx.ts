// A .docx report as text the reader understands: each paragraph a line, each table row a line of tab-separated
// fields, one per grid column: a merged cell's text in its first position, the positions it spans (gridSpan)
// and continues into below (vMerge) empty. So a figure always sits in the field of its column.
import JSZip from "jszip";
import { ReadError } from "./read-error";

export class DocxError extends ReadError {
  constructor(message: string) {
    super(message, "Cannot read the file as a Word (.docx) document.");
    this.name = "DocxError";
  }
}

/** A .docx is compressed: its text may be far larger than the file. Past this it is not a report. */
export const MAX_DOCX_XML = 40 * 1024 * 1024;

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#")
      return String.fromCodePoint(name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

type Cell = { paragraphs: string[]; continued: boolean; span: number };

/** Walks word/document.xml tag by tag, keeping the body's paragraphs and tables in order. */
export function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  const tables: { rows: string[][] }[] = [];
  let row: string[] | undefined;
  let cell: Cell | undefined;
  let paragraph: string | undefined;
  let inText = false;
  let inTabStops = false; // <w:tabs> in paragraph properties defines tab stops, it prints nothing

  const endParagraph = () => {
    if (paragraph === undefined) return;
    if (cell) cell.paragraphs.push(paragraph.trim());
    else if (!tables.length) lines.push(...paragraph.split("\n"));
    paragraph = undefined;
  };

  for (const match of xml.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, tag, attributes, selfClosing, text] = match;
    if (text !== undefined) {
      if (inText && paragraph !== undefined) paragraph += unescapeXml(text);
      continue;
    }
    const opening = !closing;
    const inTable = tables.length > 0;
    switch (tag) {
      case "w:t":
        inText = opening && !selfClosing;
        break;
      case "w:tabs":
        inTabStops = opening && !selfClosing;
        break;
      case "w:tab":
        if (opening && !inTabStops && paragraph !== undefined) paragraph += cell ? " " : "\t";
        break;
      case "w:br":
      case "w:cr":
        if (opening && paragraph !== undefined) paragraph += cell ? " " : "\n";
        break;
      case "w:p":
        if (opening && !selfClosing) paragraph = "";
        else if (closing) endParagraph();
        else if (!cell && !inTable) lines.push(""); // <w:p/>: an empty paragraph
        break;
      case "w:tbl":
        if (opening) tables.push({ rows: [] });
        else {
          // A table nested in a cell gave its paragraphs to that cell; only the outer table makes lines.
          const table = tables.pop()!;
          if (!tables.length) lines.push(...table.rows.map((cells) => cells.join("\t")));
        }
        break;
      case "w:tr":
        if (tables.length > 1) break;
        if (opening) row = [];
        else if (row) {
          tables[0].rows.push(row);
          row = undefined;
        }
        break;
      case "w:tc":
        if (tables.length > 1) break;
        if (opening) cell = { paragraphs: [], continued: false, span: 1 };
        else if (cell) {
          row?.push(cell.continued ? "" : cell.paragraphs.filter(Boolean).join(" "));
          for (let i = 1; i < cell.span; i++) row?.push("");
          cell = undefined;
        }
        break;
      case "w:gridSpan": {
        const span = Number(/w:val="(\d+)"/.exec(attributes)?.[1] ?? 1);
        if (cell && tables.length === 1) cell.span = Math.max(1, Math.min(span, 100));
        break;
      }
      case "w:vMerge":
        if (cell && tables.length === 1 && !/w:val="restart"/.test(attributes)) cell.continued = true;
        break;
    }
  }
  return lines.join("\n");
}

const tooLarge = () =>
  new ReadError(
    `Word 文件解压后正文超过 ${MAX_DOCX_XML / 1024 / 1024} MB，不像一份年度报告，未读取。`,
    `The .docx body inflates to more than ${MAX_DOCX_XML} bytes.`,
    "too-large",
  );

type JSZipStream = {
  on(event: "data", listener: (chunk: Uint8Array) => void): JSZipStream;
  on(event: "error", listener: (error: Error) => void): JSZipStream;
  on(event: "end", listener: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
};

/** Inflates one entry, stopping as soon as it passes `limit` bytes (a zip bomb is never held whole). */
function inflateLimited(file: JSZip.JSZipObject, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    // internalStream is JSZip's documented streaming API, missing from its type declarations.
    const stream = (file as unknown as { internalStream(type: "uint8array"): JSZipStream }).internalStream(
      "uint8array",
    );
    stream
      .on("data", (chunk: Uint8Array) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      })
      .on("error", reject)
      .on("end", () => {
        const bytes = new Uint8Array(size);
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.length;
        }
        resolve(new TextDecoder().decode(bytes));
      })
      .resume();
  });
}

/** The text of a .docx file; throws DocxError when it is not one. */
export async function docxToText(data: ArrayBuffer | Uint8Array): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new DocxError("无法读取 Word 文件：不是 .docx 格式（旧版 .doc 请在 Word 中另存为 .docx，或复制全文粘贴）。");
  }
  const document = zip.file("word/document.xml");
  if (!document) throw new DocxError("无法读取 Word 文件：文件中没有正文（word/document.xml）。");
  return documentXmlToText(await inflateLimited(document, MAX_DOCX_XML));
}
