// A PDF report as text the reader understands: its tables rebuilt as grids from the drawn rules and the text's
// positions (pdf.js), each grid row one tab-separated line with every grid column a field (a merged cell's text in
// its first position, the positions it covers empty); text outside tables as lines, top to bottom. Page numbers
// ("- 2 -") are left out. A PDF without a text layer (a scan) is refused: there is no OCR here.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ReadError } from "./read-error";
import { PAGE_NUMBER } from "./tokenize";

/** A positioned piece of text, in page space with y growing downwards. */
type TextItem = { text: string; x: number; top: number; width: number; height: number };
type HRule = { y: number; x1: number; x2: number };
type VRule = { x: number; y1: number; y2: number };
type Matrix = [number, number, number, number, number, number];

const OPS = {
  save: 10,
  restore: 11,
  transform: 12,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
} as const;
const PAINTS = new Set<number>([20, 21, 22, 23, 24, 25, 26, 27]);
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** Rules thicker than this are shapes, not lines; closer than this are one line. */
const THIN = 3;
const SNAP = 2.5;

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js with its worker in this thread (Node has no web workers): the worker's module is loaded here and handed
 * over as `globalThis.pdfjsWorker`, so pdf.js never has to find it by a path (a bundled server moves paths).
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return pdfjs;
}

/** The installed pdf.js package: from the working directory (npm start, the CLI), else by module resolution. */
function packageRoot(): string {
  const local = path.join(process.cwd(), "node_modules", "pdfjs-dist");
  if (existsSync(path.join(local, "cmaps"))) return local;
  return path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
}

/** pdf.js's character maps (CJK fonts need them) and standard fonts, from the installed package. */
function assetDirectories() {
  const root = packageRoot();
  return {
    cMapUrl: path.join(root, "cmaps") + path.sep,
    standardFontDataUrl: path.join(root, "standard_fonts") + path.sep,
  };
}

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** The horizontal and vertical rules a page draws: stroked lines, and thin filled rectangles (Chromium's borders). */
function pageRules(fnArray: number[], argsArray: unknown[][], pageHeight: number) {
  const h: HRule[] = [];
  const v: VRule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const segment = (ax: number, ay: number, bx: number, by: number) => {
    const [x1, y1] = apply(ctm, ax, ay);
    const [x2, y2] = apply(ctm, bx, by);
    if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) >= 0.5)
      h.push({ y: pageHeight - y1, x1: Math.min(x1, x2), x2: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) >= 0.5)
      v.push({ x: x1, y1: pageHeight - Math.max(y1, y2), y2: pageHeight - Math.min(y1, y2) });
  };
  const rectangle = (points: [number, number][], filled: boolean) => {
    const mapped = points.map(([x, y]) => apply(ctm, x, y));
    const xs = mapped.map((p) => p[0]);
    const ys = mapped.map((p) => p[1]);
    const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const [width, height] = [right - left, top - bottom];
    if (height <= THIN && width > height) h.push({ y: pageHeight - (top + bottom) / 2, x1: left, x2: right });
    else if (width <= THIN && height > width)
      v.push({ x: (left + right) / 2, y1: pageHeight - top, y2: pageHeight - bottom });
    else if (!filled) {
      h.push({ y: pageHeight - top, x1: left, x2: right }, { y: pageHeight - bottom, x1: left, x2: right });
      v.push(
        { x: left, y1: pageHeight - top, y2: pageHeight - bottom },
        { x: right, y1: pageHeight - top, y2: pageHeight - bottom },
      );
    }
  };

  fnArray.forEach((fn, i) => {
    const args = argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]))
        ctm = multiply(ctm, [...(args[0] as number[])] as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && PAINTS.has(args[0] as number)) {
      const filled = (args[0] as number) !== OPS.stroke && (args[0] as number) !== OPS.closeStroke;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (data) walkPath(data, filled, segment, rectangle);
    }
  });
  return { h, v };
}

