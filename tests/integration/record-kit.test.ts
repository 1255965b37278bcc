import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { ConflictError, DomainValidationError, ForbiddenError, LockedError, NotFoundError } from "@/lib/errors";
import { normativeDocuments, repealNormativeDocument } from "@/lib/proactive/documents";
import { applications } from "@/lib/applications/operations";
import { parseRecordId } from "@/lib/records/loaders";
import type { NormativeDocumentInput } from "@/lib/proactive/schemas";

/**
 * The record kit (lib/records/kind.ts), once, through one kind (normative documents) and the kind
 * whose definition uses every hook (applications). What every kind gets from it: authorization,
 * the department check, the year lock, optimistic versions, unique keys as field messages, audit.
 */
const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
let seq = 0;
const doc = (extra: Partial<NormativeDocumentInput> = {}): NormativeDocumentInput => ({
  kind: "NORMATIVE",
  departmentId: t.office.id,
  docNumber: `测政〔2030〕${++seq}号`,
  title: "关于试行的通知",
  issuedOn: "2030-03-01",
  ...extra,
});

beforeAll(async () => {
  t = await makeAgency(db);
});
afterAll(() => db.$disconnect());

describe("the record kit", () => {
  it("creates with the audit row in the same transaction, and reads back what it wrote", async () => {
    const created = await normativeDocuments.create(db, t.officeOfficer.actor, doc({ title: "甲" }));
    expect(created).toMatchObject({
      title: "甲",
      version: 1,
      agencyId: t.agency.id,
      createdById: t.officeOfficer.user.id,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "NormativeDocument", entityId: String(created.id), action: "create" },
    });
    expect(audit.after).toMatchObject({ title: "甲", issuedOn: "2030-03-01" });
    expect(audit.after).not.toHaveProperty("department");
  });

  it("turns a duplicate unique key into a message at the field, also when two saves race", async () => {
    const first = doc();
    await normativeDocuments.create(db, t.officeOfficer.actor, first);
    const refused = await normativeDocuments.create(db, t.officeOfficer.actor, { ...first }).catch((e) => e);
    expect(refused).toBeInstanceOf(DomainValidationError);
    expect(refused.fieldErrors).toEqual({ docNumber: ["该文号已登记，同一文件请勿重复登记。"] });

    const racing = doc();
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => normativeDocuments.create(db, t.officeOfficer.actor, { ...racing })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(DomainValidationError);
    }
    expect(await db.normativeDocument.count({ where: { agencyId: t.agency.id, docNumber: racing.docNumber } })).toBe(1);
  });

  it("refuses a save or delete based on a stale version, changing nothing", async () => {
    const created = await normativeDocuments.create(db, t.officeOfficer.actor, doc());
    const edited = await normativeDocuments.update(db, t.head.actor, created, { ...doc(), title: "新标题" });
    expect(edited.version).toBe(created.version + 1);
    await expect(
      normativeDocuments.update(db, t.officeOfficer.actor, created, { ...doc(), title: "旧版本上的修改" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(normativeDocuments.delete(db, t.officeOfficer.actor, created)).rejects.toBeInstanceOf(ConflictError);
    expect((await normativeDocuments.get(db, t.head.actor, created.id)).title).toBe("新标题");
  });

  it("refuses an inactive department at its field, for every kind (applications included)", async () => {
    const closed = await db.department.create({ data: { agencyId: t.agency.id, name: "已撤销科室", active: false } });
    const refused = await normativeDocuments.create(db, t.head.actor, doc({ departmentId: closed.id })).catch((e) => e);
    expect(refused.fieldErrors).toEqual({ departmentId: ["请选择本机关在用的科室。"] });
    const application = await applications
      .create(
        db,
        t.head.actor,
        {
          departmentId: closed.id,
          channel: "IN_PERSON",
          submittedOn: null,
          receivedOn: "2030-03-01",
          applicantType: "NATURAL_PERSON",
          applicantName: "李四",
          applicantContact: "",
          requestText: "x",
        },
        "2030-03-05",
      )
      .catch((e) => e);
    expect(application).toBeInstanceOf(DomainValidationError);
    expect(application.fieldErrors.departmentId).toEqual(["请选择本机关在用的科室。"]);
  });

  it("authorizes inside: another department's record is refused, another agency's is not found", async () => {
    const theirs = await normativeDocuments.create(db, t.farmingOfficer.actor, doc({ departmentId: t.farming.id }));
    await expect(normativeDocuments.get(db, t.officeOfficer.actor, theirs.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      normativeDocuments.list(db, t.officeOfficer.actor, { departmentId: String(t.farming.id) }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const other = await makeAgency(db);
    await expect(normativeDocuments.get(db, other.head.actor, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps a locked year's records as they are, through create, update, change and delete", async () => {
    const before = await normativeDocuments.create(db, t.officeOfficer.actor, doc({ issuedOn: "2031-05-01" }));
    await db.annualReport.create({
      data: { agencyId: t.agency.id, year: 2031, vintage: "V2021", status: "SUBMITTED" },
    });
    await expect(
      normativeDocuments.create(db, t.officeOfficer.actor, doc({ issuedOn: "2031-06-01" })),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(normativeDocuments.update(db, t.officeOfficer.actor, before, doc())).rejects.toBeInstanceOf(
      LockedError,
    );
    await expect(repealNormativeDocument(db, t.officeOfficer.actor, before, "2031-12-01")).rejects.toBeInstanceOf(
      LockedError,
    );
    await expect(normativeDocuments.delete(db, t.officeOfficer.actor, before)).rejects.toBeInstanceOf(LockedError);
    expect((await normativeDocuments.get(db, t.head.actor, before.id)).version).toBe(before.version);
  });

  it("runs a kind's own change with its refusals at the field, versioned and audited with its note", async () => {
    const created = await normativeDocuments.create(db, t.officeOfficer.actor, doc({ issuedOn: "2030-04-01" }));
    const refused = await repealNormativeDocument(db, t.officeOfficer.actor, created, "2030-03-01").catch((e) => e);
    expect(refused.fieldErrors).toEqual({ repealedOn: ["废止日期不能早于印发日期（2030-04-01）。"] });
    const repealed = await repealNormativeDocument(db, t.officeOfficer.actor, created, "2030-09-30");
    expect(repealed.version).toBe(created.version + 1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "NormativeDocument", entityId: String(created.id), action: "update" },
    });
    expect(audit.note).toBe("废止");
  });

  it("reads record ids from URLs as positive 32-bit integers only", () => {
    expect(parseRecordId("42")).toBe(42);
    for (const raw of ["0", "-1", "2147483648", "99999999999", "1e3", "abc", "", "4.5"]) {
      expect(() => parseRecordId(raw), raw).toThrow(NotFoundError);
    }
  });
});
