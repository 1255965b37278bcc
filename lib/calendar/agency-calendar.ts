import "server-only";
// The agency's working-day calendar as stored (chinese-days + its CalendarOverride rows), and the
// lock that keeps stored due dates consistent with it.
import type { Db, Tx } from "@/lib/db";
import { toIsoDate } from "@/lib/calendar/dates";
import { createWorkingCalendar, type WorkingCalendar } from "@/lib/calendar/working-days";

export async function agencyCalendar(db: Db | Tx, agencyId: number): Promise<WorkingCalendar> {
  const overrides = await db.calendarOverride.findMany({
    where: { agencyId },
    select: { date: true, kind: true, note: true },
    orderBy: { date: "asc" },
  });
  return createWorkingCalendar(overrides.map((o) => ({ date: toIsoDate(o.date), kind: o.kind, note: o.note })));
}

/** First key of the two-key advisory lock that guards an agency's calendar (second key: agency id). */
const CALENDAR_LOCK = 4401;

/**
 * Transaction-scoped lock on the agency's calendar. Writers of one case's due date take it shared
 * (they run side by side) and read the calendar after taking it; a calendar change takes it
 * exclusive and recomputes the open cases. So no case keeps a due date from the old calendar.
 */
export async function lockAgencyCalendar(tx: Tx, agencyId: number, mode: "shared" | "exclusive"): Promise<void> {
  if (mode === "shared")
    await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${CALENDAR_LOCK}::int, ${agencyId}::int)`;
  else await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CALENDAR_LOCK}::int, ${agencyId}::int)`;
}
