import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { isHttps } from "@/lib/security/headers";
import {
  DEVICE_COOKIE,
  DEVICE_COOKIE_MAX_AGE_SECONDS,
  DEVICE_COOKIE_PATH,
  SECURE_DEVICE_COOKIE,
} from "./device-cookie";
import { safeCallbackPath } from "./redirect";
import { revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { signInWithPassword } from "./sign-in";

/** The secret that signs session and device cookies (`npm start` provides one; see .env.example). */
export function authSecret(): string | undefined {
  return process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET || undefined;
}

/**
 * The client's address. scripts/serve.ts (lib/security/edge.ts) has replaced X-Forwarded-For with the
 * one address it settled on, from the connection or from a trusted proxy; under `next dev` there is no
 * such edge and the header is taken as sent.
 */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim().slice(0, 64) || "unknown";
}

export const authOptions: NextAuthOptions = {
  // JWT sessions signed with the persistent secret, each naming a server-side session row (./sessions.ts).
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { login: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const headers = new Headers(
          Object.entries((req?.headers ?? {}) as Record<string, unknown>).map(([k, v]): [string, string] => [
            k,
            String(v),
          ]),
        );
        const https = isHttps(headers);
        const jar = await cookies();
        const cookieName = https ? SECURE_DEVICE_COOKIE : DEVICE_COOKIE;
        const outcome = await signInWithPassword(prisma, {
          login: String(credentials?.login ?? ""),
          password: String(credentials?.password ?? ""),
          ip: clientAddress(headers),
          deviceCookie: jar.get(cookieName)?.value,
          secret: authSecret(),
        });
        // next-auth hands the message of a thrown error to the login form, which shows it as it is.
        if (!outcome.ok) throw new Error(outcome.message);
        if (outcome.deviceCookie) {
          jar.set(cookieName, outcome.deviceCookie, {
            httpOnly: true,
            secure: https,
            sameSite: "strict",
            path: DEVICE_COOKIE_PATH,
            maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
          });
        }
        return outcome.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; sessionVersion?: number; sessionId?: string };
        token.uid = Number(signedIn.id);
        token.sv = signedIn.sessionVersion ?? 0;
        token.sid = signedIn.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as number, sv: token.sv as number, sid: token.sid as string | undefined };
    },
    // Only paths of this site, normalised (./redirect.ts); an absolute URL of this origin becomes its path.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return baseUrl + safeCallbackPath(path, "/");
    },
  },
  events: {
    // Sign-out ends the session on the server, not only in this browser.
    async signOut({ token }) {
      const sid = (token as { sid?: unknown } | null)?.sid;
      if (typeof sid === "string") await revokeSession(prisma, sid);
    },
  },
};
