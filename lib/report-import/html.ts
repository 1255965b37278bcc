// A saved web page (or pasted HTML) as text the reader understands: paragraphs and headings one per line, each
// table expanded to its grid (rowspan and colspan), each grid row one tab-separated line with every grid column a
// field: a merged cell's text in its first position, the positions it covers empty. Scripts, styles and the
// page's navigation are text like any other; the reader finds the report's title and sections among them.
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { ReadError } from "./read-error";

const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "ul",
  "caption",
]);
const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "iframe", "object", "svg"]);

const isElement = (node: ChildNode): node is Element =>
  node.type === "tag" || node.type === "script" || node.type === "style";

/** Text as it reads: runs of white space one space, non-breaking spaces included. */
const squash = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, " ");

/** The text of a cell: its block children separated by a space, as a browser copies a cell. */
function inlineText(node: ChildNode): string {
  if (node.type === "text") return squash(node.data);
  if (!isElement(node) || SKIPPED.has(node.name)) return "";
  const inner = node.children.map(inlineText).join("");
  return BLOCKS.has(node.name) ? ` ${inner} ` : inner;
}

type Cell = { text: string; rowSpan: number; colSpan: number };

const span = (value: string | undefined, max: number) => {
  const n = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
};

/** The rows of a table, not those of tables nested in its cells (their text stays in the cell). */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.name === "tr") rows.push(child);
      else if (["thead", "tbody", "tfoot"].includes(child.name)) walk(child);
    }
  };
  walk(table);
  return rows;
}

/** A table as its grid: every position of every row, a merged cell's text at its first one. */
export function tableGridLines(table: Element): string[] {
  const cells: Cell[][] = tableRows(table).map((row) =>
    row.children
      .filter((child): child is Element => isElement(child) && (child.name === "td" || child.name === "th"))
      .map((cell) => ({
        text: inlineText(cell).trim(),
        rowSpan: span(cell.attribs.rowspan, 1000),
        colSpan: span(cell.attribs.colspan, 100),
      })),
  );
  const grid: (string | null)[][] = [];
  cells.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r][c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < cells.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cell.colSpan; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? cell.text : null;
      }
      c += cell.colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid
    .map((row) => Array.from({ length: width }, (_, c) => row[c] ?? "").join("\t"))
    .filter((line) => line.replace(/\t/g, "").trim() || width > 1);
}

/** The document's text: block elements and table rows each on their lines. */
function documentLines(nodes: ChildNode[]): string[] {
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    const line = current.trim();
    if (line) lines.push(line);
    current = "";
  };
  const walk = (node: ChildNode) => {
    if (node.type === "text") {
      current += squash(node.data);
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.name)) return;
    if (node.name === "table") {
      flush();
      lines.push(...tableGridLines(node));
      return;
    }
    const block = BLOCKS.has(node.name);
    if (block) flush();
    node.children.forEach(walk);
    if (block) flush();
  };
  nodes.forEach(walk);
  flush();
  return lines;
}

/** Looks like HTML: a tag at the start, or a table or paragraph tag anywhere near it. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return /^<(?:!doctype\s+html|html|head|body|meta|table|div|p[\s>]|h[1-6])/.test(head) || /<table[\s>]/i.test(text);
}

export function htmlToText(html: string): string {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const lines = documentLines(document.children);
  if (!lines.length) throw new ReadError("网页中没有文字。", "The web page has no text.");
  return lines.join("\n");
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1].toLowerCase();
}

/** Pasted text: HTML (a page's source pasted) is expanded like a saved page; any other text is read as it is. */
export function pastedText(text: string): string {
  if (!looksLikeHtml(text)) return text;
  try {
    return htmlToText(text);
  } catch {
    return text;
  }
}
