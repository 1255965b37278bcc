import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import { ConflictError, DomainValidationError, NotFoundError } from "@/lib/errors";
import { authorizeRecord } from "@/lib/records/scope";
import { departmentProblem } from "@/lib/records/references";
import { EXPORT_LIMIT, exportWhere, listQuery, paging, scopedWhere, type Page } from "@/lib/records/list";
import { assertYearOpen, assertYearsOpen } from "@/lib/records/year-lock";
import { fromIsoDate, toIsoDate } from "@/lib/calendar/dates";
import { z } from "@/lib/validation";
import { submissionInput, type SubmissionInput } from "./input";
import { weekRangeWhere } from "./week";

/** Weekly information submissions (信息上报): the domain operations, authorization inside. */

export { submissionInput, type SubmissionInput };

const include = {
  placements: { include: { outlet: true }, orderBy: { outletId: "asc" } },
  department: true,
  category: true,
} as const;
export type SubmissionRecord = Prisma.InfoSubmissionGetPayload<{ include: typeof include }>;

/** The list's query: the shared filters plus the ISO year and category. status: adopted | notAdopted. */
export const submissionListQuery = listQuery.extend({
  isoYear: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  categoryId: z.coerce.number().int().positive().optional().catch(undefined),
});
export type SubmissionListQuery = z.infer<typeof submissionListQuery>;

export const SUBMISSION_STATUSES = [
  { value: "adopted", label: "已采用" },
  { value: "notAdopted", label: "未采用" },
];

function listWhere(
  scope: { agencyId: number; departmentId?: number },
  q: SubmissionListQuery,
): Prisma.InfoSubmissionWhereInput {
  const adopted = { placements: { some: { adoptedOn: { not: null } } } };
  return {
    ...scope,
    ...(q.isoYear ? { isoYear: q.isoYear } : {}),
    ...(q.categoryId ? { categoryId: q.categoryId } : {}),
    ...(q.status === "adopted" ? adopted : q.status === "notAdopted" ? { NOT: adopted } : {}),
    ...(q.q
      ? { OR: [{ title: { contains: q.q, mode: "insensitive" } }, { summary: { contains: q.q, mode: "insensitive" } }] }
      : {}),
    AND: weekRangeWhere(q),
  };
}

const order = [{ isoYear: "desc" }, { isoWeek: "desc" }, { id: "desc" }] as const;

export async function listSubmissions(
  db: Db,
  actor: Actor,
  filter: Partial<SubmissionListQuery> = {},
): Promise<Page<SubmissionRecord>> {
  const q = submissionListQuery.parse(filter);
  const where = listWhere(scopedWhere(actor, q), q);
  const [rows, total] = await Promise.all([
    db.infoSubmission.findMany({ where, include, orderBy: [...order], ...paging(q) }),
    db.infoSubmission.count({ where }),
  ]);
  return { rows, total, page: q.page, pageSize: q.pageSize };
}

/** The export's data: the list's filters, every page (capped). */
export async function exportSubmissions(
  db: Db,
  actor: Actor,
  filter: Partial<SubmissionListQuery> = {},
): Promise<SubmissionRecord[]> {
  const q = submissionListQuery.parse(filter);
  return db.infoSubmission.findMany({
    where: listWhere(exportWhere(actor, q), q),
    include,
    orderBy: [...order],
    take: EXPORT_LIMIT,
  });
}

export async function getSubmission(db: Db | Tx, actor: Actor, id: number): Promise<SubmissionRecord> {
  const record = await db.infoSubmission.findFirst({ where: { id, agencyId: actor.agencyId }, include });
  if (!record) throw new NotFoundError();
  authorizeRecord(actor, "record.read", record);
  return record;
}

/** What the audit log keeps of a submission: its own fields and where it was sent (and adopted). */
function snapshot(record: SubmissionRecord) {
  return {
    departmentId: record.departmentId,
    categoryId: record.categoryId,
    title: record.title,
    summary: record.summary,
    isoYear: record.isoYear,
    isoWeek: record.isoWeek,
    placements: record.placements.map((p) => ({
      outletId: p.outletId,
      outlet: p.outlet.name,
      adoptedOn: p.adoptedOn ? toIsoDate(p.adoptedOn) : null,
    })),
  };
}

const audit = (
  tx: Tx,
  actor: Actor,
  action: string,
  id: number,
  before?: SubmissionRecord,
  after?: SubmissionRecord,
  note?: string,
) =>
  writeAudit(tx, {
    agencyId: actor.agencyId,
    userId: actor.userId,
    action,
    entityType: "InfoSubmission",
    entityId: id,
    before: before && snapshot(before),
    after: after && snapshot(after),
    note,
  });

