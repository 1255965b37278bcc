import { describe, expect, it } from "vitest";
import { can, authorize, ForbiddenError, visibleDepartment, type Actor } from "./permissions";

const officer: Actor = { userId: 1, agencyId: 10, role: "OFFICER", departmentId: 100, inDisclosureOffice: false };
const officeOfficer: Actor = { ...officer, userId: 4, departmentId: 101, inDisclosureOffice: true };
const head: Actor = { userId: 2, agencyId: 10, role: "HEAD", departmentId: null, inDisclosureOffice: false };
const admin: Actor = { userId: 3, agencyId: 10, role: "ADMIN", departmentId: null, inDisclosureOffice: false };

describe("permissions", () => {
  it("lets an officer work on their own department's records only", () => {
    expect(can(officer, "record.update", { agencyId: 10, departmentId: 100 })).toBe(true);
    expect(can(officer, "record.read", { agencyId: 10, departmentId: 999 })).toBe(false);
    expect(can(officer, "record.read", { agencyId: 10 })).toBe(false);
  });

  it("never allows anything across agencies", () => {
    expect(can(head, "record.read", { agencyId: 11, departmentId: 100 })).toBe(false);
    expect(can(admin, "user.manage", { agencyId: 11 })).toBe(false);
  });

  it("gives the head the whole agency and the report workflow", () => {
    expect(can(head, "record.delete", { agencyId: 10, departmentId: 555 })).toBe(true);
    expect(can(head, "report.publish", { agencyId: 10 })).toBe(true);
    expect(can(officeOfficer, "report.submit", { agencyId: 10 })).toBe(true);
    expect(can(officeOfficer, "report.publish", { agencyId: 10 })).toBe(false);
    expect(can(officer, "report.submit", { agencyId: 10 })).toBe(false);
  });

  it("keeps administration with the admin", () => {
    expect(can(admin, "user.manage", { agencyId: 10 })).toBe(true);
    expect(can(head, "user.manage", { agencyId: 10 })).toBe(false);
    expect(can(officer, "department.manage", { agencyId: 10 })).toBe(false);
    expect(can(admin, "record.read", { agencyId: 10, departmentId: 100 })).toBe(false);
  });

  it("gives online intake and the 公开指南 to the disclosure office and the head only", () => {
    for (const action of ["online.intake", "guide.publish"] as const) {
      expect(can(officeOfficer, action, { agencyId: 10 })).toBe(true);
      expect(can(head, action, { agencyId: 10 })).toBe(true);
      expect(can(officer, action, { agencyId: 10 })).toBe(false);
      expect(can(admin, action, { agencyId: 10 })).toBe(false);
      expect(can(head, action, { agencyId: 11 })).toBe(false);
    }
  });

  it("throws a ForbiddenError with a Chinese message", () => {
    expect(() => authorize(officer, "user.manage", { agencyId: 10 })).toThrow(ForbiddenError);
    expect(() => authorize(officer, "user.manage", { agencyId: 10 })).toThrow("权限");
  });

  it("scopes list queries", () => {
    expect(visibleDepartment(officer)).toBe(100);
    expect(visibleDepartment(head)).toBeNull();
    expect(visibleDepartment(admin)).toBe("none");
  });
});
