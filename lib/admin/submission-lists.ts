import "server-only";
import type { Db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { z, fields } from "@/lib/validation";

/**
 * The agency's configurable lists for weekly submissions: information categories (信息类别) and
 * outlets (报送渠道). Entries are renamed or deactivated, never deleted: records keep pointing at them.
 */
export type SubmissionListKind = "category" | "outlet";

export const SUBMISSION_LIST_LABELS: Record<SubmissionListKind, string> = { category: "信息类别", outlet: "报送渠道" };

const kind = z.enum(["category", "outlet"]);

export const listEntryInput = z.object({ kind, name: fields.text("名称", 50) });
export const listEntryUpdateInput = listEntryInput.extend({ id: fields.id("条目"), active: fields.checkbox });

const ENTITY: Record<SubmissionListKind, string> = { category: "SubmissionCategory", outlet: "Outlet" };

/** Prisma's two delegates have the same shape for what is used here. */
function table(db: Db, k: SubmissionListKind) {
  return (k === "category" ? db.submissionCategory : db.outlet) as unknown as Db["outlet"];
}

export async function listSubmissionLists(db: Db, actor: Actor) {
  authorize(actor, "agency.settings", { agencyId: actor.agencyId });
  const query = {
    where: { agencyId: actor.agencyId },
    orderBy: [{ active: "desc" as const }, { sortOrder: "asc" as const }, { id: "asc" as const }],
  };
  const [categories, outlets] = await Promise.all([
    db.submissionCategory.findMany({ ...query, include: { _count: { select: { submissions: true } } } }),
    db.outlet.findMany({ ...query, include: { _count: { select: { placements: true } } } }),
  ]);
  return {
    category: categories.map((c) => ({ id: c.id, name: c.name, active: c.active, uses: c._count.submissions })),
    outlet: outlets.map((o) => ({ id: o.id, name: o.name, active: o.active, uses: o._count.placements })),
  };
}

export async function createListEntry(db: Db, actor: Actor, input: z.infer<typeof listEntryInput>) {
  authorize(actor, "agency.settings", { agencyId: actor.agencyId });
  await assertNameFree(db, actor.agencyId, input);
  return db.$transaction(async (tx) => {
    const t = table(tx as unknown as Db, input.kind);
    const last = await t.aggregate({ where: { agencyId: actor.agencyId }, _max: { sortOrder: true } });
    const created = await t.create({
      data: { agencyId: actor.agencyId, name: input.name, sortOrder: (last._max.sortOrder ?? -1) + 1 },
    });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "create",
      entityType: ENTITY[input.kind],
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

export async function updateListEntry(db: Db, actor: Actor, input: z.infer<typeof listEntryUpdateInput>) {
  authorize(actor, "agency.settings", { agencyId: actor.agencyId });
  const before = await table(db, input.kind).findFirst({ where: { id: input.id, agencyId: actor.agencyId } });
  if (!before) throw new NotFoundError(`${SUBMISSION_LIST_LABELS[input.kind]}不存在。`);
  await assertNameFree(db, actor.agencyId, input, input.id);
  return db.$transaction(async (tx) => {
    const after = await table(tx as unknown as Db, input.kind).update({
      where: { id: before.id },
      data: { name: input.name, active: input.active },
    });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "update",
      entityType: ENTITY[input.kind],
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}

async function assertNameFree(
  db: Db,
  agencyId: number,
  input: { kind: SubmissionListKind; name: string },
  exceptId?: number,
) {
  const clash = await table(db, input.kind).findFirst({
    where: { agencyId, name: input.name, id: exceptId ? { not: exceptId } : undefined },
  });
  if (clash)
    throw new DomainValidationError({ name: [`已有名为“${input.name}”的${SUBMISSION_LIST_LABELS[input.kind]}。`] });
}
