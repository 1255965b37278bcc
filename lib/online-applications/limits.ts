/**
 * Rate limits of the public side (online applications and tracking), kept in PostgreSQL so that every
 * web server shares them — the sign-in throttle's pattern (lib/auth/throttle.ts): under an advisory lock
 * per bucket and key, the attempts within the window are counted and, when every budget allows, the
 * attempt is recorded in the same transaction. Concurrent requests on any server therefore never get
 * past a limit together. A sliding window: one more attempt is allowed each time an old one ages out.
 */
import "server-only";
import type { Db, Tx } from "@/lib/db";

export type Limit = { bucket: string; key: string; max: number; windowMinutes: number };

export const LIMITS = {
  /** Applications from one address. */
  applyPerAddress: { max: 5, windowMinutes: 60 },
  /** Applications naming one identity document or 统一社会信用代码. */
  applyPerIdentity: { max: 3, windowMinutes: 24 * 60 },
  /** Failed tracking look-ups (wrong pair) from one address. */
  trackPerAddress: { max: 10, windowMinutes: 15 },
  /** Failed tracking look-ups for one 申请编号, from anywhere. */
  trackPerNumber: { max: 5, windowMinutes: 15 },
} as const;

export type LimitReservation = { ok: true; ids: number[] } | { ok: false; retryAt: Date };

const PUBLIC_LIMIT_LOCK = 1315;

/** Records one attempt against every limit, unless one of them is reached. */
export async function reserve(db: Db, limits: Limit[], now: Date): Promise<LimitReservation> {
  return db.$transaction(
    async (tx) => {
      // Always in the same order, so two requests never wait on each other's locks.
      const ordered = [...limits].sort((a, b) => `${a.bucket}:${a.key}`.localeCompare(`${b.bucket}:${b.key}`));
      for (const limit of ordered) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PUBLIC_LIMIT_LOCK}::int, hashtext(${`${limit.bucket}:${limit.key}`}))`;
      }
      const reached: number[] = [];
      for (const limit of ordered) {
        const oldest = await oldestCounted(tx, limit, now);
        if (oldest) reached.push(oldest.getTime() + limit.windowMinutes * 60_000);
      }
      if (reached.length) return { ok: false, retryAt: new Date(Math.max(...reached)) };
      const ids: number[] = [];
      for (const limit of ordered) {
        const row = await tx.publicAttempt.create({
          data: { bucket: limit.bucket, key: limit.key, createdAt: now },
          select: { id: true },
        });
        ids.push(row.id);
      }
      // Now and then, forget attempts no window looks at any more (the longest is a day).
      if (Math.random() < 0.02)
        await tx.publicAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 2 * 86_400_000) } } });
      return { ok: true, ids };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

/** The attempt did not count after all (a tracking look-up that proved right). */
export async function release(db: Db, ids: number[]): Promise<void> {
  await db.publicAttempt.deleteMany({ where: { id: { in: ids } } });
}

/** When `max` attempts lie within the window: the time of the oldest of the last `max`, else null. */
async function oldestCounted(tx: Tx, limit: Limit, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - limit.windowMinutes * 60_000);
  const row = await tx.publicAttempt.findFirst({
    where: { bucket: limit.bucket, key: limit.key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    skip: limit.max - 1,
    select: { createdAt: true },
  });
  return row?.createdAt ?? null;
}
