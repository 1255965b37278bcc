import "server-only";
import type { Db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { z, fields } from "@/lib/validation";

export const departmentInput = z.object({
  name: fields.text("科室名称", 50),
  isDisclosureOffice: fields.checkbox,
});

export const departmentUpdateInput = departmentInput.extend({
  id: fields.id("科室"),
  active: fields.checkbox,
});

export async function listDepartments(db: Db, actor: Actor) {
  authorize(actor, "department.manage", { agencyId: actor.agencyId });
  return db.department.findMany({
    where: { agencyId: actor.agencyId },
    orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { id: "asc" }],
    include: { _count: { select: { memberships: true } } },
  });
}

export async function createDepartment(db: Db, actor: Actor, input: z.infer<typeof departmentInput>) {
  authorize(actor, "department.manage", { agencyId: actor.agencyId });
  await assertNameFree(db, actor.agencyId, input.name);
  return db.$transaction(async (tx) => {
    const created = await tx.department.create({ data: { agencyId: actor.agencyId, ...input } });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "create",
      entityType: "Department",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

export async function updateDepartment(db: Db, actor: Actor, input: z.infer<typeof departmentUpdateInput>) {
  authorize(actor, "department.manage", { agencyId: actor.agencyId });
  const before = await db.department.findFirst({ where: { id: input.id, agencyId: actor.agencyId } });
  if (!before) throw new NotFoundError("科室不存在。");
  await assertNameFree(db, actor.agencyId, input.name, input.id);
  return db.$transaction(async (tx) => {
    const after = await tx.department.update({
      where: { id: before.id },
      data: { name: input.name, isDisclosureOffice: input.isDisclosureOffice, active: input.active },
    });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "update",
      entityType: "Department",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}

async function assertNameFree(db: Db, agencyId: number, name: string, exceptId?: number) {
  const clash = await db.department.findFirst({
    where: { agencyId, name, id: exceptId ? { not: exceptId } : undefined },
  });
  if (clash) throw new DomainValidationError({ name: [`已有名为“${name}”的科室。`] });
}
