import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordScope } from "./scope";

export type Choice = { id: number; name: string };

/**
 * The departments a record form or list filter offers: an officer only their own, a head every
 * active department of the agency (plus `keep`, the record's current one, even when inactive).
 */
export async function departmentChoices(db: Db, actor: Actor, keep?: number): Promise<Choice[]> {
  const scope = recordScope(actor);
  return db.department.findMany({
    where: scope.departmentId
      ? { agencyId: scope.agencyId, id: scope.departmentId }
      : { agencyId: scope.agencyId, OR: [{ active: true }, ...(keep ? [{ id: keep }] : [])] },
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}

/** Every department's name by id (inactive ones too), to show ids kept in the audit log. */
export async function departmentNames(db: Db, agencyId: number): Promise<Map<number, string>> {
  const rows = await db.department.findMany({ where: { agencyId }, select: { id: true, name: true } });
  return new Map(rows.map((d) => [d.id, d.name]));
}