/** Straight subpaths: a closed axis-aligned quadrilateral is a rectangle, other straight pieces are segments. */
function walkPath(
  data: ArrayLike<number>,
  filled: boolean,
  segment: (ax: number, ay: number, bx: number, by: number) => void,
  rectangle: (points: [number, number][], filled: boolean) => void,
) {
  let points: [number, number][] = [];
  let curved = false;
  const flush = (closed: boolean) => {
    if (!curved && closed && points.length >= 4 && points.length <= 5) rectangle(points.slice(0, 4), filled);
    else if (!curved && !filled) {
      for (let i = 1; i < points.length; i++) segment(...points[i - 1], ...points[i]);
      if (closed && points.length > 2) segment(...points.at(-1)!, ...points[0]);
    }
    points = [];
    curved = false;
  };
  for (let i = 0; i < data.length;) {
    const op = data[i];
    if (op === DRAW.moveTo) {
      if (points.length) flush(false);
      points.push([data[i + 1], data[i + 2]]);
      i += 3;
    } else if (op === DRAW.lineTo) {
      points.push([data[i + 1], data[i + 2]]);
      i += 3;
    } else if (op === DRAW.curveTo) {
      curved = true;
      i += 7;
    } else if (op === DRAW.quadraticCurveTo) {
      curved = true;
      i += 5;
    } else if (op === DRAW.closePath) {
      flush(true);
      i += 1;
    } else break;
  }
  if (points.length) flush(false);
}

/** Values within SNAP of each other, as one. */
function snap(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const value of sorted) {
    const last = groups.at(-1);
    if (last && value - last.at(-1)! <= SNAP) last.push(value);
    else groups.push([value]);
  }
  return groups.map((group) => group.reduce((a, b) => a + b, 0) / group.length);
}

type Grid = { xs: number[]; ys: number[]; rows: string[][]; top: number; bottom: number };

/** Pieces of one rule (a border drawn cell by cell) joined: same line, touching or overlapping. */
function joinRules<R>(
  rules: R[],
  line: (r: R) => number,
  from: (r: R) => number,
  to: (r: R) => number,
  make: (line: number, from: number, to: number) => R,
): R[] {
  const sorted = [...rules].sort((a, b) => line(a) - line(b) || from(a) - from(b));
  const joined: R[] = [];
  for (const rule of sorted) {
    const last = joined.at(-1);
    if (last && Math.abs(line(last) - line(rule)) <= 1 && from(rule) <= to(last) + SNAP)
      joined[joined.length - 1] = make(line(last), from(last), Math.max(to(last), to(rule)));
    else joined.push(rule);
  }
  return joined;
}

/** The tables of a page: rules that touch each other, with their grid lines and merged cells. */
function pageTables(pieces: { h: HRule[]; v: VRule[] }): { xs: number[]; ys: number[]; h: HRule[]; v: VRule[] }[] {
  const h = joinRules(
    pieces.h,
    (r) => r.y,
    (r) => r.x1,
    (r) => r.x2,
    (y, x1, x2) => ({ y, x1, x2 }),
  );
  const v = joinRules(
    pieces.v,
    (r) => r.x,
    (r) => r.y1,
    (r) => r.y2,
    (x, y1, y2) => ({ x, y1, y2 }),
  );
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  h.forEach((hr, i) =>
    v.forEach((vr, j) => {
      const touches = vr.x >= hr.x1 - SNAP && vr.x <= hr.x2 + SNAP && hr.y >= vr.y1 - SNAP && hr.y <= vr.y2 + SNAP;
      if (touches) parent[find(i)] = find(h.length + j);
    }),
  );
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  h.forEach((rule, i) => {
    const group = groups.get(find(i)) ?? { h: [], v: [] };
    group.h.push(rule);
    groups.set(find(i), group);
  });
  v.forEach((rule, j) => {
    const group = groups.get(find(h.length + j)) ?? { h: [], v: [] };
    group.v.push(rule);
    groups.set(find(h.length + j), group);
  });
  return [...groups.values()]
    .filter((group) => group.h.length >= 2 && group.v.length >= 2)
    .map((group) => ({ ...group, xs: snap(group.v.map((r) => r.x)), ys: snap(group.h.map((r) => r.y)) }))
    .filter((table) => table.xs.length >= 2 && table.ys.length >= 2);
}

