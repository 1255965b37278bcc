import type { Db, Tx } from "@/lib/db";
import { LockedError } from "@/lib/errors";

/**
 * Once a year's report has been submitted for approval (待审核, 已批准, 已发布), the records that feed
 * that year are locked; the head reopens the year by returning the report to 草稿 (audited).
 */
export async function assertYearOpen(db: Db | Tx, agencyId: number, year: number): Promise<void> {
  const report = await db.annualReport.findUnique({
    where: { agencyId_year: { agencyId, year } },
    select: { status: true },
  });
  if (report && report.status !== "DRAFT") {
    throw new LockedError(
      `${year}年度报告已提交审核或已发布，该年度的记录已锁定；如需修改，请办公室负责人重新开放该年度。`,
    );
  }
}

/** Every year a record touches (e.g. received in one year, replied in the next) must be open. */
export async function assertYearsOpen(
  db: Db | Tx,
  agencyId: number,
  years: (number | null | undefined)[],
): Promise<void> {
  for (const year of new Set(years.filter((y): y is number => typeof y === "number")))
    await assertYearOpen(db, agencyId, year);
}

/** For pages: the lock message when any of the years is locked (to say so before the user edits), else null. */
export async function yearsLockMessage(
  db: Db | Tx,
  agencyId: number,
  years: (number | null | undefined)[],
): Promise<string | null> {
  try {
    await assertYearsOpen(db, agencyId, years);
    return null;
  } catch (error) {
    if (error instanceof LockedError) return error.message;
    throw error;
  }
}
