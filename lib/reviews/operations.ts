import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import type { FieldErrors } from "@/lib/errors";
import { fromIsoDate, toIsoDate, yearOfDate } from "@/lib/calendar/dates";
import { recordOperations, type RecordOperations } from "@/lib/records/kind";
import { dateRange } from "@/lib/records/list";
import { recordScope } from "@/lib/records/scope";
import { REVIEW_OUTCOMES } from "@/lib/national-format";
import { reviewListQuery, type ReviewCaseInput, type ReviewListQuery } from "./schemas";

/** Reconsideration and litigation cases (行政复议、行政诉讼): a record kind. */

const include = { department: true, application: { select: { id: true, regNo: true } } } as const;
export type ReviewCaseRecord = Prisma.ReviewCaseGetPayload<{ include: typeof include }>;

function listWhere(q: ReviewListQuery): Prisma.ReviewCaseWhereInput {
  const outcome = REVIEW_OUTCOMES.find((o) => o === q.outcome);
  const filed = dateRange(q);
  return {
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.status === "pending" ? { decidedOn: null } : q.status === "decided" ? { decidedOn: { not: null } } : {}),
    ...(outcome ? { outcome } : {}),
    ...(filed ? { filedOn: filed } : {}),
    ...(q.q
      ? {
          OR: [
            { caseNumber: { contains: q.q, mode: "insensitive" } },
            { note: { contains: q.q, mode: "insensitive" } },
            { application: { regNo: { contains: q.q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
}

export const reviewCases: RecordOperations<ReviewCaseRecord, ReviewCaseInput, ReviewListQuery> = recordOperations({
  entity: "ReviewCase",
  model: (db) => db.reviewCase,
  include,
  list: { query: reviewListQuery, where: listWhere, orderBy: [{ filedOn: "desc" }, { id: "desc" }] },
  toData: (input: ReviewCaseInput) => ({
    kind: input.kind,
    departmentId: input.departmentId,
    applicationId: input.applicationId,
    caseNumber: input.caseNumber,
    filedOn: fromIsoDate(input.filedOn),
    outcome: input.outcome,
    decidedOn: input.decidedOn ? fromIsoDate(input.decidedOn) : null,
    note: input.note,
  }),
  // A case feeds the report of the year it was filed in and of the year it was decided in.
  reportYears: (c) => [yearOfDate(c.filedOn), yearOfDate(c.decidedOn)],
  // A case may refer only to an application the actor may read (or keep the one it refers to), filed no
  // earlier than that application was received; a 案号 names one case.
  checkInput: async ({ db, actor, input, current }): Promise<FieldErrors> => {
    const errors: FieldErrors = {};
    const [application, sameNumber] = await Promise.all([
      input.applicationId
        ? db.disclosureApplication.findFirst({
            where: { id: input.applicationId, agencyId: actor.agencyId },
            select: { agencyId: true, departmentId: true, receivedOn: true, regNo: true },
          })
        : null,
      input.caseNumber
        ? db.reviewCase.findFirst({
            where: {
              agencyId: actor.agencyId,
              caseNumber: input.caseNumber,
              ...(current ? { id: { not: current.id } } : {}),
            },
            select: { filedOn: true },
          })
        : null,
    ]);
    const kept = input.applicationId === current?.applicationId;
    if (input.applicationId && !application) errors.applicationId = ["请选择本机关登记的申请。"];
    else if (application && !kept && !can(actor, "record.read", application))
      errors.applicationId = ["只能关联您有权查看的申请。"];
    else if (application && input.filedOn < toIsoDate(application.receivedOn))
      errors.filedOn = [
        `立案日期不能早于所关联申请（${application.regNo}）的收到申请日期 ${toIsoDate(application.receivedOn)}：案件针对的是该申请的办理。`,
      ];
    if (sameNumber)
      errors.caseNumber = [
        `案号“${input.caseNumber}”已登记（立案日期 ${toIsoDate(sameNumber.filedOn)}），同一案件请勿重复登记。`,
      ];
    return errors;
  },
});

/** The registration numbers a case may refer to: the applications the actor may read, newest first. */
export async function applicationChoices(db: Db, actor: Actor): Promise<{ id: number; regNo: string }[]> {
  return db.disclosureApplication.findMany({
    where: recordScope(actor),
    select: { id: true, regNo: true },
    orderBy: [{ receivedOn: "desc" }, { id: "desc" }],
    take: 2000,
  });
}
