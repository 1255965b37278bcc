import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { recordOperations, type RecordOperations } from "@/lib/records/kind";
import { futurePeriodProblem, periodWhere } from "./period";
import { feeListQuery, type FeeCollectionInput, type FeeListQuery } from "./schemas";

/** Administrative fees collected (行政事业性收费), per month or for a whole year, exact to the fen: a record kind. */

const include = { department: true } as const;
export type FeeCollectionRecord = Prisma.FeeCollectionGetPayload<{ include: typeof include }>;

function listWhere(q: FeeListQuery): Prisma.FeeCollectionWhereInput {
  return {
    ...(q.year ? { year: q.year } : {}),
    ...(q.status === "month" ? { month: { not: null } } : q.status === "year" ? { month: null } : {}),
    ...(q.q ? { description: { contains: q.q, mode: "insensitive" } } : {}),
    AND: periodWhere(q),
  };
}

export const feeCollections: RecordOperations<FeeCollectionRecord, FeeCollectionInput, FeeListQuery> = recordOperations(
  {
    entity: "FeeCollection",
    model: (db) => db.feeCollection,
    include,
    list: {
      query: feeListQuery,
      where: listWhere,
      orderBy: [{ year: "desc" }, { month: { sort: "desc", nulls: "first" } }, { id: "desc" }],
    },
    // The amount goes to PostgreSQL as the validated decimal text: exact, no float on the way.
    toData: (input: FeeCollectionInput) => ({
      departmentId: input.departmentId,
      year: input.year,
      month: input.month,
      amount: input.amount,
      description: input.description,
    }),
    reportYears: (f) => [f.year],
    checkInput: ({ input, today }) => {
      const future = futurePeriodProblem(input, today);
      return future ? { [future.field]: [future.message] } : {};
    },
  },
);

/** The exact sum (yuan, as text) of every fee record the list's filters match. */
export async function feeCollectionSum(db: Db, actor: Actor, filter: Record<string, string | undefined>) {
  const where = (await feeCollections.where(db, actor, filter)) as Prisma.FeeCollectionWhereInput;
  const sum = await db.feeCollection.aggregate({ where, _sum: { amount: true } });
  return sum._sum.amount?.toString() ?? "0";
}