const covers = (from: number, to: number, at: number) => from - SNAP <= at && at <= to + SNAP;

/** Text of the items of one cell: its lines top to bottom, each left to right, a wrapped line continued. */
function cellText(items: TextItem[]): string {
  const lines = textLines(items);
  return lines.map((line) => joinLine(line, false)).join("");
}

/** Items grouped into lines by their vertical position, top to bottom, each line left to right. */
function textLines(items: TextItem[]): TextItem[][] {
  const sorted = [...items].sort((a, b) => a.top - b.top || a.x - b.x);
  const lines: TextItem[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const middle = item.top + item.height / 2;
    const reference = line?.[0];
    if (
      reference &&
      Math.abs(reference.top + reference.height / 2 - middle) <= Math.max(reference.height, item.height) * 0.4
    )
      line!.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

/** A line's items as text: a gap wider than about two characters is a tab when `tabs`, else a space. */
function joinLine(line: TextItem[], tabs: boolean): string {
  let text = "";
  line.forEach((item, i) => {
    const previous = line[i - 1];
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      const size = Math.max(previous.height, item.height, 1);
      if (gap > size * 1.5) text += tabs ? "\t" : " ";
      else if (gap > size * 0.2 && /[\w.]$/.test(text) && /^[\w.]/.test(item.text)) text += " ";
    }
    text += item.text;
  });
  return text;
}

/** Cells of a table's grid, merged where a rule between two grid positions is missing; each grid row a line. */
function tableGrid(table: ReturnType<typeof pageTables>[number], items: TextItem[]): Grid {
  const { xs, ys } = table;
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const owner = Array.from({ length: rows * columns }, (_, i) => i);
  const find = (i: number): number => (owner[i] === i ? i : (owner[i] = find(owner[i])));
  const union = (a: number, b: number) => (owner[find(a)] = find(b));
  const hasV = (x: number, top: number, bottom: number) =>
    table.v.some((rule) => Math.abs(rule.x - x) <= SNAP && covers(rule.y1, rule.y2, (top + bottom) / 2));
  const hasH = (y: number, left: number, right: number) =>
    table.h.some((rule) => Math.abs(rule.y - y) <= SNAP && covers(rule.x1, rule.x2, (left + right) / 2));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (c + 1 < columns && !hasV(xs[c + 1], ys[r], ys[r + 1])) union(r * columns + c, r * columns + c + 1);
      if (r + 1 < rows && !hasH(ys[r + 1], xs[c], xs[c + 1])) union(r * columns + c, (r + 1) * columns + c);
    }
  }
  const texts = new Map<number, TextItem[]>();
  for (const item of items) {
    const cx = item.x + item.width / 2;
    const cy = item.top + item.height / 2;
    const c = xs.findIndex((x, i) => i < columns && cx >= x && cx < xs[i + 1]);
    const r = ys.findIndex((y, i) => i < rows && cy >= y && cy < ys[i + 1]);
    if (c < 0 || r < 0) continue;
    const root = find(r * columns + c);
    texts.set(root, [...(texts.get(root) ?? []), item]);
  }
  const seen = new Set<number>();
  const grid = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const root = find(r * columns + c);
      if (seen.has(root)) return "";
      seen.add(root);
      return cellText(texts.get(root) ?? []);
    }),
  );
  return { xs, ys, rows: grid, top: ys[0], bottom: ys.at(-1)! };
}

/** Kangxi radicals and compatibility ideographs some PDF fonts map characters to (⼯ for 工): the ordinary ones. */
function canonicalCjk(text: string): string {
  return text.replace(/[\u2E80-\u2FDF\uF900-\uFAFF]/g, (ch) => ch.normalize("NFKC"));
}

export type PdfText = { text: string; pages: number; tables: number };

