import "server-only";
import type { Db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { fromIsoDate } from "@/lib/calendar/dates";
import { toIsoDate } from "@/lib/calendar/dates";
import { createWorkingCalendar } from "@/lib/calendar/working-days";
import { lockAgencyCalendar } from "@/lib/calendar/agency-calendar";
import { recomputeOpenDeadlines, type MovedCase } from "@/lib/applications/recompute";
import { z, fields } from "@/lib/validation";

/** The agency's own working-day adjustments (CalendarOverride), managed by the admin. */

export const CALENDAR_ENTITY = "CalendarOverride";

export const CALENDAR_KIND_LABELS = { HOLIDAY: "休息日", WORKDAY: "工作日" } as const;

export const calendarOverrideInput = z.object({
  date: fields.isoDate("日期"),
  kind: z.enum(["HOLIDAY", "WORKDAY"], { message: "请选择调整为休息日还是工作日。" }),
  note: fields.optionalText("说明", 100),
});
export type CalendarOverrideInput = z.infer<typeof calendarOverrideInput>;

/** Deleting an adjustment: the shared delete button posts its id (and a version, unused: adjustments are not edited in place). */
export const calendarOverrideDeleteInput = z.object({ id: fields.id("日历调整"), version: fields.version });

const nationalCalendar = createWorkingCalendar();

export async function listCalendarOverrides(db: Db, actor: Actor) {
  authorize(actor, "calendar.manage", { agencyId: actor.agencyId });
  const rows = await db.calendarOverride.findMany({ where: { agencyId: actor.agencyId }, orderBy: { date: "desc" } });
  return rows.map((r) => ({ ...r, date: toIsoDate(r.date) }));
}

/** Adds or changes the adjustment of one date, then recomputes the open cases; returns those whose due date moved. */
export async function saveCalendarOverride(db: Db, actor: Actor, input: CalendarOverrideInput): Promise<MovedCase[]> {
  authorize(actor, "calendar.manage", { agencyId: actor.agencyId });
  const national = nationalCalendar.dayInfo(input.date);
  if (national.working === (input.kind === "WORKDAY")) {
    const what = national.working ? "工作日" : `休息日（${national.name ?? "周末"}）`;
    throw new DomainValidationError({ kind: [`${input.date} 按国家安排已是${what}，无需调整。`] });
  }
  return db.$transaction(async (tx) => {
    await lockAgencyCalendar(tx, actor.agencyId, "exclusive");
    const key = { agencyId_date: { agencyId: actor.agencyId, date: fromIsoDate(input.date) } };
    const before = await tx.calendarOverride.findUnique({ where: key });
    const data = { kind: input.kind, note: input.note, createdById: actor.userId };
    const saved = await tx.calendarOverride.upsert({
      where: key,
      create: { ...data, agencyId: actor.agencyId, date: fromIsoDate(input.date) },
      update: data,
    });
    const reason = `日历调整：${input.date} 设为${CALENDAR_KIND_LABELS[input.kind]}${input.note ? `（${input.note}）` : ""}`;
    const moved = await recomputeOpenDeadlines(tx, actor.agencyId, actor.userId, reason);
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: before ? "update" : "create",
      entityType: CALENDAR_ENTITY,
      entityId: input.date,
      before,
      after: { ...saved, movedCases: moved },
    });
    return moved;
  });
}

export async function deleteCalendarOverride(db: Db, actor: Actor, id: number): Promise<MovedCase[]> {
  authorize(actor, "calendar.manage", { agencyId: actor.agencyId });
  return db.$transaction(async (tx) => {
    await lockAgencyCalendar(tx, actor.agencyId, "exclusive");
    const before = await tx.calendarOverride.findFirst({ where: { id, agencyId: actor.agencyId } });
    if (!before) throw new NotFoundError("该日历调整不存在或已被删除。");
    const date = toIsoDate(before.date);
    await tx.calendarOverride.delete({ where: { id } });
    const moved = await recomputeOpenDeadlines(
      tx,
      actor.agencyId,
      actor.userId,
      `日历调整：取消 ${date} 的${CALENDAR_KIND_LABELS[before.kind]}调整`,
    );
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "delete",
      entityType: CALENDAR_ENTITY,
      entityId: date,
      before,
      after: { movedCases: moved },
    });
    return moved;
  });
}

export type CalendarChange = {
  id: string;
  at: Date;
  action: string;
  date: string;
  kind: "HOLIDAY" | "WORKDAY" | null;
  note: string;
  userName: string | null;
  movedCases: MovedCase[];
};

/** The latest calendar changes, each with the open cases whose due date it moved. */
export async function recentCalendarChanges(db: Db, actor: Actor, take = 10): Promise<CalendarChange[]> {
  authorize(actor, "calendar.manage", { agencyId: actor.agencyId });
  const rows = await db.auditLog.findMany({
    where: { agencyId: actor.agencyId, entityType: CALENDAR_ENTITY },
    orderBy: { id: "desc" },
    take,
    include: { user: { select: { displayName: true } } },
  });
  return rows.map((row) => {
    type Stored = { kind?: "HOLIDAY" | "WORKDAY"; note?: string; movedCases?: MovedCase[] } | null;
    const before = row.before as Stored;
    const after = row.after as Stored;
    const override = row.action === "delete" ? before : after;
    return {
      id: row.id.toString(),
      at: row.createdAt,
      action: row.action,
      date: row.entityId,
      kind: override?.kind ?? null,
      note: override?.note ?? "",
      userName: row.user?.displayName ?? null,
      movedCases: after?.movedCases ?? [],
    };
  });
}
