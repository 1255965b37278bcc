/**
 * The name of next-auth's session cookie. next-auth picks the __Secure- name when the sign-in came over
 * https (its origin is https: NEXTAUTH_URL, or the X-Forwarded-Proto a trusted proxy sent). Anything that
 * reads the cookie itself (proxy.ts) must look for the name the browser actually has: a __Secure- cookie
 * can only have been set over https, so its presence is the answer.
 */
export const SESSION_COOKIE = "next-auth.session-token";
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/** Whether the browser holds the https session cookie (next-auth splits large ones into .0, .1 …). */
export function hasSecureSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) {
    if (name === SECURE_SESSION_COOKIE || name.startsWith(`${SECURE_SESSION_COOKIE}.`)) return true;
  }
  return false;
}
