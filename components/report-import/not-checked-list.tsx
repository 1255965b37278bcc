import type { NotChecked } from "@/lib/report-import";

/** The rules that were not run because a cell they need was not read: neither passed nor failed. */
export function NotCheckedList({ notChecked }: { notChecked: NotChecked[] }) {
  if (!notChecked.length) return null;
  return (
    <section aria-labelledby="not-checked" className="mt-4 rounded border border-amber-300 bg-amber-50 p-4">
      <h2 id="not-checked" className="font-semibold text-amber-900">
        未检查的规则（{notChecked.length} 项）
      </h2>
      <p className="text-sm text-amber-900">
        以下规则需要的单元格未能可靠读取，本次未检查（既不算通过，也不算错误）；请在原文中核对或更正后再检查。
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
        {notChecked.map((n) => (
          <li key={`${n.ruleId}-${n.cellCode ?? n.where}`}>
            {n.where}：{n.title}
          </li>
        ))}
      </ul>
    </section>
  );
}
