import { findingKey } from "@/lib/national-format";
import { todayInChina } from "@/lib/calendar/dates";
import type { Acknowledgement, ReportFinding } from "@/lib/annual-report/service";
import { AcknowledgeForm } from "./report-forms";

/** Where a finding about a narrative section points: its editor. */
const NARRATIVE_FIELDS: Partial<Record<string, { id: string; label: string }>> = {
  一: { id: "n-overview", label: "一、总体情况" },
  五: { id: "n-problems", label: "五、存在的主要问题及改进情况" },
  六: { id: "n-otherMatters", label: "六、其他需要报告的事项" },
};

// "2026/12/4": the day in China the acknowledgement was given.
const when = (at: Date) => todayInChina(at).split("-").map(Number).join("/");

function AckLine({ who, ack }: { who: string; ack: Acknowledgement }) {
  return (
    <p className="text-sm text-stone-700">
      {who}
      {ack.by ? `（${ack.by}，${when(ack.at)}）` : `（${when(ack.at)}）`}：{ack.reason}
    </p>
  );
}

/**
 * Validation findings under their Chinese rule names (the rule code only in the tooltip), each pointing at its
 * cell or narrative section. Hard ones block submission; soft ones are acknowledged with a reason by the
 * preparer while the report is a draft, then in turn by the head while it waits for review.
 */
export function FindingsPanel({
  year,
  findings,
  acknowledging,
  cellLabel,
}: {
  year: number;
  findings: ReportFinding[];
  /** Who may acknowledge soft findings now: the preparer (草稿), the head (待审核), or nobody. */
  acknowledging: "preparer" | "reviewer" | null;
  cellLabel: (code: string) => string;
}) {
  const hard = findings.filter((f) => f.severity === "hard");
  const soft = findings.filter((f) => f.severity === "soft");
  return (
    <section aria-labelledby="findings" className="mt-6 rounded border border-stone-200 bg-white p-4">
      <h2 id="findings" className="text-lg font-semibold">
        校验结果（勾稽关系与完整性）
      </h2>
      {findings.length === 0 ? (
        <p className="mt-1 text-green-800" data-testid="validation-summary">
          全部表格通过校验。
        </p>
      ) : (
        <p className="mt-1" data-testid="validation-summary">
          错误 <strong className="text-red-700">{hard.length}</strong> 项（须更正后才能提交审核），提示{" "}
          <strong className="text-amber-800">{soft.length}</strong> 项（信息员已说明{" "}
          {soft.filter((f) => f.preparerAck).length} 项，负责人已确认 {soft.filter((f) => f.reviewerAck).length} 项）。
        </p>
      )}
      <ul className="mt-3 space-y-2">
        {[...hard, ...soft].map((f, i) => {
          const narrative = NARRATIVE_FIELDS[f.section];
          return (
            <li
              key={`${f.ruleId}-${findingKey(f)}-${i}`}
              data-rule={f.ruleId}
              className={`rounded border-l-4 px-3 py-2 ${f.severity === "hard" ? "border-red-600 bg-red-50" : "border-amber-500 bg-amber-50"}`}
            >
              <div className="text-sm">
                <span className="font-semibold">{f.severity === "hard" ? "错误" : "提示"}</span>
                <span className="ml-2 font-medium" title={`规则代码：${f.ruleId}`}>
                  {f.ruleName}
                </span>
                {f.cellCode && (
                  <a href={`#cell-${f.cellCode}`} className="ml-2 text-brand-700 underline">
                    {cellLabel(f.cellCode)}
                  </a>
                )}
                {narrative && (
                  <a href={`#${narrative.id}`} className="ml-2 text-brand-700 underline">
                    {narrative.label}
                  </a>
                )}
              </div>
              <p>{f.message}</p>
              {f.preparerAck && <AckLine who="信息员说明" ack={f.preparerAck} />}
              {f.reviewerAck && <AckLine who="负责人确认" ack={f.reviewerAck} />}
              {f.severity === "soft" && acknowledging === "preparer" && !f.preparerAck && (
                <AcknowledgeForm
                  year={year}
                  ruleId={f.ruleId}
                  findingKey={findingKey(f)}
                  label="确认说明"
                  placeholder="填写说明后确认（如：上年报告数字有误，已核实）"
                />
              )}
              {f.severity === "soft" && acknowledging === "reviewer" && !f.reviewerAck && (
                <>
                  {!f.preparerAck && <p className="text-sm text-stone-700">信息员未作说明。</p>}
                  <AcknowledgeForm
                    year={year}
                    ruleId={f.ruleId}
                    findingKey={findingKey(f)}
                    label="负责人确认意见"
                    placeholder="核实后填写确认意见（批准前须逐项确认）"
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
