import "server-only";
import type { Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { toIsoDate, type IsoDate } from "@/lib/calendar/dates";
import { recomputeDeadlines } from "@/lib/applications/deadline";
import { agencyCalendar } from "@/lib/calendar/agency-calendar";
import { deadlineInput } from "./case-deadline";
import { APPLICATION_ENTITY } from "./operations";

export type MovedCase = { id: number; regNo: string; oldDueOn: IsoDate | null; newDueOn: IsoDate | null };

/**
 * After the agency's calendar changed (inside that transaction, under the exclusive calendar lock):
 * recomputes every open application of the agency, stores the due dates that moved, and writes an
 * audit row per moved case. Replied cases keep the due date they were answered against. The version
 * is not bumped: nobody edited the case, and an officer's open edit form stays valid.
 */
export async function recomputeOpenDeadlines(
  tx: Tx,
  agencyId: number,
  userId: number,
  reason: string,
): Promise<MovedCase[]> {
  const calendar = await agencyCalendar(tx, agencyId);
  const open = await tx.disclosureApplication.findMany({
    where: { agencyId, repliedOn: null },
    select: {
      id: true,
      regNo: true,
      receivedOn: true,
      dueOn: true,
      waitingUntil: true,
      events: { select: { id: true, kind: true, occurredOn: true, untilOn: true, workingDays: true } },
    },
    orderBy: { id: "asc" },
  });
  const byId = new Map(open.map((a) => [a.id, a]));
  const changes = recomputeDeadlines(
    open.map((a) => ({
      id: a.id,
      dueOn: a.dueOn ? toIsoDate(a.dueOn) : null,
      ...deadlineInput(a.receivedOn, a.events),
    })),
    calendar,
  ).filter((c) => {
    const stored = byId.get(c.id)!.waitingUntil;
    // The wait's last day (a third party's 15th working day, a fee's 20th) moves with the calendar too.
    return c.changed || (stored ? toIsoDate(stored) : null) !== c.deadline.waitingUntil;
  });
  if (!changes.length) return [];

  await tx.$executeRaw`
    UPDATE "DisclosureApplication" AS a
       SET "dueOn" = c."dueOn", "waitingUntil" = c."waitingUntil", "updatedAt" = now()
      FROM unnest(
             ${changes.map((c) => c.id)}::int[],
             ${changes.map((c) => c.newDueOn)}::date[],
             ${changes.map((c) => c.deadline.waitingUntil)}::date[]
           ) AS c("id", "dueOn", "waitingUntil")
     WHERE a."id" = c."id" AND a."agencyId" = ${agencyId}`;
  const moved = changes
    .filter((c) => c.changed)
    .map((c) => ({
      id: c.id,
      regNo: byId.get(c.id)!.regNo,
      oldDueOn: c.oldDueOn,
      newDueOn: c.newDueOn,
    }));
  for (const m of moved) {
    await writeAudit(tx, {
      agencyId,
      userId,
      action: "update",
      entityType: APPLICATION_ENTITY,
      entityId: m.id,
      before: { dueOn: m.oldDueOn },
      after: { dueOn: m.newDueOn },
      note: reason,
    });
  }
  return moved;
}
