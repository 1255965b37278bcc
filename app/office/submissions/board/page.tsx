import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { recordScope } from "@/lib/records/scope";
import { complianceBoard } from "@/lib/submissions/board";
import { currentIsoWeek } from "@/lib/submissions/week";
import { ComplianceGrid, MissingWeeksSummary, OutletTotals } from "@/components/submissions/compliance-board";
import { RecordPageHeader } from "@/components/records/record-page";

export const metadata = { title: "信息上报情况看板" };

type Props = { searchParams: Promise<{ year?: string }> };

export default async function ComplianceBoardPage({ searchParams }: Props) {
  const { actor } = await requirePermission("record.read");
  const today = currentIsoWeek();
  const asked = Number((await searchParams).year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : today.year;
  const [board, used] = await Promise.all([
    complianceBoard(prisma, actor, year, today),
    prisma.infoSubmission.groupBy({ by: ["isoYear"], where: recordScope(actor) }),
  ]);
  const years = [...new Set([...used.map((u) => u.isoYear), today.year, year])].sort((a, b) => b - a);
  return (
    <>
      <RecordPageHeader title={`${year}年信息上报情况`} back={{ href: "/office/submissions", label: "信息上报" }}>
        每个科室每周应至少上报一篇信息。本年度共上报 <strong data-testid="board-submitted">{board.submitted}</strong>{" "}
        篇， 被采用 <strong data-testid="board-adopted">{board.adopted}</strong> 篇。
      </RecordPageHeader>
      <form method="get" className="mt-4 flex items-end gap-2 text-sm">
        <label className="flex flex-col">
          年度
          <select name="year" defaultValue={year} className="mt-1 rounded border border-stone-400 bg-white px-2 py-1">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </label>
        <button className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">查看</button>
      </form>
      <section aria-labelledby="grid" className="mt-6">
        <h2 id="grid" className="text-lg font-semibold">
          各科室每周上报
        </h2>
        <p className="text-sm text-stone-600">
          数字为该周上报篇数；<span className="rounded bg-red-600 px-1 font-bold text-white">✕</span>{" "}
          为缺报（已到期未上报）；
          <span className="rounded bg-amber-50 px-1 text-amber-900">…</span> 为本周尚未上报；空白为未到期。
        </p>
        <ComplianceGrid board={board} />
        <MissingWeeksSummary board={board} />
      </section>
      <section aria-labelledby="outlets" className="mt-8">
        <h2 id="outlets" className="text-lg font-semibold">
          按报送渠道
        </h2>
        <p className="text-sm text-stone-600">一篇信息报送多个渠道时，在每个渠道各计一次。</p>
        <OutletTotals board={board} />
      </section>
    </>
  );
}
