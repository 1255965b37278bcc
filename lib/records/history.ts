import "server-only";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { auditSnapshot } from "@/lib/audit";

export type HistoryEntry = {
  id: string;
  at: Date;
  action: string;
  userName: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
  note: string;
};

/**
 * A record's audit trail as `actor` may see it, newest first, with the fields each change touched.
 * The record was loaded (and authorized) by its kind's operations; `hidden` fields (e.g. applicant
 * personal data for a reader without that permission) never leave this function.
 */
export async function recordHistory(
  db: Db,
  actor: Actor,
  entityType: string,
  record: { id: number | string },
  hidden: ReadonlySet<string> = new Set(),
): Promise<HistoryEntry[]> {
  const rows = await db.auditLog.findMany({
    where: { agencyId: actor.agencyId, entityType, entityId: String(record.id) },
    orderBy: { id: "desc" },
    include: { user: { select: { displayName: true } } },
    take: 200,
  });
  return rows.map((row) => ({
    id: row.id.toString(),
    at: row.createdAt,
    action: row.action,
    userName: row.user?.displayName ?? null,
    changes: diff(auditSnapshot(row.before), auditSnapshot(row.after)).filter((c) => !hidden.has(c.field)),
    note: row.note,
  }));
}

const IGNORED = new Set(["version", "updatedAt", "createdAt", "id", "agencyId", "createdById"]);

function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((k) => !IGNORED.has(k))
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
}