export async function createSubmission(db: Db, actor: Actor, input: SubmissionInput) {
  authorizeRecord(actor, "record.create", { agencyId: actor.agencyId, departmentId: input.departmentId });
  await assertReferences(db, actor.agencyId, input);
  return db.$transaction(async (tx) => {
    await assertYearOpen(tx, actor.agencyId, input.isoYear);
    const created = await tx.infoSubmission.create({
      data: {
        agencyId: actor.agencyId,
        departmentId: input.departmentId,
        categoryId: input.categoryId,
        title: input.title,
        summary: input.summary,
        isoYear: input.isoYear,
        isoWeek: input.isoWeek,
        createdById: actor.userId,
        placements: { create: input.outletIds.map((outletId) => ({ outletId })) },
      },
      include,
    });
    await audit(tx, actor, "create", created.id, undefined, created);
    return created;
  });
}

/** Saves an edit only if nobody saved the record since `version` was read (optimistic lock). */
export async function updateSubmission(db: Db, actor: Actor, id: number, version: number, input: SubmissionInput) {
  const before = await getSubmission(db, actor, id);
  authorizeRecord(actor, "record.update", before);
  authorizeRecord(actor, "record.update", { agencyId: actor.agencyId, departmentId: input.departmentId });
  await assertReferences(db, actor.agencyId, input, before);
  return db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, [before.isoYear, input.isoYear]);
    const { count } = await tx.infoSubmission.updateMany({
      where: { id, version },
      data: {
        departmentId: input.departmentId,
        categoryId: input.categoryId,
        title: input.title,
        summary: input.summary,
        isoYear: input.isoYear,
        isoWeek: input.isoWeek,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError();
    const kept = new Set(input.outletIds);
    await tx.submissionPlacement.deleteMany({ where: { submissionId: id, outletId: { notIn: [...kept] } } });
    for (const outletId of kept) {
      await tx.submissionPlacement.upsert({
        where: { submissionId_outletId: { submissionId: id, outletId } },
        create: { submissionId: id, outletId },
        update: {},
      });
    }
    const after = await getSubmission(tx, actor, id);
    await audit(tx, actor, "update", id, before, after);
    return after;
  });
}

/** Records (or clears) an outlet's adoption of a submission; with `version`, only on the version read. */
export async function setAdoption(
  db: Db,
  actor: Actor,
  id: number,
  outletId: number,
  adoptedOn: string | null,
  version?: number,
) {
  const before = await getSubmission(db, actor, id);
  authorizeRecord(actor, "record.update", before);
  if (!before.placements.some((p) => p.outletId === outletId))
    throw new DomainValidationError({ outletId: ["该信息未报送此渠道。"] });
  return db.$transaction(async (tx) => {
    await assertYearOpen(tx, actor.agencyId, before.isoYear);
    const { count } = await tx.infoSubmission.updateMany({
      where: { id, ...(version === undefined ? {} : { version }) },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await tx.submissionPlacement.update({
      where: { submissionId_outletId: { submissionId: id, outletId } },
      data: { adoptedOn: adoptedOn ? fromIsoDate(adoptedOn) : null },
    });
    const after = await getSubmission(tx, actor, id);
    await audit(tx, actor, "update", id, before, after, adoptedOn ? "记录采用" : "取消采用");
    return after;
  });
}

export async function deleteSubmission(db: Db, actor: Actor, id: number, version: number) {
  const before = await getSubmission(db, actor, id);
  authorizeRecord(actor, "record.delete", before);
  await db.$transaction(async (tx) => {
    await assertYearOpen(tx, actor.agencyId, before.isoYear);
    const { count } = await tx.infoSubmission.deleteMany({ where: { id, version } });
    if (count === 0) throw new ConflictError();
    await audit(tx, actor, "delete", id, before);
  });
}

/** Department, category and outlets must be the agency's; new items need active ones (kept ones may be inactive). */
async function assertReferences(db: Db, agencyId: number, input: SubmissionInput, current?: SubmissionRecord) {
  const keptOutlets = new Set(current?.placements.map((p) => p.outletId) ?? []);
  const [department, category, outlets] = await Promise.all([
    departmentProblem(db, agencyId, input.departmentId, current?.departmentId),
    db.submissionCategory.findFirst({ where: { id: input.categoryId, agencyId } }),
    db.outlet.findMany({ where: { id: { in: input.outletIds }, agencyId }, select: { id: true, active: true } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (department) errors.departmentId = [department];
  if (!category) errors.categoryId = ["请选择本机关的信息类别。"];
  else if (!category.active && category.id !== current?.categoryId)
    errors.categoryId = ["该信息类别已停用，请选择其他类别。"];
  if (outlets.length !== new Set(input.outletIds).size) errors.outletIds = ["请选择本机关的报送渠道。"];
  else if (outlets.some((o) => !o.active && !keptOutlets.has(o.id)))
    errors.outletIds = ["所选报送渠道中有已停用的，请重新选择。"];
  if (Object.keys(errors).length) throw new DomainValidationError(errors);
}
