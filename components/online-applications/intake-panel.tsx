import Link from "next/link";

/** The dashboard's count of online applications waiting for confirmation, and how many waited too long. */
export function OnlineIntakePanel({ counts }: { counts: { waiting: number; overdue: number } }) {
  return (
    <section aria-labelledby="online-intake" className="mt-6 rounded border border-stone-200 bg-white p-4">
      <h2 id="online-intake" className="text-lg font-semibold">
        网上申请
      </h2>
      <p className="mt-1" data-testid="online-intake-count">
        待确认 <strong>{counts.waiting}</strong> 件
        {counts.overdue > 0 && (
          <strong className="ml-2 rounded bg-red-100 px-2 py-0.5 text-red-800">
            其中 {counts.overdue} 件超过1个工作日未确认
          </strong>
        )}
        。{" "}
        <Link className="text-brand-700 underline" href="/office/online-applications">
          查看网上申请
        </Link>
      </p>
    </section>
  );
}
