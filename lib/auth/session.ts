import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { prisma } from "@/lib/db";
import { authOptions } from "./options";
import type { Actor, Role } from "./permissions";
import { toActor } from "./session-actor";
import { sessionIsLive } from "./sessions";

export { toActor };

export type Membership = {
  agencyId: number;
  agencySlug: string;
  agencyName: string;
  role: Role;
  departmentId: number | null;
  departmentName: string | null;
  inDisclosureOffice: boolean;
};

export type SessionUser = {
  id: number;
  login: string;
  displayName: string;
  memberships: Membership[];
  /** An admin reset the password: nothing but setting a new one until then (app/login/new-password). */
  mustChangePassword: boolean;
  passwordResetAt: Date | null;
  /** The membership the user is acting in (chosen agency, else the first). */
  current: Membership | null;
  actor: Actor | null;
};

export const AGENCY_COOKIE = "agency";

/** Where a user whose password an admin reset is sent until they set a new one. */
export const NEW_PASSWORD_PATH = "/login/new-password";

/**
 * The signed-in user, re-read from the database on every request: a signed-out session, a deactivated
 * user or one whose password was changed or reset loses access at once, whatever their cookie says.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: number; sv?: number; sid?: string } | null;
  if (!session?.uid || !session.sid) return null;
  const row = await prisma.userSession.findUnique({
    where: { id: session.sid },
    include: {
      user: { include: { memberships: { include: { agency: true, department: true }, orderBy: { id: "asc" } } } },
    },
  });
  if (!sessionIsLive(row) || row.userId !== session.uid) return null;
  const user = row.user;
  if (!user.active || user.sessionVersion !== (session.sv ?? 0)) return null;

  const memberships: Membership[] = user.memberships.map((m) => ({
    agencyId: m.agencyId,
    agencySlug: m.agency.slug,
    agencyName: m.agency.name,
    role: m.role,
    departmentId: m.departmentId,
    departmentName: m.department?.name ?? null,
    inDisclosureOffice: m.department?.isDisclosureOffice ?? false,
  }));
  const chosen = (await cookies()).get(AGENCY_COOKIE)?.value;
  const current = memberships.find((m) => m.agencySlug === chosen) ?? memberships[0] ?? null;
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    memberships,
    mustChangePassword: user.mustChangePassword,
    passwordResetAt: user.passwordResetAt,
    current,
    actor: current ? toActor(user.id, current) : null,
  };
});

/** For pages: the signed-in user, or a redirect to the login page (or to setting a new password). */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword) redirect(NEW_PASSWORD_PATH);
  return user;
}

/** For pages: the acting user inside an agency; a user with no role anywhere is refused. */
export async function requireActor(): Promise<{ user: SessionUser; actor: Actor; membership: Membership }> {
  const user = await requireUser();
  // A user with no role in any agency: the 403 page says so (inside the site chrome).
  if (!user.actor || !user.current) forbidden();
  return { user, actor: user.actor, membership: user.current };
}
