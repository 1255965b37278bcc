import "server-only";
import type { Db } from "@/lib/db";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { DomainValidationError } from "@/lib/errors";
import { toIsoDate, todayInChina, type IsoDate } from "@/lib/calendar/dates";
import { EXTENSION_WORKING_DAYS } from "./deadline";
import { applications } from "./operations";
import { addApplicationEvent } from "./timeline";

/**
 * 延期答复 (第三十三条): the officer asks (an EXTENSION_REQUESTED event with the days told to the applicant),
 * the head of the disclosure office approves from the 工作台, which records EXTENSION_APPROVED with those days.
 */

export type ExtensionRequest = {
  applicationId: number;
  version: number;
  regNo: string;
  department: string;
  requestedOn: IsoDate;
  workingDays: number;
  note: string;
  dueOn: IsoDate | null;
};

/** Open applications with a request not approved yet, for those who may approve (the head); else none. */
export async function pendingExtensionRequests(db: Db, actor: Actor): Promise<ExtensionRequest[]> {
  if (!can(actor, "application.extension.approve", { agencyId: actor.agencyId, departmentId: actor.departmentId }))
    return [];
  const rows = await db.disclosureApplication.findMany({
    where: {
      agencyId: actor.agencyId,
      repliedOn: null,
      events: { some: { kind: "EXTENSION_REQUESTED" }, none: { kind: "EXTENSION_APPROVED" } },
    },
    select: {
      id: true,
      version: true,
      regNo: true,
      dueOn: true,
      department: { select: { name: true } },
      events: { where: { kind: "EXTENSION_REQUESTED" }, orderBy: [{ occurredOn: "desc" }, { id: "desc" }], take: 1 },
    },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: 50,
  });
  return rows.map((r) => ({
    applicationId: r.id,
    version: r.version,
    regNo: r.regNo,
    department: r.department.name,
    requestedOn: toIsoDate(r.events[0].occurredOn),
    workingDays: r.events[0].workingDays ?? EXTENSION_WORKING_DAYS,
    note: r.events[0].note,
    dueOn: r.dueOn ? toIsoDate(r.dueOn) : null,
  }));
}

/** The head approves the latest request of an application: the days asked for, dated today. */
export async function approveExtensionRequest(
  db: Db,
  actor: Actor,
  ref: { id: number; version: number },
  today: IsoDate = todayInChina(),
) {
  const app = await applications.load(db, actor, ref.id);
  authorize(actor, "application.extension.approve", app);
  const request = [...app.events].reverse().find((e) => e.kind === "EXTENSION_REQUESTED");
  if (!request) throw new DomainValidationError({}, "该申请没有待批准的延期申请。");
  return addApplicationEvent(
    db,
    actor,
    {
      applicationId: app.id,
      version: ref.version,
      kind: "EXTENSION_APPROVED",
      occurredOn: today,
      untilOn: null,
      workingDays: request.workingDays ?? EXTENSION_WORKING_DAYS,
      amount: "",
      outcome: "",
      note: request.note ? `批准延期申请：${request.note}` : "批准延期申请",
    },
    today,
  );
}
