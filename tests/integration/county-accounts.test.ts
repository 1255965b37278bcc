import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/admin/users";
import { can } from "@/lib/auth/permissions";
import { DomainValidationError } from "@/lib/errors";
import { makeAgency, testDb } from "./fixtures";

/** A county's admin gives its supervisors the 督查 role; an agency with nobody under it cannot. */
const db = testDb();
let county: Awaited<ReturnType<typeof makeAgency>>;
let township: Awaited<ReturnType<typeof makeAgency>>;
beforeAll(async () => {
  [county, township] = await Promise.all([makeAgency(db), makeAgency(db)]);
  await db.agency.update({ where: { id: township.agency.id }, data: { parentId: county.agency.id } });
});
afterAll(() => db.$disconnect());

const input = (login: string) =>
  ({ login, displayName: "督查员", role: "COUNTY", departmentId: undefined, password: "county-pass-123" }) as const;

describe("督查 accounts", () => {
  it("are created by the admin of an agency with agencies under it, and read one level down", async () => {
    const user = await createUser(db, county.admin.actor, input(`county-${county.tag}`));
    const membership = await db.membership.findFirstOrThrow({ where: { userId: user.id } });
    expect(membership).toMatchObject({ agencyId: county.agency.id, role: "COUNTY", departmentId: null });
    const actor = {
      userId: user.id,
      agencyId: county.agency.id,
      role: "COUNTY" as const,
      departmentId: null,
      inDisclosureOffice: false,
    };
    const under = { agencyId: township.agency.id, parentAgencyId: county.agency.id };
    expect(can(actor, "oversight.agency.read", under)).toBe(true);
    expect(can(actor, "record.read", { agencyId: township.agency.id, departmentId: township.office.id })).toBe(false);
  });

  it("are refused, at the role field, where there is nobody to supervise", async () => {
    const attempt = createUser(db, township.admin.actor, input(`nocounty-${township.tag}`));
    await expect(attempt).rejects.toBeInstanceOf(DomainValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { role: ["本机关没有下级机关，不能设置督查账号。"] } });
    expect(await db.user.count({ where: { login: `nocounty-${township.tag}` } })).toBe(0);
  });
});
