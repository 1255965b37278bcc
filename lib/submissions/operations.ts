import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { fromIsoDate, toIsoDate, todayInChina, type IsoDate } from "@/lib/calendar/dates";
import { adoptionDateProblem } from "./adoption-rules";
import { recordOperations, type RecordOperations, type RecordRef } from "@/lib/records/kind";
import type { FieldErrors } from "@/lib/errors";
import { submissionListQuery, type SubmissionInput, type SubmissionListQuery } from "./schemas";
import { weekRangeWhere } from "./week";

/** Weekly information submissions (信息上报): a record kind, with the outlets' adoptions. */

const include = {
  placements: { include: { outlet: true }, orderBy: { outletId: "asc" } },
  department: true,
  category: true,
} as const;
export type SubmissionRecord = Prisma.InfoSubmissionGetPayload<{ include: typeof include }>;

function listWhere(q: SubmissionListQuery): Prisma.InfoSubmissionWhereInput {
  const adopted = { placements: { some: { adoptedOn: { not: null } } } };
  return {
    ...(q.isoYear ? { isoYear: q.isoYear } : {}),
    ...(q.categoryId ? { categoryId: q.categoryId } : {}),
    ...(q.status === "adopted" ? adopted : q.status === "notAdopted" ? { NOT: adopted } : {}),
    ...(q.q
      ? {
          OR: [{ title: { contains: q.q, mode: "insensitive" } }, { summary: { contains: q.q, mode: "insensitive" } }],
        }
      : {}),
    AND: weekRangeWhere(q),
  };
}

/** Category and outlets must be the agency's; new items need active ones (kept ones may be inactive). */
async function referenceProblems(db: Db, actor: Actor, input: SubmissionInput, current?: SubmissionRecord) {
  const keptOutlets = new Set(current?.placements.map((p) => p.outletId) ?? []);
  const [category, outlets] = await Promise.all([
    db.submissionCategory.findFirst({ where: { id: input.categoryId, agencyId: actor.agencyId } }),
    db.outlet.findMany({
      where: { id: { in: input.outletIds }, agencyId: actor.agencyId },
      select: { id: true, active: true },
    }),
  ]);
  const errors: FieldErrors = {};
  if (!category) errors.categoryId = ["请选择本机关的信息类别。"];
  else if (!category.active && category.id !== current?.categoryId)
    errors.categoryId = ["该信息类别已停用，请选择其他类别。"];
  if (outlets.length !== new Set(input.outletIds).size) errors.outletIds = ["请选择本机关的报送渠道。"];
  else if (outlets.some((o) => !o.active && !keptOutlets.has(o.id)))
    errors.outletIds = ["所选报送渠道中有已停用的，请重新选择。"];
  return errors;
}

export const submissions: RecordOperations<SubmissionRecord, SubmissionInput, SubmissionListQuery> = recordOperations({
  entity: "InfoSubmission",
  model: (db) => db.infoSubmission,
  include,
  list: {
    query: submissionListQuery,
    where: listWhere,
    orderBy: [{ isoYear: "desc" }, { isoWeek: "desc" }, { id: "desc" }],
  },
  toData: (input: SubmissionInput) => ({
    departmentId: input.departmentId,
    categoryId: input.categoryId,
    title: input.title,
    summary: input.summary,
    isoYear: input.isoYear,
    isoWeek: input.isoWeek,
  }),
  reportYears: (s) => [s.isoYear],
  checkInput: ({ db, actor, input, current }) => referenceProblems(db, actor, input, current),
  // The outlets it was sent to: kept ones keep their adoption dates.
  afterWrite: async (tx, id, input) => {
    const kept = new Set(input.outletIds);
    await tx.submissionPlacement.deleteMany({ where: { submissionId: id, outletId: { notIn: [...kept] } } });
    for (const outletId of kept) {
      await tx.submissionPlacement.upsert({
        where: { submissionId_outletId: { submissionId: id, outletId } },
        create: { submissionId: id, outletId },
        update: {},
      });
    }
  },
  // The audit log keeps its own fields and where it was sent (and adopted).
  auditRecord: (s) => ({
    departmentId: s.departmentId,
    categoryId: s.categoryId,
    title: s.title,
    summary: s.summary,
    isoYear: s.isoYear,
    isoWeek: s.isoWeek,
    placements: s.placements.map((p) => ({
      outletId: p.outletId,
      outlet: p.outlet.name,
      adoptedOn: p.adoptedOn ? toIsoDate(p.adoptedOn) : null,
    })),
  }),
});

/** Records (or clears) an outlet's adoption of a submission; with a version, only on the version read. */
export function setAdoption(
  db: Db,
  actor: Actor,
  ref: RecordRef | { id: number },
  outletId: number,
  adoptedOn: IsoDate | null,
  today: IsoDate = todayInChina(),
) {
  return submissions.change(db, actor, ref, {
    check: (before) => {
      if (!before.placements.some((p) => p.outletId === outletId)) return { outletId: ["该信息未报送此渠道。"] };
      const problem = adoptedOn && adoptionDateProblem(before, adoptedOn, today);
      return problem ? { adoptedOn: [problem] } : {};
    },
    today,
    apply: async (tx, before) => {
      await tx.submissionPlacement.update({
        where: { submissionId_outletId: { submissionId: before.id, outletId } },
        data: { adoptedOn: adoptedOn ? fromIsoDate(adoptedOn) : null },
      });
      return {};
    },
    note: adoptedOn ? "记录采用" : "取消采用",
  });
}
