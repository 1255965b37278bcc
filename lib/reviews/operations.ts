import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import { ConflictError, DomainValidationError, NotFoundError } from "@/lib/errors";
import { authorizeRecord } from "@/lib/records/scope";
import { departmentProblem } from "@/lib/records/references";
import { dateRange, EXPORT_LIMIT, exportWhere, listQuery, paging, scopedWhere, type Page } from "@/lib/records/list";
import { assertYearsOpen } from "@/lib/records/year-lock";
import { fromIsoDate } from "@/lib/calendar/dates";
import { z } from "@/lib/validation";
import { REVIEW_KINDS, REVIEW_OUTCOMES } from "@/lib/national-format";
import type { ReviewCaseInput } from "./input";

/** Reconsideration and litigation cases (行政复议、行政诉讼): the domain operations, authorization inside. */

const include = { department: true, application: { select: { id: true, regNo: true } } } as const;
export type ReviewCaseRecord = Prisma.ReviewCaseGetPayload<{ include: typeof include }>;

/** The list's query: the shared filters plus the case kind. status: pending | decided; outcome: a ReviewOutcome. */
export const reviewListQuery = listQuery.extend({ kind: z.enum(REVIEW_KINDS).optional().catch(undefined) });
export type ReviewListQuery = z.infer<typeof reviewListQuery>;

function listWhere(
  scope: { agencyId: number; departmentId?: number },
  q: ReviewListQuery,
): Prisma.ReviewCaseWhereInput {
  const outcome = REVIEW_OUTCOMES.find((o) => o === q.outcome);
  return {
    ...scope,
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.status === "pending" ? { decidedOn: null } : q.status === "decided" ? { decidedOn: { not: null } } : {}),
    ...(outcome ? { outcome } : {}),
    ...(dateRange(q) ? { filedOn: dateRange(q) } : {}),
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

const order = [{ filedOn: "desc" }, { id: "desc" }] as const;

export async function listReviewCases(
  db: Db,
  actor: Actor,
  filter: Partial<ReviewListQuery> = {},
): Promise<Page<ReviewCaseRecord>> {
  const q = reviewListQuery.parse(filter);
  const where = listWhere(scopedWhere(actor, q), q);
  const [rows, total] = await Promise.all([
    db.reviewCase.findMany({ where, include, orderBy: [...order], ...paging(q) }),
    db.reviewCase.count({ where }),
  ]);
  return { rows, total, page: q.page, pageSize: q.pageSize };
}

/** The export's data: the list's filters, every page (capped). */
export async function exportReviewCases(
  db: Db,
  actor: Actor,
  filter: Partial<ReviewListQuery> = {},
): Promise<ReviewCaseRecord[]> {
  const q = reviewListQuery.parse(filter);
  return db.reviewCase.findMany({
    where: listWhere(exportWhere(actor, q), q),
    include,
    orderBy: [...order],
    take: EXPORT_LIMIT,
  });
}

export async function getReviewCase(db: Db | Tx, actor: Actor, id: number): Promise<ReviewCaseRecord> {
  const record = await db.reviewCase.findFirst({ where: { id, agencyId: actor.agencyId }, include });
  if (!record) throw new NotFoundError();
  authorizeRecord(actor, "record.read", record);
  return record;
}

/** The report years a case feeds: that of its filing and that of its decision. */
const yearsOf = (c: { filedOn: Date | string; decidedOn: Date | string | null }) =>
  [c.filedOn, c.decidedOn].map((d) => (d ? Number(String(d instanceof Date ? d.toISOString() : d).slice(0, 4)) : null));

function data(input: ReviewCaseInput) {
  return {
    kind: input.kind,
    departmentId: input.departmentId,
    applicationId: input.applicationId,
    caseNumber: input.caseNumber,
    filedOn: fromIsoDate(input.filedOn),
    outcome: input.outcome,
    decidedOn: input.decidedOn ? fromIsoDate(input.decidedOn) : null,
    note: input.note,
  };
}

/** The audit log keeps the case's own columns, not the related rows. */
const columns = ({ department: _d, application: _a, ...row }: ReviewCaseRecord) => row;

const audit = (tx: Tx, actor: Actor, action: string, id: number, before?: ReviewCaseRecord, after?: ReviewCaseRecord) =>
  writeAudit(tx, {
    agencyId: actor.agencyId,
    userId: actor.userId,
    action,
    entityType: "ReviewCase",
    entityId: id,
    before: before && columns(before),
    after: after && columns(after),
  });

export async function createReviewCase(db: Db, actor: Actor, input: ReviewCaseInput) {
  authorizeRecord(actor, "record.create", { agencyId: actor.agencyId, departmentId: input.departmentId });
  await assertReferences(db, actor.agencyId, input);
  return db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, yearsOf(input));
    const created = await tx.reviewCase.create({
      data: { agencyId: actor.agencyId, createdById: actor.userId, ...data(input) },
      include,
    });
    await audit(tx, actor, "create", created.id, undefined, created);
    return created;
  });
}

/** Saves an edit only if nobody saved the case since `version` was read (optimistic lock). */
export async function updateReviewCase(db: Db, actor: Actor, id: number, version: number, input: ReviewCaseInput) {
  const before = await getReviewCase(db, actor, id);
  authorizeRecord(actor, "record.update", before);
  authorizeRecord(actor, "record.update", { agencyId: actor.agencyId, departmentId: input.departmentId });
  await assertReferences(db, actor.agencyId, input, before);
  return db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, [...yearsOf(before), ...yearsOf(input)]);
    const { count } = await tx.reviewCase.updateMany({
      where: { id, version },
      data: { ...data(input), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const after = await getReviewCase(tx, actor, id);
    await audit(tx, actor, "update", id, before, after);
    return after;
  });
}

export async function deleteReviewCase(db: Db, actor: Actor, id: number, version: number) {
  const before = await getReviewCase(db, actor, id);
  authorizeRecord(actor, "record.delete", before);
  await db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, yearsOf(before));
    const { count } = await tx.reviewCase.deleteMany({ where: { id, version } });
    if (count === 0) throw new ConflictError();
    await audit(tx, actor, "delete", id, before);
  });
}

/** The registration numbers a case may refer to: the agency's applications, newest first. */
export async function applicationChoices(db: Db, actor: Actor): Promise<{ id: number; regNo: string }[]> {
  return db.disclosureApplication.findMany({
    where: { agencyId: actor.agencyId },
    select: { id: true, regNo: true },
    orderBy: [{ receivedOn: "desc" }, { id: "desc" }],
    take: 2000,
  });
}

async function assertReferences(db: Db, agencyId: number, input: ReviewCaseInput, current?: ReviewCaseRecord) {
  const [department, application] = await Promise.all([
    departmentProblem(db, agencyId, input.departmentId, current?.departmentId),
    input.applicationId
      ? db.disclosureApplication.findFirst({ where: { id: input.applicationId, agencyId }, select: { id: true } })
      : null,
  ]);
  const errors: Record<string, string[]> = {};
  if (department) errors.departmentId = [department];
  if (input.applicationId && !application) errors.applicationId = ["请选择本机关登记的申请。"];
  if (Object.keys(errors).length) throw new DomainValidationError(errors);
}
