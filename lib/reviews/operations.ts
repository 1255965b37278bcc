import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import type { FieldErrors } from "@/lib/errors";
import { fromIsoDate, yearOfDate } from "@/lib/calendar/dates";
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
  // A case may refer only to an application the actor may read (or keep the one it refers to).
  checkInput: async ({ db, actor, input, current }): Promise<FieldErrors> => {
    if (!input.applicationId || input.applicationId === current?.applicationId) return {};
    const application = await db.disclosureApplication.findFirst({
      where: { id: input.applicationId, agencyId: actor.agencyId },
      select: { agencyId: true, departmentId: true },
    });
    if (!application) return { applicationId: ["请选择本机关登记的申请。"] };
    return can(actor, "record.read", application) ? {} : { applicationId: ["只能关联您有权查看的申请。"] };
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
