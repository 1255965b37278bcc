import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import { ConflictError, DomainValidationError, NotFoundError } from "@/lib/errors";
import { authorizeRecord } from "@/lib/records/scope";
import { EXPORT_LIMIT, exportWhere, listQuery, paging, scopedWhere, type Page } from "@/lib/records/list";
import { assertYearsOpen } from "@/lib/records/year-lock";
import { assertDepartment } from "@/lib/records/references";
import { z } from "@/lib/validation";
import { DECISION_KIND_LABELS, DECISION_KINDS } from "@/lib/national-format";
import { periodLabel, periodWhere } from "./period";
import type { DecisionTallyInput } from "./input";

/** Tallies of 行政许可、行政处罚、行政强制 decisions, per month or for a whole year. */

const include = { department: true } as const;
export type DecisionTallyRecord = Prisma.DecisionTallyGetPayload<{ include: typeof include }>;

/** The list's query: the shared filters plus kind and year. status: month | year; dates: the period overlaps. */
export const tallyListQuery = listQuery.extend({
  kind: z.enum(DECISION_KINDS).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
export type TallyListQuery = z.infer<typeof tallyListQuery>;

function listWhere(
  scope: { agencyId: number; departmentId?: number },
  q: TallyListQuery,
): Prisma.DecisionTallyWhereInput {
  return {
    ...scope,
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.year ? { year: q.year } : {}),
    ...(q.status === "month" ? { month: { not: null } } : q.status === "year" ? { month: null } : {}),
    ...(q.q ? { note: { contains: q.q, mode: "insensitive" } } : {}),
    AND: periodWhere(q),
  };
}

const order = [{ year: "desc" }, { month: { sort: "desc", nulls: "first" } }, { kind: "asc" }, { id: "desc" }] as const;

export async function listDecisionTallies(
  db: Db,
  actor: Actor,
  filter: Partial<TallyListQuery> = {},
): Promise<Page<DecisionTallyRecord> & { sum: number }> {
  const q = tallyListQuery.parse(filter);
  const where = listWhere(scopedWhere(actor, q), q);
  const [rows, total, sum] = await Promise.all([
    db.decisionTally.findMany({ where, include, orderBy: [...order], ...paging(q) }),
    db.decisionTally.count({ where }),
    db.decisionTally.aggregate({ where, _sum: { count: true } }),
  ]);
  return { rows, total, page: q.page, pageSize: q.pageSize, sum: sum._sum.count ?? 0 };
}

export async function exportDecisionTallies(
  db: Db,
  actor: Actor,
  filter: Partial<TallyListQuery> = {},
): Promise<DecisionTallyRecord[]> {
  const q = tallyListQuery.parse(filter);
  return db.decisionTally.findMany({
    where: listWhere(exportWhere(actor, q), q),
    include,
    orderBy: [...order],
    take: EXPORT_LIMIT,
  });
}

export async function getDecisionTally(db: Db | Tx, actor: Actor, id: number): Promise<DecisionTallyRecord> {
  const record = await db.decisionTally.findFirst({ where: { id, agencyId: actor.agencyId }, include });
  if (!record) throw new NotFoundError();
  authorizeRecord(actor, "record.read", record);
  return record;
}

const columns = ({ department: _d, ...row }: DecisionTallyRecord) => row;

const audit = (
  tx: Tx,
  actor: Actor,
  action: string,
  id: number,
  before?: DecisionTallyRecord,
  after?: DecisionTallyRecord,
) =>
  writeAudit(tx, {
    agencyId: actor.agencyId,
    userId: actor.userId,
    action,
    entityType: "DecisionTally",
    entityId: id,
    before: before && columns(before),
    after: after && columns(after),
  });

const data = (input: DecisionTallyInput) => ({
  kind: input.kind,
  departmentId: input.departmentId,
  year: input.year,
  month: input.month,
  count: input.count,
  note: input.note,
});

export async function createDecisionTally(db: Db, actor: Actor, input: DecisionTallyInput) {
  authorizeRecord(actor, "record.create", { agencyId: actor.agencyId, departmentId: input.departmentId });
  await assertDepartment(db, actor.agencyId, input.departmentId);
  return db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, [input.year]);
    await assertNoOverlap(tx, actor.agencyId, input);
    const created = await tx.decisionTally.create({
      data: { agencyId: actor.agencyId, createdById: actor.userId, ...data(input) },
      include,
    });
    await audit(tx, actor, "create", created.id, undefined, created);
    return created;
  });
}

/** Saves an edit only if nobody saved the tally since `version` was read (optimistic lock). */
export async function updateDecisionTally(
  db: Db,
  actor: Actor,
  id: number,
  version: number,
  input: DecisionTallyInput,
) {
  const before = await getDecisionTally(db, actor, id);
  authorizeRecord(actor, "record.update", before);
  authorizeRecord(actor, "record.update", { agencyId: actor.agencyId, departmentId: input.departmentId });
  await assertDepartment(db, actor.agencyId, input.departmentId, before.departmentId);
  return db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, [before.year, input.year]);
    await assertNoOverlap(tx, actor.agencyId, input, id);
    const { count } = await tx.decisionTally.updateMany({
      where: { id, version },
      data: { ...data(input), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const after = await getDecisionTally(tx, actor, id);
    await audit(tx, actor, "update", id, before, after);
    return after;
  });
}

export async function deleteDecisionTally(db: Db, actor: Actor, id: number, version: number) {
  const before = await getDecisionTally(db, actor, id);
  authorizeRecord(actor, "record.delete", before);
  await db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, [before.year]);
    const { count } = await tx.decisionTally.deleteMany({ where: { id, version } });
    if (count === 0) throw new ConflictError();
    await audit(tx, actor, "delete", id, before);
  });
}

/**
 * The report sums every tally of the year, so a department's decisions of one kind are counted
 * once: either one whole-year tally or at most one per month, never both.
 */
async function assertNoOverlap(tx: Tx, agencyId: number, input: DecisionTallyInput, exceptId?: number) {
  const clash = await tx.decisionTally.findFirst({
    where: {
      agencyId,
      departmentId: input.departmentId,
      kind: input.kind,
      year: input.year,
      ...(input.month === null ? {} : { OR: [{ month: null }, { month: input.month }] }),
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
  });
  if (!clash) return;
  const what = `本科室${periodLabel(clash)}的“${DECISION_KIND_LABELS[input.kind]}”决定数量已有记录`;
  throw new DomainValidationError({
    month: [
      input.month === null || clash.month === null
        ? `${what}；同一年度不能既按月又按全年填报，请修改已有记录。`
        : `${what}，请修改已有记录。`,
    ],
  });
}
