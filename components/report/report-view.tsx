import {
  formatCellValue,
  NARRATIVE_SECTIONS,
  reportTitle,
  SECTION_HEADINGS,
  SECTIONS,
  type ReportDocument,
  type TableSection,
} from "@/lib/report";
import { sectionGrid, type GridCell } from "@/lib/report/table-grid";

export type CellMarks = Record<string, "hard" | "soft">;

/**
 * The report in the official layout: title, the six sections, and the tables with the national
 * merged headers, drawn from the one format definition (lib/report/table-grid). Cells with a
 * validation finding are highlighted; manual figures are marked. Prints on A4.
 */
export function ReportView({ document, marks = {}, headingLevel = 1 }: { document: ReportDocument; marks?: CellMarks; headingLevel?: 1 | 2 }) {
  const Title = headingLevel === 1 ? "h1" : "h2";
  const Section = headingLevel === 1 ? "h2" : "h3";
  return (
    <article className="report mx-auto max-w-4xl bg-white px-4 py-6 font-serif text-[15px] leading-7 sm:px-10 print:max-w-none print:px-0">
      <Title className="text-center text-2xl font-bold leading-10">{reportTitle(document.titleName, document.year)}</Title>
      {SECTIONS.map((section) => (
        <section key={section} className="mt-6 break-inside-auto" aria-labelledby={`section-${section}`}>
          <Section id={`section-${section}`} className="font-sans text-lg font-bold">{SECTION_HEADINGS[section]}</Section>
          <SectionBody section={section} document={document} marks={marks} />
        </section>
      ))}
    </article>
  );
}

function SectionBody({ section, document, marks }: { section: (typeof SECTIONS)[number]; document: ReportDocument; marks: CellMarks }) {
  const narrative = NARRATIVE_SECTIONS.find((entry) => entry.section === section);
  if (narrative) {
    const text = document.narrative[narrative.key].trim();
    return (
      <div className="mt-2">
        {(text || "（未填写）").split(/\n+/).map((paragraph, i) => (
          <p key={i} className="mt-2 indent-8 whitespace-pre-wrap">{paragraph.trim()}</p>
        ))}
      </div>
    );
  }
  return <SectionTable section={section as TableSection} document={document} marks={marks} />;
}

function SectionTable({ section, document, marks }: { section: TableSection; document: ReportDocument; marks: CellMarks }) {
  const grid = sectionGrid(document.vintage, section);
  const rows: GridCell[][] = Array.from({ length: grid.height }, () => []);
  for (const cell of grid.cells) rows[cell.row].push(cell);
  const caption = { 二: "主动公开政府信息情况", 三: "收到和处理政府信息公开申请情况", 四: "政府信息公开行政复议、行政诉讼情况" }[section];
  return (
    <div className="mt-3 overflow-x-auto print:overflow-visible">
      <table className="report-table" data-section={section}>
        <caption className="sr-only">{caption}</caption>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={r}>
              {cells.map((cell) => renderCell(cell, document, marks))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function renderCell(cell: GridCell, document: ReportDocument, marks: CellMarks) {
  // Only the attributes a cell needs: a report has hundreds of cells, and each is sent twice (HTML and
  // the React payload). Styling lives in globals.css (.report-table).
  const key = `${cell.row}-${cell.col}`;
  const span: { rowSpan?: number; colSpan?: number } = {};
  if (cell.rowSpan > 1) span.rowSpan = cell.rowSpan;
  if (cell.colSpan > 1) span.colSpan = cell.colSpan;
  if (cell.role === "title") return <th key={key} {...span} scope="colgroup" className="t">{cell.text}</th>;
  if (cell.role === "header") return <th key={key} {...span} scope={cell.colSpan > 1 ? "colgroup" : "col"}>{cell.text}</th>;
  if (cell.role === "stub") return <th key={key} {...span} scope={cell.rowSpan > 1 ? "rowgroup" : "row"} className="s">{cell.text}</th>;
  const def = cell.cell!;
  const entry = document.tables.cells[def.code];
  const mark = marks[def.code];
  const extra: Record<string, string> = {};
  if (mark) extra["data-finding"] = mark;
  if (entry?.manual) extra.title = `手工填报：${entry.manual.reason}`;
  if (def.derived) extra.className = "d";
  return (
    <td key={key} {...span} id={`cell-${def.code}`} data-cell={def.code} {...extra}>
      {formatCellValue(def, entry, document.feeDecimals)}
      {entry?.manual && <sup aria-label="手工填报">*</sup>}
      {entry?.blank && <sup aria-label="原文空白">空</sup>}
    </td>
  );
}
