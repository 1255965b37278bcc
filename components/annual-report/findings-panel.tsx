import type { ReportFinding } from "@/lib/annual-report/service";
import { AcknowledgeForm } from "./report-forms";

/** Validation findings: hard ones block submission; soft ones can be acknowledged with a reason. */
export function FindingsPanel({
  year,
  findings,
  editable,
  cellLabel,
}: {
  year: number;
  findings: ReportFinding[];
  editable: boolean;
  cellLabel: (code: string) => string;
}) {
  const hard = findings.filter((f) => f.severity === "hard");
  const soft = findings.filter((f) => f.severity === "soft");
  return (
    <section aria-labelledby="findings" className="mt-6 rounded border border-stone-200 bg-white p-4">
      <h2 id="findings" className="text-lg font-semibold">
        校验结果（勾稽关系）
      </h2>
      {findings.length === 0 ? (
        <p className="mt-1 text-green-800" data-testid="validation-summary">
          全部表格通过校验。
        </p>
      ) : (
        <p className="mt-1" data-testid="validation-summary">
          错误 <strong className="text-red-700">{hard.length}</strong> 项（须更正），提示{" "}
          <strong className="text-amber-800">{soft.length}</strong> 项 （已确认{" "}
          {soft.filter((f) => f.acknowledgement).length} 项）。
        </p>
      )}
      <ul className="mt-3 space-y-2">
        {[...hard, ...soft].map((f, i) => (
          <li
            key={`${f.ruleId}-${f.cellCode ?? ""}-${i}`}
            className={`rounded border-l-4 px-3 py-2 ${f.severity === "hard" ? "border-red-600 bg-red-50" : "border-amber-500 bg-amber-50"}`}
          >
            <div className="text-sm">
              <span className="font-semibold">{f.severity === "hard" ? "错误" : "提示"}</span>
              <span className="ml-2 font-mono text-xs text-stone-600">{f.ruleId}</span>
              {f.cellCode && (
                <a href={`#cell-${f.cellCode}`} className="ml-2 text-brand-700 underline">
                  {cellLabel(f.cellCode)}
                </a>
              )}
            </div>
            <p>{f.message}</p>
            {f.acknowledgement ? (
              <p className="text-sm text-stone-700">已确认：{f.acknowledgement.reason}</p>
            ) : (
              f.severity === "soft" &&
              editable && <AcknowledgeForm year={year} ruleId={f.ruleId} cellCode={f.cellCode ?? ""} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
