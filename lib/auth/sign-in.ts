import "server-only";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { checkCredentials } from "./credentials";
import { knownDevice, withNewDeviceToken } from "./device-cookie";
import { openSession } from "./sessions";

export type SignInInput = {
  login: string;
  password: string;
  /** The client's address as the web server's edge settled it (lib/security/edge.ts). */
  ip: string;
  /** The browser's device cookie, if any. */
  deviceCookie: string | undefined;
  /** Signs device cookies; without one, no browser counts as known. */
  secret: string | undefined;
};

export type SignInOutcome =
  | {
      ok: true;
      user: { id: string; name: string; sessionVersion: number; sessionId: string };
      /** The device cookie to give the browser: a fresh token for this login. */
      deviceCookie: string | null;
    }
  | { ok: false; message: string };

/** What the login form shows when the sign-in itself failed (the database is down …): nothing technical. */
export const SIGN_IN_UNAVAILABLE = "登录服务暂时不可用，请稍后再试。如果一直如此，请联系系统管理员。";

/**
 * A sign-in with login and password, from the throttle to the new session. Every refusal is a plain
 * Chinese message; an unexpected error is logged with its details and answered with SIGN_IN_UNAVAILABLE.
 */
export async function signInWithPassword(db: Db, input: SignInInput, now = new Date()): Promise<SignInOutcome> {
  try {
    const login = input.login.trim();
    const device = input.secret ? knownDevice(input.secret, input.deviceCookie, login) : null;
    const result = await checkCredentials(db, { login, password: input.password, ip: input.ip, device }, now);
    if (!result.ok) return { ok: false, message: result.message };
    const sessionId = await openSession(db, result.userId, now);
    await writeAudit(db, {
      agencyId: null,
      userId: result.userId,
      action: "login",
      entityType: "User",
      entityId: result.userId,
    });
    return {
      ok: true,
      user: { id: String(result.userId), name: result.displayName, sessionVersion: result.sessionVersion, sessionId },
      deviceCookie: input.secret ? withNewDeviceToken(input.secret, input.deviceCookie, login) : null,
    };
  } catch (error) {
    console.error("[auth] sign-in could not be completed:", error);
    return { ok: false, message: SIGN_IN_UNAVAILABLE };
  }
}
