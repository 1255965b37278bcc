import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { ConflictError, DomainValidationError, NotFoundError } from "@/lib/errors";
import { authorizeRecord, recordScope } from "@/lib/records/scope";
import { fromIsoDate } from "@/lib/dates";
import { z, fields } from "@/lib/validation";

/** Weekly information submissions (信息上报): the domain operations, authorization inside. */

export const submissionInput = z.object({
  departmentId: fields.id("科室"),
  categoryId: fields.id("信息类别"),
  title: fields.text("标题", 200),
  summary: fields.optionalText("摘要", 2000),
  isoYear: z.coerce.number().int().min(2000, "年份不正确。").max(2100, "年份不正确。"),
  isoWeek: z.coerce.number().int().min(1, "周次应在 1–53 之间。").max(53, "周次应在 1–53 之间。"),
  outletIds: z.array(z.coerce.number().int().positive()).min(1, "请至少选择一个报送渠道。"),
});
export type SubmissionInput = z.infer<typeof submissionInput>;

const include = { placements: { include: { outlet: true } }, department: true, category: true } as const;

export async function listSubmissions(db: Db, actor: Actor, filter: { isoYear?: number; departmentId?: number; q?: string; page?: number; pageSize?: number } = {}) {
  const scope = recordScope(actor);
  if (filter.departmentId && scope.departmentId && filter.departmentId !== scope.departmentId) {
    authorizeRecord(actor, "record.read", { agencyId: actor.agencyId, departmentId: filter.departmentId });
  }
  const where = {
    ...scope,
    ...(filter.departmentId ? { departmentId: filter.departmentId } : {}),
    ...(filter.isoYear ? { isoYear: filter.isoYear } : {}),
    ...(filter.q ? { title: { contains: filter.q } } : {}),
  };
  const pageSize = Math.min(filter.pageSize ?? 50, 200);
  const page = Math.max(filter.page ?? 1, 1);
  const [rows, total] = await Promise.all([
    db.infoSubmission.findMany({ where, include, orderBy: [{ isoYear: "desc" }, { isoWeek: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db.infoSubmission.count({ where }),
  ]);
  return { rows, total, page, pageSize };
}

export async function getSubmission(db: Db, actor: Actor, id: number) {
  const record = await db.infoSubmission.findFirst({ where: { id, agencyId: actor.agencyId }, include });
  if (!record) throw new NotFoundError();
  authorizeRecord(actor, "record.read", record);
  return record;
}

export async function createSubmission(db: Db, actor: Actor, input: SubmissionInput) {
  authorizeRecord(actor, "record.create", { agencyId: actor.agencyId, departmentId: input.departmentId });
  await assertReferences(db, actor.agencyId, input);
  return db.$transaction(async (tx) => {
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
    await writeAudit(tx, { agencyId: actor.agencyId, userId: actor.userId, action: "create", entityType: "InfoSubmission", entityId: created.id, after: created });
    return created;
  });
}

/** Saves an edit only if nobody saved the record since `version` was read (optimistic lock). */
export async function updateSubmission(db: Db, actor: Actor, id: number, version: number, input: SubmissionInput) {
  const before = await getSubmission(db, actor, id);
  authorizeRecord(actor, "record.update", before);
  authorizeRecord(actor, "record.update", { agencyId: actor.agencyId, departmentId: input.departmentId });
  await assertReferences(db, actor.agencyId, input);
  return db.$transaction(async (tx) => {
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
      await tx.submissionPlacement.upsert({ where: { submissionId_outletId: { submissionId: id, outletId } }, create: { submissionId: id, outletId }, update: {} });
    }
    const after = await tx.infoSubmission.findUniqueOrThrow({ where: { id }, include });
    await writeAudit(tx, { agencyId: actor.agencyId, userId: actor.userId, action: "update", entityType: "InfoSubmission", entityId: id, before, after });
    return after;
  });
}

/** Records (or clears) an outlet's adoption of a submission. */
export async function setAdoption(db: Db, actor: Actor, id: number, outletId: number, adoptedOn: string | null) {
  const before = await getSubmission(db, actor, id);
  authorizeRecord(actor, "record.update", before);
  if (!before.placements.some((p) => p.outletId === outletId)) throw new DomainValidationError({ outletId: ["该信息未报送此渠道。"] });
  return db.$transaction(async (tx) => {
    await tx.submissionPlacement.update({ where: { submissionId_outletId: { submissionId: id, outletId } }, data: { adoptedOn: adoptedOn ? fromIsoDate(adoptedOn) : null } });
    await tx.infoSubmission.update({ where: { id }, data: { version: { increment: 1 } } });
    const after = await tx.infoSubmission.findUniqueOrThrow({ where: { id }, include });
    await writeAudit(tx, { agencyId: actor.agencyId, userId: actor.userId, action: "update", entityType: "InfoSubmission", entityId: id, before, after, note: "adoption" });
    return after;
  });
}

export async function deleteSubmission(db: Db, actor: Actor, id: number, version: number) {
  const before = await getSubmission(db, actor, id);
  authorizeRecord(actor, "record.delete", before);
  await db.$transaction(async (tx) => {
    const { count } = await tx.infoSubmission.deleteMany({ where: { id, version } });
    if (count === 0) throw new ConflictError();
    await writeAudit(tx, { agencyId: actor.agencyId, userId: actor.userId, action: "delete", entityType: "InfoSubmission", entityId: id, before });
  });
}

async function assertReferences(db: Db, agencyId: number, input: SubmissionInput) {
  const [department, category, outlets] = await Promise.all([
    db.department.findFirst({ where: { id: input.departmentId, agencyId } }),
    db.submissionCategory.findFirst({ where: { id: input.categoryId, agencyId } }),
    db.outlet.count({ where: { id: { in: input.outletIds }, agencyId } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (!department) errors.departmentId = ["请选择本机关的科室。"];
  if (!category) errors.categoryId = ["请选择本机关的信息类别。"];
  if (outlets !== new Set(input.outletIds).size) errors.outletIds = ["请选择本机关的报送渠道。"];
  if (Object.keys(errors).length) throw new DomainValidationError(errors);
}
