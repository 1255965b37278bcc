import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx, Db } from "@/lib/db";

export type AuditEntry = {
  agencyId: number | null;
  userId: number | null;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  note?: string;
};

/** Writes one audit-log row; call it inside the same transaction as the change it records. */
export async function writeAudit(db: Tx | Db, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      agencyId: entry.agencyId,
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
      note: entry.note ?? "",
    },
  });
}

/** Plain JSON for Dates (as ISO dates when at midnight UTC), Decimals and BigInts; secrets dropped. */
export function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v) => {
      if (key === "passwordHash") return undefined;
      if (typeof v === "bigint") return v.toString();
      return v;
    }),
    (_key, v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(v) ? v.slice(0, 10) : v),
  );
}

/**
 * The before/after of an audit row as stored: a flat JSON object of the record's columns (the only
 * shape ever written: `toJson` of a row). Read through this parser, never cast: anything else (a
 * hand-edited row, a future shape) reads as "nothing recorded" rather than breaking the history page.
 */
const auditSnapshotSchema = z.record(z.string(), z.unknown()).nullable().catch(null);

export function auditSnapshot(json: unknown): Record<string, unknown> | null {
  return auditSnapshotSchema.parse(json ?? null);
}
