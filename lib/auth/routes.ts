import "server-only";
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "./options";
import { safeCallbackPath } from "./redirect";

const nextAuth = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's endpoints (/api/auth/…), with the query's callbackUrl made a path of this site first:
 * next-auth answers a callbackUrl it cannot parse with a 500, and one of another site is never wanted.
 */
async function handle(request: NextRequest, context: Context): Promise<Response> {
  const url = new URL(request.url);
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl === null) return nextAuth(request, context);
  url.searchParams.set("callbackUrl", safeCallbackPath(callbackUrl));
  return nextAuth(new NextRequest(url, request), context);
}

export { handle as authRoute };
