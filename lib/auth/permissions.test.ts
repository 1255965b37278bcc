import { describe, expect, it } from "vitest";
import { can, authorize, ForbiddenError, visibleDepartment, type Actor } from "./permissions";

const officer: Actor = { userId: 1, agencyId: 10, role: "OFFICER", departmentId: 100, inDisclosureOffice: false };
const officeOfficer: Actor = { ...officer, userId: 4, departmentId: 101, inDisclosureOffice: true };
const head: Actor = { userId: 2, agencyId: 10, role: "HEAD", departmentId: null, inDisclosureOffice: false };
const admin: Actor = { userId: 3, agencyId: 10, role: "ADMIN", departmentId: null, inDisclosureOffice: false };
/** The county (agency 1) over townships 10 and 11; agency 20 is under another county. */
const county: Actor = { userId: 5, agencyId: 1, role: "COUNTY", departmentId: null, inDisclosureOffice: false };

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

  it("lets the county read the agencies under it, and nothing else of theirs", () => {
    expect(can(county, "oversight.overview", { agencyId: 1 })).toBe(true);
    expect(can(county, "oversight.agency.read", { agencyId: 10, parentAgencyId: 1 })).toBe(true);
    expect(can(county, "oversight.agency.read", { agencyId: 20, parentAgencyId: 2 })).toBe(false);
    expect(can(county, "oversight.agency.read", { agencyId: 20 })).toBe(false);
    expect(can(county, "oversight.agency.read", { agencyId: 1, parentAgencyId: 1 })).toBe(false);
    // Not one record, not one applicant, not one step of a township's workflow.
    for (const action of [
      "record.read",
      "applicant.personal.read",
      "report.read",
      "report.edit",
      "user.manage",
    ] as const) {
      expect(can(county, action, { agencyId: 10, parentAgencyId: 1, departmentId: 100 })).toBe(false);
      expect(can(county, action, { agencyId: 1, departmentId: null })).toBe(false);
    }
    expect(visibleDepartment(county)).toBe("none");
  });

  it("gives no other role a look at another agency, even one under its own", () => {
    for (const actor of [officer, officeOfficer, head, admin]) {
      expect(can(actor, "oversight.agency.read", { agencyId: 11, parentAgencyId: 10 })).toBe(false);
      expect(can(actor, "oversight.overview", { agencyId: 10 })).toBe(false);
      expect(can(actor, "report.read", { agencyId: 11, parentAgencyId: 10 })).toBe(false);
    }
  });

  it("scopes list queries", () => {
    expect(visibleDepartment(officer)).toBe(100);
    expect(visibleDepartment(head)).toBeNull();
    expect(visibleDepartment(admin)).toBe("none");
  });
});
