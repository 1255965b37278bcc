import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { PROACTIVE_REGISTERS } from "@/components/proactive/proactive-tabs";
import { RecordPageHeader } from "@/components/records/record-page";

export const metadata = { title: "主动公开" };

export default async function ProactivePage() {
  await requirePermission("record.read");
  return (
    <>
      <RecordPageHeader title="主动公开">
        年度报告第二部分“主动公开政府信息情况”的数字根据以下记录统计。
      </RecordPageHeader>
      <ul className="mt-6 grid gap-3 sm:grid-cols-3">
        {PROACTIVE_REGISTERS.map((r) => (
          <li key={r.key}>
            <Link
              href={r.href}
              className="block h-full rounded border border-stone-200 bg-white p-4 hover:border-brand-600"
            >
              <span className="font-medium">{r.label}</span>
              <span className="mt-1 block text-sm text-stone-600">{r.note}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
