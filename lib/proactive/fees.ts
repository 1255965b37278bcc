import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { authorizeRecord } from "@/lib/records/scope";
import { EXPORT_LIMIT, exportWhere, listQuery, paging, scopedWhere, type Page } from "@/lib/records/list";
import { assertYearsOpen } from "@/lib/records/year-lock";
import { assertDepartment } from "@/lib/records/references";
import { z } from "@/lib/validation";
import { periodWhere } from "./period";
import type { FeeCollectionInput } from "./input";

/** Administrative fees collected (行政事业性收费), in yuan exact to the fen, per month or for a whole year. */

const include = { department: true } as const;
export type FeeCollectionRecord = Prisma.FeeCollectionGetPayload<{ include: typeof include }>;

/** The list's query: the shared filters plus the year. status: month | year; dates: the period overlaps. */
export const feeListQuery = listQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
export type FeeListQuery = z.infer<typeof feeListQuery>;

function listWhere(
  scope: { agencyId: number; departmentId?: number },
  q: FeeListQuery,
): Prisma.FeeCollectionWhereInput {
  return {
    ...scope,
    ...(q.year ? { year: q.year } : {}),
    ...(q.status === "month" ? { month: { not: null } } : q.status === "year" ? { month: null } : {}),
    ...(q.q ? { description: { contains: q.q, mode: "insensitive" } } : {}),
    AND: periodWhere(q),
  };
}

const order = [{ year: "desc" }, { month: { sort: "desc", nulls: "first" } }, { id: "desc" }] as const;

/** A page of fee records and the exact sum (yuan, as text) of every record the filters match. */
export async function listFeeCollections(
  db: Db,
  actor: Actor,
  filter: Partial<FeeListQuery> = {},
): Promise<Page<FeeCollectionRecord> & { sumYuan: string }> {
  const q = feeListQuery.parse(filter);
  const where = listWhere(scopedWhere(actor, q), q);
  const [rows, total, sum] = await Promise.all([
    db.feeCollection.findMany({ where, include, orderBy: [...order], ...paging(q) }),
    db.feeCollection.count({ where }),
    db.feeCollection.aggregate({ where, _sum: { amount: true } }),
  ]);
  return { rows, total, page: q.page, pageSize: q.pageSize, sumYuan: sum._sum.amount?.toString() ?? "0" };
}

export async function exportFeeCollections(
  db: Db,
  actor: Actor,
  filter: Partial<FeeListQuery> = {},
): Promise<FeeCollectionRecord[]> {
  const q = feeListQuery.parse(filter);
  return db.feeCollection.findMany({
    where: listWhere(exportWhere(actor, q), q),
    include,
    orderBy: [...order],
    take: EXPORT_LIMIT,
  });
}

export async function getFeeCollection(db: Db | Tx, actor: Actor, id: number): Promise<FeeCollectionRecord> {
  const record = await db.feeCollection.findFirst({ where: { id, agencyId: actor.agencyId }, include });
  if (!record) throw new NotFoundError();
  authorizeRecord(actor, "record.read", record);
  return record;
}

const columns = ({ department: _d, ...row }: FeeCollectionRecord) => row;

const audit = (
  tx: Tx,
  actor: Actor,
  action: string,
  id: number,
  before?: FeeCollectionRecord,
  after?: FeeCollectionRecord,
) =>
  writeAudit(tx, {
    agencyId: actor.agencyId,
    userId: actor.userId,
    action,
    entityType: "FeeCollection",
    entityId: id,
    before: before && columns(before),
    after: after && columns(after),
  });

// The amount goes to PostgreSQL as the validated decimal text: exact, no float on the way.
const data = (input: FeeCollectionInput) => ({
  departmentId: input.departmentId,
  year: input.year,
  month: input.month,
  amount: input.amount,
  description: input.description,
});

export async function createFeeCollection(db: Db, actor: Actor, input: FeeCollectionInput) {
  authorizeRecord(actor, "record.create", { agencyId: actor.agencyId, departmentId: input.departmentId });
  await assertDepartment(db, actor.agencyId, input.departmentId);
  return db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, [input.year]);
    const created = await tx.feeCollection.create({
      data: { agencyId: actor.agencyId, createdById: actor.userId, ...data(input) },
      include,
    });
    await audit(tx, actor, "create", created.id, undefined, created);
    return created;
  });
}

/** Saves an edit only if nobody saved the record since `version` was read (optimistic lock). */
export async function updateFeeCollection(
  db: Db,
  actor: Actor,
  id: number,
  version: number,
  input: FeeCollectionInput,
) {
  const before = await getFeeCollection(db, actor, id);
  authorizeRecord(actor, "record.update", before);
  authorizeRecord(actor, "record.update", { agencyId: actor.agencyId, departmentId: input.departmentId });
  await assertDepartment(db, actor.agencyId, input.departmentId, before.departmentId);
  return db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, [before.year, input.year]);
    const { count } = await tx.feeCollection.updateMany({
      where: { id, version },
      data: { ...data(input), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const after = await getFeeCollection(tx, actor, id);
    await audit(tx, actor, "update", id, before, after);
    return after;
  });
}

export async function deleteFeeCollection(db: Db, actor: Actor, id: number, version: number) {
  const before = await getFeeCollection(db, actor, id);
  authorizeRecord(actor, "record.delete", before);
  await db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, [before.year]);
    const { count } = await tx.feeCollection.deleteMany({ where: { id, version } });
    if (count === 0) throw new ConflictError();
    await audit(tx, actor, "delete", id, before);
  });
}
