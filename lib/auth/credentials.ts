import type { Db } from "@/lib/db";
import { verifyPassword } from "./password";

/** Failed attempts allowed per login, and per address, within the window before a lock. */
export const THROTTLE = { windowMinutes: 15, perLogin: 5, perAddress: 20 } as const;

export type CredentialCheck =
  | { ok: true; userId: number; sessionVersion: number; displayName: string }
  | { ok: false; reason: "invalid" | "locked" | "inactive"; message: string };

const INVALID = "登录名或密码不正确。";

/**
 * Checks a login and password, throttling repeated failures per login and per address.
 * Every attempt is recorded; the password is never echoed or logged.
 */
export async function checkCredentials(
  db: Db,
  input: { login: string; password: string; ip: string },
  now = new Date(),
): Promise<CredentialCheck> {
  const login = input.login.trim();
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);

  const [loginFailures, addressFailures] = await Promise.all([
    recentFailures(db, { login }, since),
    recentFailures(db, { ip: input.ip }, since),
  ]);
  if (loginFailures >= THROTTLE.perLogin || addressFailures >= THROTTLE.perAddress) {
    return {
      ok: false,
      reason: "locked",
      message: `登录失败次数过多，账号已临时锁定，请 ${THROTTLE.windowMinutes} 分钟后再试。`,
    };
  }

  const user = login ? await db.user.findUnique({ where: { login } }) : null;
  const passwordOk = user ? await verifyPassword(input.password, user.passwordHash) : false;
  const result: CredentialCheck =
    !user || !passwordOk
      ? { ok: false, reason: "invalid", message: INVALID }
      : !user.active
        ? { ok: false, reason: "inactive", message: "该账号已停用，请联系管理员。" }
        : { ok: true, userId: user.id, sessionVersion: user.sessionVersion, displayName: user.displayName };

  await db.loginAttempt.create({ data: { login, ip: input.ip, success: result.ok, createdAt: now } });
  return result;
}

/** Failures since the window start and since the last success of the same login or address. */
async function recentFailures(db: Db, where: { login: string } | { ip: string }, since: Date): Promise<number> {
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { ...where, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return db.loginAttempt.count({
    where: { ...where, success: false, createdAt: { gt: lastSuccess?.createdAt ?? since } },
  });
}
