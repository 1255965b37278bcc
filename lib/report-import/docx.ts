// A .docx report as the text a person would copy out of it: each paragraph a line, each table row a line of
// tab-separated cells. A merged cell is one field (gridSpan), and each row it continues into below gets an
// empty field in its place (vMerge), as when a merged cell is copied from a web page.
import JSZip from "jszip";

export class DocxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocxError";
  }
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#")
      return String.fromCodePoint(name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

type Cell = { paragraphs: string[]; continued: boolean };

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
        if (opening) cell = { paragraphs: [], continued: false };
        else if (cell) {
          row?.push(cell.continued ? "" : cell.paragraphs.filter(Boolean).join(" "));
          cell = undefined;
        }
        break;
      case "w:vMerge":
        if (cell && tables.length === 1 && !/w:val="restart"/.test(attributes)) cell.continued = true;
        break;
    }
  }
  return lines.join("\n");
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
  return documentXmlToText(await document.async("string"));
}
