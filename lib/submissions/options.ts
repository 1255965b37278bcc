import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { departmentChoices } from "@/lib/records/options";

/** What the submission form offers: the actor's departments, and the active categories and outlets (plus those a record keeps). */
export async function submissionFormOptions(
  db: Db,
  actor: Actor,
  keep?: { departmentId: number; categoryId: number; outletIds: number[] },
) {
  const [departments, categories, outlets] = await Promise.all([
    departmentChoices(db, actor, keep?.departmentId),
    db.submissionCategory.findMany({
      where: { agencyId: actor.agencyId, OR: [{ active: true }, ...(keep ? [{ id: keep.categoryId }] : [])] },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
    db.outlet.findMany({
      where: { agencyId: actor.agencyId, OR: [{ active: true }, ...(keep ? [{ id: { in: keep.outletIds } }] : [])] },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
  ]);
  return { departments, categories, outlets };
}

/** Every category's name by id (inactive ones too), for the history of a submission. */
export async function categoryNames(db: Db, agencyId: number): Promise<Map<number, string>> {
  const rows = await db.submissionCategory.findMany({ where: { agencyId }, select: { id: true, name: true } });
  return new Map(rows.map((c) => [c.id, c.name]));
}
