"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { getFormat, type CellCode } from "@/lib/national-format";
import {
  checkImported,
  importedDocument,
  importReadiness,
  markUnread,
  parseReportText,
  pastedText,
} from "@/lib/report-import";
import type { CellMarks } from "@/components/annual-report/report-view";
import { FindingsPanel } from "@/components/annual-report/findings-panel";
import { CellSources } from "./cell-sources";
import { ConfirmImportForm } from "./confirm-import-form";
import { RecognisedSummary } from "./recognised-summary";
import { SourceInput } from "./source-input";
import { SourceLines } from "./source-lines";
import { TracedReport } from "./traced-report";
import { NotCheckedList } from "./not-checked-list";

/** A report the agency already has, for warning before an import would meet it. */
export type ExistingReport = { year: number; source: "COMPILED" | "IMPORTED"; draft: boolean; statusLabel: string };

type Agency = { name: string; reportTitleName: string | null; feeDecimals: number };

/** What an existing report of the same year means for the import (the server decides again on confirming). */
function existingReport(existing: ExistingReport[], year: number): { problem?: string; replaces?: string } {
  const found = existing.find((report) => report.year === year);
  if (!found) return {};
  if (found.source === "COMPILED")
    return { problem: `${year}年度报告已在本系统中编制（${found.statusLabel}），导入的报告不会覆盖它。` };
  if (!found.draft) return { problem: `${year}年度的导入报告已${found.statusLabel}，不能再次导入覆盖。` };
  return { replaces: `${year}年度已有导入的报告（草稿），确认后将以本次导入替换它。` };
}

/**
 * Paste or upload → the report as read, beside its source, every cell traceable to the line it came from,
 * with the validation findings → confirm. Parsing and checking run in the browser as the text changes.
 */
export function ImportWorkbench({
  agency,
  existing,
  currentYear,
}: {
  agency: Agency;
  existing: ExistingReport[];
  currentYear: number;
}) {
  const [text, setText] = useState("");
  const [from, setFrom] = useState<string>();
  const [selected, setSelected] = useState<{ cell?: CellCode; line?: number }>({});
  const source = useDeferredValue(text);
  const result = useMemo(() => (source.trim() ? parseReportText(pastedText(source)) : undefined), [source]);
  const report = result?.ok ? result.report : undefined;

  const view = useMemo(() => {
    if (!report) return undefined;
    const { findings, notChecked } = checkImported(report);
    const marks: CellMarks = {};
    for (const f of findings)
      if (f.cellCode) marks[f.cellCode] = f.severity === "hard" || marks[f.cellCode] === "hard" ? "hard" : "soft";
    const format = getFormat(report.vintage);
    const cellLabel = (code: string) => {
      const def = format.cellsByCode.get(code);
      return def ? `表${def.section} ${[...def.rowPath, ...def.columnPath].filter(Boolean).join(" / ")}` : code;
    };
    const readiness = importReadiness(report, agency, currentYear);
    const existingCheck = report.year ? existingReport(existing, report.year) : {};
    const problems = [...readiness.problems, ...(existingCheck.problem ? [existingCheck.problem] : [])];
    // Shown with each cell that could not be read as "?", never as the 0 a missing cell prints.
    const document = { ...importedDocument(report, agency), tables: markUnread(report) };
    return { findings, notChecked, marks, cellLabel, readiness, existingCheck, problems, document };
  }, [report, agency, existing, currentYear]);

  const selectCell = (cell: CellCode) => setSelected({ cell, line: report?.sources[cell]?.line });
  const selectedSource = selected.cell ? report?.sources[selected.cell] : undefined;
  const selectedEntry = selected.cell ? report?.tables.cells[selected.cell] : undefined;

  return (
    <>
      <SourceInput
        text={text}
        from={from}
        onChange={(next) => {
          setText(next);
          setSelected({});
        }}
        onOpen={(result) => {
          setText(result.text ?? "");
          setFrom(result.summary.file);
          setSelected({});
          document.getElementById("report-text")?.scrollIntoView({ block: "start" });
        }}
      />

      {result && !result.ok && (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {result.error}
        </p>
      )}

      {report && view && (
        <>
          <section aria-labelledby="recognised" className="mt-6 rounded border border-stone-200 bg-white p-4">
            <h2 id="recognised" className="text-lg font-semibold">
              二、核对识别结果
            </h2>
            <RecognisedSummary report={report} onLine={(line) => setSelected({ line })} />
          </section>

          <div aria-live="polite" className="mt-4 rounded border border-stone-200 bg-stone-50 px-3 py-2 text-sm">
            {selected.cell ? (
              <>
                <strong>{view.cellLabel(selected.cell)}</strong>：
                {!selectedEntry
                  ? "未能读取"
                  : selectedEntry.blank
                    ? "原文空白，按 0 计"
                    : `读取为 ${selectedEntry.value}`}
                {selectedSource
                  ? `，出自第 ${selectedSource.line} 行${selectedSource.text ? `「${selectedSource.text}」` : ""}`
                  : "，原文中未找到"}
              </>
            ) : (
              "点击右侧表中的数字（或展开下方“逐格核对”），查看它读自原文哪一行。"
            )}
          </div>

          <div className="mt-3 grid gap-4 lg:grid-cols-2">
            <section aria-labelledby="source-lines">
              <h3 id="source-lines" className="mb-1 font-semibold">
                原文
              </h3>
              <div className="lg:sticky lg:top-2">
                <SourceLines lines={report.lines} highlight={selected.line} />
              </div>
            </section>
            <section aria-labelledby="parsed">
              <h3 id="parsed" className="mb-1 font-semibold">
                识别出的报告
              </h3>
              <TracedReport document={view.document} marks={view.marks} onSelect={selectCell} />
            </section>
          </div>
          <CellSources
            report={report}
            feeDecimals={view.document.feeDecimals}
            cellLabel={view.cellLabel}
            selected={selected.cell}
            onSelect={selectCell}
          />

          <FindingsPanel
            year={report.year ?? 0}
            findings={view.findings}
            acknowledging={null}
            cellLabel={view.cellLabel}
          />
          <NotCheckedList notChecked={view.notChecked} />
          <p className="mt-1 text-sm text-stone-600">
            与上年报告对照的校验（上年结转、现行有效件数、与上年雷同）在导入后于该年度报告页显示。
          </p>

          <section aria-labelledby="confirm" className="mt-6 rounded border border-stone-200 bg-white p-4">
            <h2 id="confirm" className="text-lg font-semibold">
              三、确认导入
            </h2>
            {view.problems.length > 0 ? (
              <ul role="alert" className="mt-2 list-disc space-y-1 pl-6 text-red-800">
                {view.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : (
              <div className="mt-2">
                <ConfirmImportForm
                  text={source}
                  year={report.year!}
                  agencyMismatch={view.readiness.agencyMismatch}
                  replaces={view.existingCheck.replaces}
                />
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
}
