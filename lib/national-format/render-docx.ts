// The report as a Word document, the copy offices submit and stamp: A4 portrait, the title, the six section
// headings, the narrative, and the tables of sections 二, 三, 四 with the national merged headers, all read off
// the format definition (table-grid.ts lays the merged cells out).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IRunOptions,
} from "docx";
import { SECTION_HEADINGS, SECTIONS, type Section, type TableSection } from "./format";
import { assertTablesVintage, NARRATIVE_SECTIONS, reportTitle, type ReportDocument } from "./document";
import { formatCellValue } from "./render-text";
import { columnWeights, gridOwners, sectionGrid, tableSections, type GridCell, type TableGrid } from "./table-grid";

// A4 with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twips.
const PAGE = { width: 11906, height: 16838, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } };
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

const LATIN = "Times New Roman";
const font = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia });
const FONTS = { title: font("宋体"), heading: font("黑体"), body: font("宋体") };
// Half-points: 二号 22pt for the title, 三号 16pt for headings and body, 五号 10.5pt in tables.
const SIZES = { title: 44, heading: 32, body: 32, table: 21 };
const BODY_LINE = 560; // fixed 28pt lines, as official documents are set
const TWO_CHARS = SIZES.body * 20; // 2 characters of body text, in twips
const SMALL_TABLE_ROWS = 20; // tables up to this many rows are kept on one page

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const TABLE_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

const firstLineIndent = { firstLine: TWO_CHARS, firstLineChars: 200 };

function narrativeParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(
      (line) =>
        new Paragraph({ children: [new TextRun(line)], indent: firstLineIndent, alignment: AlignmentType.JUSTIFIED }),
    );
}

function cellParagraph(cell: GridCell, text: string, keepNext: boolean): Paragraph {
  const alignment = cell.role === "stub" && cell.rowSpan === 1 ? AlignmentType.LEFT : AlignmentType.CENTER;
  const run: IRunOptions = { text, size: SIZES.table, font: FONTS.body, bold: cell.role === "title" || undefined };
  return new Paragraph({
    children: [new TextRun(run)],
    alignment,
    keepNext,
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
  });
}

/** One Word row of the grid: a cell where a grid cell starts, a vMerge continuation under one merged down. */
function tableRow(grid: TableGrid, owners: GridCell[][], r: number, doc: ReportDocument, widths: number[]): TableRow {
  const keepNext = grid.height <= SMALL_TABLE_ROWS && r < grid.height - 1;
  const children: TableCell[] = [];
  for (let c = 0; c < grid.width;) {
    const cell = owners[r][c];
    const starts = cell.row === r;
    const text = cell.cell ? formatCellValue(cell.cell, doc.tables.cells[cell.cell.code], doc.feeDecimals) : cell.text;
    const width = widths.slice(c, c + cell.colSpan).reduce((sum, w) => sum + w, 0);
    children.push(
      new TableCell({
        children: [cellParagraph(cell, starts ? text : "", keepNext)],
        columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
        verticalMerge: cell.rowSpan > 1 ? (starts ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined,
        verticalAlign: VerticalAlignTable.CENTER,
        width: { size: width, type: WidthType.DXA },
      }),
    );
    c += cell.colSpan;
  }
  return new TableRow({ children, cantSplit: true, tableHeader: r < grid.headerRows || undefined });
}

/** Grid column widths in twips filling the text width (the last column takes the rounding). */
function twipWidths(grid: TableGrid): number[] {
  const weights = columnWeights(grid);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((sum, w) => sum + w, 0);
  return widths;
}

function sectionTable(doc: ReportDocument, section: TableSection): Table {
  const grid = sectionGrid(doc.vintage, section);
  const owners = gridOwners(grid);
  const widths = twipWidths(grid);
  return new Table({
    rows: Array.from({ length: grid.height }, (_, r) => tableRow(grid, owners, r, doc, widths)),
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: TABLE_BORDERS,
  });
}

function sectionBody(doc: ReportDocument, section: Section): (Paragraph | Table)[] {
  const narrative = NARRATIVE_SECTIONS.find((entry) => entry.section === section);
  if (narrative) return narrativeParagraphs(doc.narrative[narrative.key]);
  const tableSection = tableSections(doc.vintage).find((entry) => entry === section);
  return tableSection ? [sectionTable(doc, tableSection)] : [];
}

const STYLES = {
  default: {
    document: {
      run: { font: FONTS.body, size: SIZES.body },
      paragraph: { spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
    title: {
      run: { font: FONTS.title, size: SIZES.title, bold: true, color: "000000" },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 0, after: 560 },
      },
    },
    heading1: {
      run: { font: FONTS.heading, size: SIZES.heading, bold: false, color: "000000" },
      paragraph: {
        keepNext: true,
        indent: firstLineIndent,
        spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      },
    },
  },
};

/** Page numbers centred in the footer, "— 1 —" as official documents print them. */
function pageNumberFooter(): Footer {
  const run = new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], size: 28, font: FONTS.body });
  return new Footer({ children: [new Paragraph({ children: [run], alignment: AlignmentType.CENTER })] });
}

/** The report as a .docx file. */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  assertTablesVintage(doc.vintage, doc.tables);
  const title = reportTitle(doc.titleName, doc.year);
  const children = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    ...SECTIONS.flatMap((section) => [
      new Paragraph({ text: SECTION_HEADINGS[section], heading: HeadingLevel.HEADING_1 }),
      ...sectionBody(doc, section),
    ]),
  ];
  const document = new Document({
    title,
    creator: doc.agencyName ?? doc.titleName,
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: PAGE.margin,
          },
        },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
