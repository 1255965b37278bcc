/**
 * The sign-in throttle (docs/decisions/0006-sign-in-and-security-headers.md). Failed attempts are
 * counted in PostgreSQL, so every web server shares them, over a sliding window:
 *
 * - an unknown browser may fail THROTTLE.perLogin times per window for one login, and an address
 *   THROTTLE.perAddress times across all logins; past that it waits until the oldest failure leaves the
 *   window — slowed, one more try each time one ages out, never locked for good;
 * - a known browser (a valid device cookie for the login, ./device-cookie.ts) is not held back by
 *   anybody else's failures: it has its own budget of THROTTLE.perDevice.
 *
 * Checking the count and recording the attempt is one step: under an advisory lock per login (and per
 * address) the count is read and the attempt inserted, as a failure until the password proves right.
 * 150 concurrent wrong passwords for one login therefore reach the password check exactly perLogin times.
 */
import "server-only";
import type { Db, Tx } from "@/lib/db";

export const THROTTLE = { windowMinutes: 15, perLogin: 5, perDevice: 5, perAddress: 20 } as const;

export type Attempt = { login: string; ip: string; device: string | null };
export type Reservation = { ok: true; attemptId: number } | { ok: false; retryAt: Date };

// Advisory-lock classes (the first key of pg_advisory_xact_lock(int, int)); taken in this order.
const LOGIN_LOCK = 1306;
const ADDRESS_LOCK = 1307;

/** Counts the attempt's failures and, when within every budget, records it as a failure. */
export async function reserveAttempt(db: Db, attempt: Attempt, now: Date): Promise<Reservation> {
  const windowMs = THROTTLE.windowMinutes * 60_000;
  const since = new Date(now.getTime() - windowMs);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOGIN_LOCK}::int, hashtext(${attempt.login}))`;
      if (!attempt.device) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADDRESS_LOCK}::int, hashtext(${attempt.ip}))`;
      }
      const reached = attempt.device
        ? [await limitReached(tx, { login: attempt.login, device: attempt.device }, THROTTLE.perDevice, since)]
        : [
            await limitReached(tx, { login: attempt.login, device: null }, THROTTLE.perLogin, since),
            await limitReached(tx, { ip: attempt.ip, device: null }, THROTTLE.perAddress, since),
          ];
      const oldest = reached.filter((date): date is Date => date !== null).map((date) => date.getTime());
      if (oldest.length) return { ok: false, retryAt: new Date(Math.max(...oldest) + windowMs) };
      const row = await tx.loginAttempt.create({
        data: { login: attempt.login, ip: attempt.ip, device: attempt.device, success: false, createdAt: now },
        select: { id: true },
      });
      return { ok: true, attemptId: row.id };
    },
    // Many attempts on one login queue for its lock; each holds it for two short statements.
    { maxWait: 30_000, timeout: 30_000 },
  );
}

/** The password was right: the attempt stops counting as a failure. */
export async function recordSuccess(db: Db, attemptId: number): Promise<void> {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { success: true } });
}

/**
 * When `limit` failures lie within the window: the time of the oldest of the last `limit` (the window
 * frees a try when it leaves), else null.
 */
async function limitReached(
  tx: Tx,
  where: { login: string; device: string | null } | { ip: string; device: null },
  limit: number,
  since: Date,
): Promise<Date | null> {
  const row = await tx.loginAttempt.findFirst({
    where: { ...where, success: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    skip: limit - 1,
    select: { createdAt: true },
  });
  return row?.createdAt ?? null;
}
