import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { hasSecureSessionCookie } from "@/lib/auth/session-cookie";
import { isHttps, newNonce, securityHeaders } from "@/lib/security/headers";
import { refuseRequest } from "@/lib/security/requests";

/**
 * Runs before Next handles any request but static files:
 * 1. refuses, with a status and a plain message, what Next would answer with a 500: a body over the
 *    limit (413), a post from another site (403) — server actions included (lib/security/requests.ts);
 * 2. guards the back office: no session cookie → the login page. Only the first gate: every page,
 *    server action and route handler checks the session (server-side, revocable) and permissions again;
 * 3. gives each rendering a CSP nonce and the security headers (lib/security/headers.ts).
 */
export async function proxy(request: NextRequest) {
  const options = { https: isHttps(request.headers), dev: process.env.NODE_ENV === "development" };
  const nonce = newNonce();
  const headers = securityHeaders(nonce, options);

  const refusal = refuseRequest(request);
  if (refusal) {
    return withHeaders(
      new NextResponse(refusal.message, {
        status: refusal.status,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      }),
      headers,
    );
  }

  if (request.nextUrl.pathname === "/office" || request.nextUrl.pathname.startsWith("/office/")) {
    const token = await getToken({
      req: request,
      secret: process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET,
      // Behind an https proxy next-auth names the cookie __Secure-…: read the one the browser has.
      secureCookie: hasSecureSessionCookie(request.cookies.getAll().map((c) => c.name)),
    });
    if (!token) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
      return withHeaders(NextResponse.redirect(login), headers);
    }
  }

  // Next takes the nonce from the request's policy header and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  requestHeaders.set("x-nonce", nonce);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's static files (they carry the web server's fixed headers; lib/security/edge.ts).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
