import type { Db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

/** A report waiting for the head: submitted (to review) or approved (to publish). */
export type WaitingReport = {
  year: number;
  status: Extract<ReportStatus, "SUBMITTED" | "APPROVED">;
  since: Date; // when it reached that status
  by: string | null; // who sent it there
  correction: boolean; // a published report being corrected
};

/**
 * The reports of the actor's agency waiting for the head, oldest year first: for the head's 工作台. Empty for
 * anyone who can neither review nor publish.
 */
export async function reportsAwaitingHead(db: Db, actor: Actor): Promise<WaitingReport[]> {
  const scope = { agencyId: actor.agencyId };
  if (!can(actor, "report.review", scope) && !can(actor, "report.publish", scope)) return [];
  const reports = await db.annualReport.findMany({
    where: { agencyId: actor.agencyId, source: "COMPILED", status: { in: ["SUBMITTED", "APPROVED"] } },
    orderBy: { year: "asc" },
    select: {
      year: true,
      status: true,
      _count: { select: { revisions: true } },
      transitions: { orderBy: { id: "desc" }, take: 1, select: { createdAt: true, byId: true } },
    },
  });
  const ids = reports.flatMap((r) => (r.transitions[0]?.byId ? [r.transitions[0].byId] : []));
  const people = new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })).map((u) => [
      u.id,
      u.displayName,
    ]),
  );
  return reports.map((r) => ({
    year: r.year,
    status: r.status as WaitingReport["status"],
    since: r.transitions[0]?.createdAt ?? new Date(0),
    by: people.get(r.transitions[0]?.byId ?? 0) ?? null,
    correction: r._count.revisions > 0,
  }));
}
