import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { prisma } from "@/lib/db";
import { authOptions } from "./options";
import type { Actor, Role } from "./permissions";
import { toActor } from "./session-actor";

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
  /** The membership the user is acting in (chosen agency, else the first). */
  current: Membership | null;
  actor: Actor | null;
};

export const AGENCY_COOKIE = "agency";

/**
 * The signed-in user, re-read from the database on every request: a deactivated user or
 * one whose password was reset loses access at once, whatever their session cookie says.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: number; sv?: number } | null;
  if (!session?.uid) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.uid },
    include: {
      memberships: { include: { agency: true, department: true }, orderBy: { id: "asc" } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== (session.sv ?? 0)) return null;

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
    current,
    actor: current ? toActor(user.id, current) : null,
  };
});

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: the acting user inside an agency; a user with no role anywhere is refused. */
export async function requireActor(): Promise<{ user: SessionUser; actor: Actor; membership: Membership }> {
  const user = await requireUser();
  // A user with no role in any agency: the 403 page says so (inside the site chrome).
  if (!user.actor || !user.current) forbidden();
  return { user, actor: user.actor, membership: user.current };
}
