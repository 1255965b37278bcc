import {
  formatCellValue,
  NARRATIVE_SECTIONS,
  reportTitle,
  SECTION_HEADINGS,
  SECTIONS,
  type ReportDocument,
  type TableSection,
} from "@/lib/national-format";
import { sectionGrid, type GridCell } from "@/lib/national-format/table-grid";

export type CellMarks = Record<string, "hard" | "soft">;

/**
 * The report in the official layout: title, the six sections, and the tables with the national
 * merged headers, drawn from the one format definition (lib/report/table-grid). Cells with a
 * validation finding are highlighted; manual figures are marked. Prints on A4.
 */
export function ReportView({
  document,
  marks = {},
  headingLevel = 1,
  traceable = true,
}: {
  document: ReportDocument;
  marks?: CellMarks;
  headingLevel?: 1 | 2;
  /** Tag each figure with its cell code (`data-cell`) for the office's tracing; the public page needs only the anchor. */
  traceable?: boolean;
}) {
  const Title = headingLevel === 1 ? "h1" : "h2";
  const Section = headingLevel === 1 ? "h2" : "h3";
  return (
    <article className="report mx-auto max-w-4xl bg-white px-4 py-6 font-serif text-[15px] leading-7 sm:px-10 print:max-w-none print:px-0">
      <Title className="text-center text-2xl font-bold leading-10">
        {reportTitle(document.titleName, document.year)}
      </Title>
      {SECTIONS.map((section) => (
        <section key={section} className="mt-6 break-inside-auto" aria-labelledby={`section-${section}`}>
          <Section id={`section-${section}`} className="font-sans text-lg font-bold">
            {SECTION_HEADINGS[section]}
          </Section>
          <SectionBody section={section} document={document} marks={marks} traceable={traceable} />
        </section>
      ))}
    </article>
  );
}

type BodyProps = { document: ReportDocument; marks: CellMarks; traceable: boolean };

function SectionBody({ section, ...props }: BodyProps & { section: (typeof SECTIONS)[number] }) {
  const { document } = props;
  const narrative = NARRATIVE_SECTIONS.find((entry) => entry.section === section);
  if (narrative) {
    const text = document.narrative[narrative.key].trim();
    return (
      <div className="mt-2">
        {(text || "（未填写）").split(/\n+/).map((paragraph, i) => (
          <p key={i} className="mt-2 indent-8 whitespace-pre-wrap">
            {paragraph.trim()}
          </p>
        ))}
      </div>
    );
  }
  return <SectionTable section={section as TableSection} {...props} />;
}

function SectionTable({ section, ...props }: BodyProps & { section: TableSection }) {
  const grid = sectionGrid(props.document.vintage, section);
  const rows: GridCell[][] = Array.from({ length: grid.height }, () => []);
  for (const cell of grid.cells) rows[cell.row].push(cell);
  const caption = {
    二: "主动公开政府信息情况",
    三: "收到和处理政府信息公开申请情况",
    四: "政府信息公开行政复议、行政诉讼情况",
  }[section];
  return (
    <div className="mt-3 overflow-x-auto print:overflow-visible">
      <table className="report-table" data-section={section}>
        <caption className="sr-only">{caption}</caption>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={r}>{cells.map((cell) => renderCell(cell, props))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function renderCell(cell: GridCell, { document, marks, traceable }: BodyProps) {
  // Only the attributes a cell needs: a report has hundreds of cells, and each is sent twice (HTML and
  // the React payload). Styling lives in globals.css (.report-table).
  const key = `${cell.row}-${cell.col}`;
  const span: { rowSpan?: number; colSpan?: number } = {};
  if (cell.rowSpan > 1) span.rowSpan = cell.rowSpan;
  if (cell.colSpan > 1) span.colSpan = cell.colSpan;
  if (cell.role === "title")
    return (
      <th key={key} {...span} scope="colgroup" className="t">
        {cell.text}
      </th>
    );
  if (cell.role === "header")
    return (
      <th key={key} {...span} scope={cell.colSpan > 1 ? "colgroup" : "col"}>
        {cell.text}
      </th>
    );
  if (cell.role === "stub")
    return (
      <th key={key} {...span} scope={cell.rowSpan > 1 ? "rowgroup" : "row"} className="s">
        {cell.text}
      </th>
    );
  const def = cell.cell!;
  const entry = document.tables.cells[def.code];
  const mark = marks[def.code];
  const extra: Record<string, string> = {};
  if (mark) extra["data-finding"] = mark;
  if (entry?.manual) extra.title = `手工填报：${entry.manual.reason}`;
  if (!entry) extra.title = "尚未填写：本系统记录无法得出，须手工填报";
  if (def.derived) extra.className = "d";
  if (traceable) extra["data-cell"] = def.code;
  const value = formatCellValue(def, entry, document.feeDecimals);
  // A figure not entered yet is blank, never 0, and says so until entered (rule 9); only drafts have them.
  const note = !entry ? (
    <sup aria-label="尚未填写">待填</sup>
  ) : entry.manual ? (
    <sup aria-label="手工填报">*</sup>
  ) : entry.blank ? (
    <sup aria-label="原文空白">空</sup>
  ) : null;
  const attributes = { ...span, id: `cell-${def.code}`, ...extra };
  return note ? (
    <td key={key} {...attributes}>
      {value}
      {note}
    </td>
  ) : (
    <td key={key} {...attributes}>
      {value}
    </td>
  );
}
