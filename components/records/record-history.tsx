import type { HistoryEntry } from "@/lib/records/history";

const ACTIONS: Record<string, string> = { create: "创建", update: "修改", delete: "删除" };

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "（空）";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** A record's history from the audit log: who changed what, when, before → after. */
export function RecordHistory({
  entries,
  labels = {},
  formatters = {},
}: {
  entries: HistoryEntry[];
  labels?: Record<string, string>;
  /** Per field, how to show a stored value (enum → Chinese label, id → name). */
  formatters?: Record<string, (value: unknown) => string>;
}) {
  const format = (field: string, value: unknown) =>
    formatters[field] && value !== undefined && value !== null && value !== "" ? formatters[field](value) : show(value);
  return (
    <section aria-labelledby="history" className="mt-8">
      <h2 id="history" className="text-lg font-semibold">
        修改记录
      </h2>
      <ol className="mt-2 space-y-2">
        {entries.map((e) => (
          <li key={e.id} className="rounded border border-stone-200 bg-white px-3 py-2 text-sm">
            <div>
              <strong>{ACTIONS[e.action] ?? e.action}</strong>　{e.userName ?? "系统"}　
              <time dateTime={e.at.toISOString()}>{e.at.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</time>
              {e.note && <span className="text-stone-600">（{e.note}）</span>}
            </div>
            {e.action === "update" && e.changes.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-stone-700">
                {e.changes.map((c) => (
                  <li key={c.field}>
                    {labels[c.field] ?? c.field}：{format(c.field, c.before)} → {format(c.field, c.after)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
        {entries.length === 0 && <li className="text-sm text-stone-600">暂无记录。</li>}
      </ol>
    </section>
  );
}
