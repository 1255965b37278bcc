import { randomUUID } from "node:crypto";
import { createPrismaClient, type Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Actor, Role } from "@/lib/auth/permissions";

/** One client for a test file; close it in afterAll. */
export function testDb(): Db {
  return createPrismaClient(process.env.DATABASE_URL);
}

/**
 * A new agency of its own for a test (unique slug), with two departments and one user per
 * role, so tests never depend on each other or on the demo data.
 */
export async function makeAgency(db: Db, opts: { password?: string } = {}) {
  const tag = randomUUID().slice(0, 8);
  const passwordHash = await hashPassword(opts.password ?? "secret123");
  const agency = await db.agency.create({
    data: { slug: `t-${tag}`, name: `测试镇${tag}人民政府`, level: "TOWNSHIP_GOVERNMENT" },
  });
  const office = await db.department.create({
    data: { agencyId: agency.id, name: "党政办公室", isDisclosureOffice: true },
  });
  const farming = await db.department.create({ data: { agencyId: agency.id, name: "农业农村办公室" } });

  async function user(role: Role, departmentId: number | null, login: string) {
    const created = await db.user.create({
      data: {
        login: `${login}-${tag}`,
        displayName: `${login}-${tag}`,
        passwordHash,
        memberships: { create: { agencyId: agency.id, role, departmentId } },
      },
    });
    const actor: Actor = {
      userId: created.id,
      agencyId: agency.id,
      role,
      departmentId: role === "OFFICER" ? departmentId : null,
      inDisclosureOffice: role === "OFFICER" && departmentId === office.id,
    };
    return { user: created, actor };
  }

  return {
    tag,
    agency,
    office,
    farming,
    officeOfficer: await user("OFFICER", office.id, "officer"),
    farmingOfficer: await user("OFFICER", farming.id, "farmer"),
    head: await user("HEAD", null, "head"),
    admin: await user("ADMIN", null, "admin"),
  };
}
