// Where an agency's reporting dates come from: its level, its parent government's date for townships, its own
// internal target. The parent (a county or city government) sets the township date; until the county role
// exists, the parent agency's admin does, on its 单位设置 page.
import type { Db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import type { AgencyLevel } from "@/lib/generated/prisma/enums";
import { z } from "@/lib/validation";
import type { DeadlineContext, MonthDay } from "./deadline";

const monthDay = (month: number | null, day: number | null): MonthDay | null => (month && day ? { month, day } : null);

/** The deadline context of one agency (for its report pages, and for a county's list of its townships). */
export async function deadlineContext(db: Db, agencyId: number): Promise<DeadlineContext> {
  const agency = await db.agency.findUnique({
    where: { id: agencyId },
    select: {
      level: true,
      internalDeadlineMonth: true,
      internalDeadlineDay: true,
      parent: { select: { name: true, townshipReportDeadlineMonth: true, townshipReportDeadlineDay: true } },
    },
  });
  if (!agency) throw new NotFoundError("机关不存在。");
  const { parent } = agency;
  return {
    level: agency.level,
    internal: monthDay(agency.internalDeadlineMonth, agency.internalDeadlineDay),
    parent: parent && {
      name: parent.name,
      townshipDeadline: monthDay(parent.townshipReportDeadlineMonth, parent.townshipReportDeadlineDay),
    },
  };
}

/** Governments set the date for the 乡镇 beneath them. */
export const SETS_TOWNSHIP_DEADLINE: readonly AgencyLevel[] = ["COUNTY_GOVERNMENT", "CITY_GOVERNMENT"];

const DAYS_IN = [0, 31, 29, 31];
const optionalInt = z.union([z.literal("").transform(() => null), z.coerce.number()]);

/** Month and day of next year, 1月1日–3月31日: the county must have them before its own 3月31日. */
export const townshipDeadlineInput = z
  .object({ month: optionalInt, day: optionalInt })
  .superRefine(({ month, day }, ctx) => {
    if (month === null && day === null) return;
    if (month === null || !Number.isInteger(month) || month < 1 || month > 3)
      ctx.addIssue({
        code: "custom",
        path: ["month"],
        message: "乡镇报送期限须在次年 1–3 月（县级政府须在 3月31日前公布本级报告）。",
      });
    else if (day === null || !Number.isInteger(day) || day < 1 || day > DAYS_IN[month])
      ctx.addIssue({ code: "custom", path: ["day"], message: "请填写该月的日期。" });
  });

export async function setTownshipReportDeadline(db: Db, actor: Actor, input: z.infer<typeof townshipDeadlineInput>) {
  authorize(actor, "agency.settings", { agencyId: actor.agencyId });
  const before = await db.agency.findUniqueOrThrow({ where: { id: actor.agencyId } });
  if (!SETS_TOWNSHIP_DEADLINE.includes(before.level))
    throw new DomainValidationError({ month: ["只有县级或设区的市级人民政府为下辖乡镇设定报送期限。"] });
  const both = input.month !== null && input.day !== null;
  return db.$transaction(async (tx) => {
    const after = await tx.agency.update({
      where: { id: actor.agencyId },
      data: {
        townshipReportDeadlineMonth: both ? input.month : null,
        townshipReportDeadlineDay: both ? input.day : null,
      },
    });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "update",
      entityType: "Agency",
      entityId: actor.agencyId,
      before: {
        townshipReportDeadlineMonth: before.townshipReportDeadlineMonth,
        townshipReportDeadlineDay: before.townshipReportDeadlineDay,
      },
      after: {
        townshipReportDeadlineMonth: after.townshipReportDeadlineMonth,
        townshipReportDeadlineDay: after.townshipReportDeadlineDay,
      },
      note: "township report deadline",
    });
    return after;
  });
}

/** The township date a government's admin sees and sets, with the townships it applies to; null for others. */
export async function townshipDeadlineSetting(db: Db, actor: Actor) {
  authorize(actor, "agency.settings", { agencyId: actor.agencyId });
  const agency = await db.agency.findUniqueOrThrow({
    where: { id: actor.agencyId },
    select: {
      level: true,
      townshipReportDeadlineMonth: true,
      townshipReportDeadlineDay: true,
      children: { where: { level: "TOWNSHIP_GOVERNMENT" }, select: { name: true }, orderBy: { name: "asc" } },
    },
  });
  if (!SETS_TOWNSHIP_DEADLINE.includes(agency.level)) return null;
  return {
    deadline: monthDay(agency.townshipReportDeadlineMonth, agency.townshipReportDeadlineDay),
    townships: agency.children.map((child) => child.name),
  };
}
