import Link from "next/link";

export const PROACTIVE_REGISTERS = [
  {
    key: "documents",
    href: "/office/proactive/documents",
    label: "规章和行政规范性文件",
    note: "第二十条第（一）项：制发、废止、现行有效件数",
  },
  {
    key: "tallies",
    href: "/office/proactive/tallies",
    label: "行政许可、处罚、强制决定数量",
    note: "第二十条第（五）（六）项：本年处理决定数量",
  },
  { key: "fees", href: "/office/proactive/fees", label: "行政事业性收费", note: "第二十条第（八）项：本年收费金额" },
] as const;

export type ProactiveRegister = (typeof PROACTIVE_REGISTERS)[number]["key"];

/** Switches between the three proactive-disclosure registers. */
export function ProactiveTabs({ current }: { current: ProactiveRegister }) {
  return (
    <nav aria-label="主动公开记录" className="mt-4 border-b border-stone-200">
      <ul className="flex flex-wrap gap-1">
        {PROACTIVE_REGISTERS.map((r) => (
          <li key={r.key}>
            <Link
              href={r.href}
              aria-current={r.key === current ? "page" : undefined}
              className={`inline-block border-b-2 px-3 py-2 text-sm ${r.key === current ? "border-brand-600 font-semibold text-brand-700" : "border-transparent text-stone-700 hover:text-stone-950"}`}
            >
              {r.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