/** Limits that keep one file from holding the server: pages read. */
export const MAX_PDF_PAGES = 60;

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const { getDocument } = await loadPdfJs();
  let document;
  try {
    document = await getDocument({
      data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer it is given
      ...assetDirectories(),
      cMapPacked: true,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException")
      throw new ReadError("PDF 文件有密码保护，无法读取。", "The PDF is password-protected.");
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadError("无法读取 PDF 文件：文件已损坏或不是 PDF。", `Not a readable PDF file (${reason}).`);
  }
  try {
    if (document.numPages > MAX_PDF_PAGES)
      throw new ReadError(
        `PDF 文件共 ${document.numPages} 页，超过 ${MAX_PDF_PAGES} 页的上限，不像一份年度报告。`,
        `The PDF has ${document.numPages} pages, more than ${MAX_PDF_PAGES}.`,
      );
    const lines: string[] = [];
    let characters = 0;
    let tables = 0;
    for (let p = 1; p <= document.numPages; p++) {
      const page = await document.getPage(p);
      const { height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str.trim()) continue;
        const size = Math.hypot(item.transform[2], item.transform[3]) || item.height || 10;
        const text = canonicalCjk(item.str);
        characters += text.trim().length;
        // transform[5] is the baseline; the glyphs stand on it, about 0.85 of the size above and 0.15 below.
        items.push({
          text,
          x: item.transform[4],
          top: height - item.transform[5] - size * 0.85,
          width: item.width,
          height: size,
        });
      }
      const operators = await page.getOperatorList();
      const grids = pageTables(pageRules(operators.fnArray, operators.argsArray, height)).map((table) => {
        const inside = items.filter((item) => {
          const cx = item.x + item.width / 2;
          const cy = item.top + item.height / 2;
          return cx >= table.xs[0] && cx <= table.xs.at(-1)! && cy >= table.ys[0] && cy <= table.ys.at(-1)!;
        });
        return { grid: tableGrid(table, inside), inside: new Set(inside) };
      });
      tables += grids.length;
      const outside = items.filter((item) => !grids.some((g) => g.inside.has(item)));
      // Text lines and table rows in reading order, by their top.
      const blocks: { top: number; lines: string[] }[] = [
        ...textLines(outside)
          .map((line) => ({ top: line[0].top, lines: [joinLine(line, true)] }))
          .filter((block) => !PAGE_NUMBER.test(block.lines[0])),
        ...grids.map(({ grid }) => ({ top: grid.top, lines: grid.rows.map((row) => row.join("\t")) })),
      ].sort((a, b) => a.top - b.top);
      for (const block of blocks) lines.push(...block.lines);
      page.cleanup();
    }
    if (characters < 20)
      throw new ReadError(
        "扫描件，无文字层：这份 PDF 只有图像，没有可读取的文字（本系统不做文字识别），请取得带文字的 PDF 或 Word 文件。",
        "A scanned PDF without a text layer (images only); no OCR is done.",
        "scanned",
      );
    return { text: lines.join("\n"), pages: document.numPages, tables };
  } finally {
    await document.destroy();
  }
}

/** The PDF's text as a PDF viewer copies it: lines by position, words separated by spaces, tables flattened. */
export async function pdfToFlatText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await loadPdfJs();
  const document = await getDocument({
    data: new Uint8Array(bytes),
    ...assetDirectories(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const lines: string[] = [];
  for (let p = 1; p <= document.numPages; p++) {
    const page = await document.getPage(p);
    const { height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const item of content.items) {
      if (!("str" in item) || !item.str.trim()) continue;
      const size = Math.hypot(item.transform[2], item.transform[3]) || 10;
      items.push({
        text: canonicalCjk(item.str),
        x: item.transform[4],
        top: height - item.transform[5] - size * 0.85,
        width: item.width,
        height: size,
      });
    }
    lines.push(...textLines(items).map((line) => joinLine(line, false)));
  }
  await document.destroy();
  return lines.join("\n");
}
