"use client";

import type { CellCode, ReportDocument } from "@/lib/national-format";
import { ReportView, type CellMarks } from "@/components/annual-report/report-view";

/**
 * The parsed report in the official layout (the one table component, read-only); clicking a figure selects
 * its cell, so the source line it was read from can be shown beside it.
 */
export function TracedReport({
  document,
  marks,
  onSelect,
}: {
  document: ReportDocument;
  marks: CellMarks;
  onSelect: (code: CellCode) => void;
}) {
  return (
    // A pointer shortcut: the list of cell sources (CellSources) is the keyboard way to the same information.
    <div
      className="rounded border border-stone-200 [&_td[data-cell]]:cursor-pointer [&_td[data-cell]:hover]:outline [&_td[data-cell]:hover]:outline-brand-600"
      onClick={(event) => {
        const cell = (event.target as HTMLElement).closest("[data-cell]");
        const code = cell?.getAttribute("data-cell");
        if (code) onSelect(code);
      }}
    >
      <ReportView document={document} marks={marks} headingLevel={2} />
    </div>
  );
}
