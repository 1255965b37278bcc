import "server-only";
import type { Db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import { recordSuccess, reserveAttempt, THROTTLE } from "./throttle";

export { THROTTLE };

export type CredentialCheck =
  | {
      ok: true;
      userId: number;
      sessionVersion: number;
      displayName: string;
      mustChangePassword: boolean;
    }
  | { ok: false; reason: "invalid" | "locked" | "inactive"; message: string };

export const INVALID_CREDENTIALS = "登录名或密码不正确。";

/** Longest login name looked up; no account has a longer one (or a control character in it). */
const MAX_LOGIN = 64;
/** bcrypt reads 72 bytes; a longer password is cut before hashing, never sent whole. */
const MAX_PASSWORD = 1024;

/**
 * Checks a login and password. The attempt passes the throttle first (./throttle.ts: one atomic step,
 * per login, device and address); an unknown login costs the same password hash as a known one, so
 * the answer's timing does not tell whether a login exists. The password is never echoed or logged.
 *
 * `device` is the verified device-cookie id of the browser for this login, or null.
 */
export async function checkCredentials(
  db: Db,
  input: { login: string; password: string; ip: string; device?: string | null },
  now = new Date(),
): Promise<CredentialCheck> {
  const login = input.login.trim();
  // A name no account can have is still counted (under a printable form), so it cannot dodge the throttle.
  const lookup = login.length <= MAX_LOGIN && !/[\p{Cc}\p{Cs}]/u.test(login);
  const countedAs = lookup ? login : login.slice(0, 2 * MAX_LOGIN).replace(/[\p{Cc}\p{Cs}]/gu, "\uFFFD");

  const reservation = await reserveAttempt(db, { login: countedAs, ip: input.ip, device: input.device ?? null }, now);
  if (!reservation.ok) {
    const minutes = Math.max(1, Math.ceil((reservation.retryAt.getTime() - now.getTime()) / 60_000));
    return {
      ok: false,
      reason: "locked",
      message: `登录失败次数过多，请 ${minutes} 分钟后再试。如果您在常用的电脑上登录过，请在那台电脑上登录。`,
    };
  }

  const user = lookup && login ? await db.user.findUnique({ where: { login } }) : null;
  const passwordOk = await verifyPassword(
    input.password.slice(0, MAX_PASSWORD),
    user?.passwordHash ?? (await dummyHash()),
  );
  if (!user || !passwordOk) return { ok: false, reason: "invalid", message: INVALID_CREDENTIALS };

  await recordSuccess(db, reservation.attemptId);
  if (!user.active) return { ok: false, reason: "inactive", message: "该账号已停用，请联系管理员。" };
  return {
    ok: true,
    userId: user.id,
    sessionVersion: user.sessionVersion,
    displayName: user.displayName,
    mustChangePassword: user.mustChangePassword,
  };
}

let dummy: Promise<string> | undefined;

/** A hash of a random password, made once: what an unknown login's password is compared with. */
function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(crypto.randomUUID()));
}
