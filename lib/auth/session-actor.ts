import type { Actor, Role } from "./permissions";

/** The acting user inside one agency, from their membership there. */
export function toActor(
  userId: number,
  m: { agencyId: number; role: Role; departmentId: number | null; inDisclosureOffice: boolean },
): Actor {
  return {
    userId,
    agencyId: m.agencyId,
    role: m.role,
    departmentId: m.role === "OFFICER" ? m.departmentId : null,
    inDisclosureOffice: m.role === "OFFICER" && m.inDisclosureOffice,
  };
}
