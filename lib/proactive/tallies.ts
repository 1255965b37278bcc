import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { DomainValidationError } from "@/lib/errors";
import { recordOperations, type RecordOperations } from "@/lib/records/kind";
import { DECISION_KIND_LABELS } from "@/lib/national-format";
import { futurePeriodProblem, periodLabel, periodWhere } from "./period";
import { tallyListQuery, type DecisionTallyInput, type TallyListQuery } from "./schemas";

/** Tallies of 行政许可、行政处罚、行政强制 decisions, per month or for a whole year: a record kind. */

const include = { department: true } as const;
export type DecisionTallyRecord = Prisma.DecisionTallyGetPayload<{ include: typeof include }>;

function listWhere(q: TallyListQuery): Prisma.DecisionTallyWhereInput {
  return {
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.year ? { year: q.year } : {}),
    ...(q.status === "month" ? { month: { not: null } } : q.status === "year" ? { month: null } : {}),
    ...(q.q ? { note: { contains: q.q, mode: "insensitive" } } : {}),
    AND: periodWhere(q),
  };
}

/**
 * The report sums every tally of the year, so a department's decisions of one kind are counted
 * once: either one whole-year tally or at most one per month, never both. Checked in the write's
 * transaction.
 */
async function assertNoOverlap(
  tx: Tx,
  agencyId: number,
  input: { departmentId: number; kind: DecisionTallyInput["kind"]; year: number; month: number | null },
  exceptId?: number,
) {
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

export const decisionTallies: RecordOperations<DecisionTallyRecord, DecisionTallyInput, TallyListQuery> =
  recordOperations({
    entity: "DecisionTally",
    model: (db) => db.decisionTally,
    include,
    list: {
      query: tallyListQuery,
      where: listWhere,
      orderBy: [{ year: "desc" }, { month: { sort: "desc", nulls: "first" } }, { kind: "asc" }, { id: "desc" }],
    },
    toData: (input: DecisionTallyInput) => ({
      kind: input.kind,
      departmentId: input.departmentId,
      year: input.year,
      month: input.month,
      count: input.count,
      note: input.note,
    }),
    reportYears: (t) => [t.year],
    checkInput: ({ input, today }) => {
      const future = futurePeriodProblem(input, today);
      return future ? { [future.field]: [future.message] } : {};
    },
    beforeCreate: async (tx, actor, data) => {
      await assertNoOverlap(tx, actor.agencyId, data);
      return {};
    },
    beforeUpdate: async (tx, actor, before, data) => {
      await assertNoOverlap(tx, actor.agencyId, data, before.id);
      return {};
    },
  });

/** The sum of the counts of every tally the list's filters match. */
export async function decisionTallySum(db: Db, actor: Actor, filter: Record<string, string | undefined>) {
  const where = (await decisionTallies.where(db, actor, filter)) as Prisma.DecisionTallyWhereInput;
  const sum = await db.decisionTally.aggregate({ where, _sum: { count: true } });
  return sum._sum.count ?? 0;
}
