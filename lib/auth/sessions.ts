/**
 * Server-side sessions. The session cookie (a JWT signed by next-auth) names a UserSession row; the
 * row must exist, be unexpired and unrevoked for the cookie to count. Signing out revokes it, so a
 * copy of the cookie taken before stops working at once (docs/decisions/0006).
 */
import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";

/** How long a sign-in lasts: one working day. The cookie and the row expire together. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Opens a session for a user who just signed in; their expired sessions are cleared away. */
export async function openSession(db: Db, userId: number, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.$transaction([
    db.userSession.deleteMany({ where: { userId, expiresAt: { lt: now } } }),
    db.userSession.create({
      data: { id, userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    }),
  ]);
  return id;
}

/** Ends a session (sign-out). Unknown or already revoked ids are ignored. */
export async function revokeSession(db: Db, id: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
}

/** Whether a session row still lets its cookie in. */
export function sessionIsLive<T extends { revokedAt: Date | null; expiresAt: Date }>(
  session: T | null,
  now = new Date(),
): session is T {
  return session !== null && session.revokedAt === null && session.expiresAt > now;
}
