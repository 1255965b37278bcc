import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { checkCredentials } from "./credentials";

/** A sign-in refusal whose Chinese message the login page shows as it is. */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = String(headers?.["x-forwarded-for"] ?? "")
    .split(",")[0]
    ?.trim();
  return forwarded || String(headers?.["x-real-ip"] ?? "") || "local";
}

export const authOptions: NextAuthOptions = {
  // JWT sessions signed with the persistent secret: they survive restarts of the app.
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { login: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await checkCredentials(prisma, {
          login: String(credentials?.login ?? ""),
          password: String(credentials?.password ?? ""),
          ip: clientAddress(req?.headers as Record<string, unknown> | undefined),
        });
        if (!result.ok) throw new Error(result.message);
        await writeAudit(prisma, {
          agencyId: null,
          userId: result.userId,
          action: "login",
          entityType: "User",
          entityId: result.userId,
        });
        return { id: String(result.userId), name: result.displayName, sessionVersion: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as number, sv: token.sv as number };
    },
  },
};
