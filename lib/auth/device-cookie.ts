/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): each successful
 * sign-in leaves a token in the browser, bound to that login by an HMAC. A browser that shows a valid
 * token for the login it signs in with is a known device: strangers' failures do not hold it back, it
 * has a failure budget of its own (lib/auth/throttle.ts). One cookie holds the tokens of up to
 * MAX_TOKENS logins (a shared office computer); it is sent only to the sign-in endpoint.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const DEVICE_COOKIE = "gk-device";
/** The name over https: the __Secure- prefix makes the browser refuse it from plain http. */
export const SECURE_DEVICE_COOKIE = `__Secure-${DEVICE_COOKIE}`;
/** Sent only with sign-in posts. */
export const DEVICE_COOKIE_PATH = "/api/auth/callback/credentials";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;
const MAX_TOKENS = 8;

function signature(secret: string, login: string, deviceId: string): Buffer {
  return createHmac("sha256", secret).update(`device-cookie\0${login}\0${deviceId}`).digest();
}

function tokens(cookieValue: string | undefined): string[] {
  return (cookieValue ?? "").split("~").filter((token) => /^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/.test(token));
}

function tokenFor(secret: string, login: string, token: string): string | null {
  const [deviceId, mac] = token.split(".");
  const expected = signature(secret, login, deviceId);
  const given = Buffer.from(mac, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}

/** The device id of the cookie's token for `login`, or null when the browser has none (an unknown device). */
export function knownDevice(secret: string, cookieValue: string | undefined, login: string): string | null {
  for (const token of tokens(cookieValue)) {
    const deviceId = tokenFor(secret, login, token);
    if (deviceId) return deviceId;
  }
  return null;
}

/** The cookie value after a successful sign-in as `login`: a new token for it first, others kept. */
export function withNewDeviceToken(secret: string, cookieValue: string | undefined, login: string): string {
  const deviceId = randomBytes(12).toString("base64url");
  const fresh = `${deviceId}.${signature(secret, login, deviceId).toString("base64url")}`;
  const others = tokens(cookieValue).filter((token) => !tokenFor(secret, login, token));
  return [fresh, ...others].slice(0, MAX_TOKENS).join("~");
}
