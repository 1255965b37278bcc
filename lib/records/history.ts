import type { Db } from "@/lib/db";

export type HistoryEntry = {
  id: string;
  at: Date;
  action: string;
  userName: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
  note: string;
};

/** A record's audit trail, newest first, with the fields each change touched. */
export async function recordHistory(
  db: Db,
  agencyId: number,
  entityType: string,
  entityId: number | string,
): Promise<HistoryEntry[]> {
  const rows = await db.auditLog.findMany({
    where: { agencyId, entityType, entityId: String(entityId) },
    orderBy: { id: "desc" },
    include: { user: { select: { displayName: true } } },
    take: 200,
  });
  return rows.map((row) => ({
    id: row.id.toString(),
    at: row.createdAt,
    action: row.action,
    userName: row.user?.displayName ?? null,
    changes: diff(row.before as Record<string, unknown> | null, row.after as Record<string, unknown> | null),
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
