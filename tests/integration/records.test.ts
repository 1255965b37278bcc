import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import type { Actor } from "@/lib/auth/permissions";
import { ConflictError, ForbiddenError, LockedError } from "@/lib/errors";
import { submissions } from "@/lib/submissions/operations";
import type { SubmissionInput } from "@/lib/submissions/schemas";
import { reviewCases } from "@/lib/reviews/operations";
import { normativeDocuments, repealNormativeDocument } from "@/lib/proactive/documents";
import { decisionTallies, decisionTallySum } from "@/lib/proactive/tallies";
import { feeCollections, feeCollectionSum } from "@/lib/proactive/fees";
import { complianceBoard } from "@/lib/submissions/board";

const db = testDb();
type Agency = Awaited<ReturnType<typeof makeAgency>>;
type Ref = { id: number; version: number };

/**
 * One record type seen through its domain operations, so that every rule below is checked for
 * each of the five: create in a department and year, read, edit (optionally into another department
 * or year), delete, list, export.
 */
type RecordType = {
  name: string;
  entityType: string;
  create: (actor: Actor, departmentId: number, year: number) => Promise<Ref>;
  get: (actor: Actor, id: number) => Promise<Ref>;
  update: (actor: Actor, ref: Ref, departmentId: number, year: number) => Promise<Ref>;
  remove: (actor: Actor, ref: Ref) => Promise<void>;
  list: (actor: Actor, filter?: { departmentId?: number }) => Promise<{ rows: { id: number }[] }>;
  exportRows: (actor: Actor, filter?: { departmentId?: number }) => Promise<{ id: number }[]>;
};

let seq = 0;
const next = () => ++seq;

function recordTypes(t: Agency, refs: { categoryId: number; outletId: number }): RecordType[] {
  const submission = (departmentId: number, year: number): SubmissionInput => ({
    departmentId,
    categoryId: refs.categoryId,
    title: `信息${next()}`,
    summary: "",
    isoYear: year,
    isoWeek: 10,
    outletIds: [refs.outletId],
  });
  const review = (departmentId: number, year: number) => ({
    kind: "RECONSIDERATION" as const,
    departmentId,
    applicationId: null,
    caseNumber: `复${next()}`,
    filedOn: `${year}-03-01`,
    outcome: null,
    decidedOn: null,
    note: "",
  });
  const document = (departmentId: number, year: number) => ({
    kind: "NORMATIVE" as const,
    departmentId,
    docNumber: `柏政〔${year}〕${next()}号`,
    title: "规范性文件",
    issuedOn: `${year}-02-01`,
  });
  // Tallies may not repeat a (department, kind, year, month): give each its own month and kind.
  const tally = (departmentId: number, year: number) => {
    const n = next();
    return {
      kind: (["LICENSING", "PENALTY", "COERCION"] as const)[n % 3],
      departmentId,
      year,
      month: (Math.floor(n / 3) % 12) + 1,
      count: n,
      note: "",
    };
  };
  const fee = (departmentId: number, year: number) => ({
    departmentId,
    year,
    month: null,
    amount: `${next()}.05`,
    description: "",
  });
  return [
    {
      name: "submission",
      entityType: "InfoSubmission",
      create: (a, d, y) => submissions.create(db, a, submission(d, y)),
      get: (a, id) => submissions.get(db, a, id),
      update: (a, r, d, y) => submissions.update(db, a, r, submission(d, y)),
      remove: (a, r) => submissions.delete(db, a, r),
      list: (a, f) => submissions.list(db, a, f),
      exportRows: (a, f) => submissions.export(db, a, f),
    },
    {
      name: "review case",
      entityType: "ReviewCase",
      create: (a, d, y) => reviewCases.create(db, a, review(d, y)),
      get: (a, id) => reviewCases.get(db, a, id),
      update: (a, r, d, y) => reviewCases.update(db, a, r, review(d, y)),
      remove: (a, r) => reviewCases.delete(db, a, r),
      list: (a, f) => reviewCases.list(db, a, f),
      exportRows: (a, f) => reviewCases.export(db, a, f),
    },
    {
      name: "normative document",
      entityType: "NormativeDocument",
      create: (a, d, y) => normativeDocuments.create(db, a, document(d, y)),
      get: (a, id) => normativeDocuments.get(db, a, id),
      update: (a, r, d, y) => normativeDocuments.update(db, a, r, document(d, y)),
      remove: (a, r) => normativeDocuments.delete(db, a, r),
      list: (a, f) => normativeDocuments.list(db, a, f),
      exportRows: (a, f) => normativeDocuments.export(db, a, f),
    },
    {
      name: "decision tally",
      entityType: "DecisionTally",
      // Tallies and fees of a year to come are refused: these run on a day of the record's year.
      create: (a, d, y) => decisionTallies.create(db, a, tally(d, y), `${y}-12-31`),
      get: (a, id) => decisionTallies.get(db, a, id),
      update: (a, r, d, y) => decisionTallies.update(db, a, r, tally(d, y), `${y}-12-31`),
      remove: (a, r) => decisionTallies.delete(db, a, r),
      list: (a, f) => decisionTallies.list(db, a, f),
      exportRows: (a, f) => decisionTallies.export(db, a, f),
    },
    {
      name: "fee collection",
      entityType: "FeeCollection",
      create: (a, d, y) => feeCollections.create(db, a, fee(d, y), `${y}-12-31`),
      get: (a, id) => feeCollections.get(db, a, id),
      update: (a, r, d, y) => feeCollections.update(db, a, r, fee(d, y), `${y}-12-31`),
      remove: (a, r) => feeCollections.delete(db, a, r),
      list: (a, f) => feeCollections.list(db, a, f),
      exportRows: (a, f) => feeCollections.export(db, a, f),
    },
  ];
}

async function agencyWithLists() {
  const t = await makeAgency(db);
  const outlet = await db.outlet.create({ data: { agencyId: t.agency.id, name: "《测试日报》" } });
  const category = await db.submissionCategory.create({ data: { agencyId: t.agency.id, name: "公文" } });
  return { t, types: recordTypes(t, { categoryId: category.id, outletId: outlet.id }) };
}

/** A day in the year the single-type tests record for (tallies and fees of a year to come are refused). */
const IN_2030 = "2030-12-31";

let t: Agency;
let types: RecordType[];

beforeAll(async () => {
  ({ t, types } = await agencyWithLists());
});
afterAll(() => db.$disconnect());

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

const NAMES = ["submission", "review case", "normative document", "decision tally", "fee collection"];

describe.each(NAMES)("%s", (typeName) => {
  const index = NAMES.indexOf(typeName);
  const type = () => types[index];

  it("an officer cannot list, read, edit, delete or export another department's records", async () => {
    const { name } = type();
    const officer = t.officeOfficer.actor;
    const theirs = await type().create(t.farmingOfficer.actor, t.farming.id, 2030);
    const mine = await type().create(officer, t.office.id, 2030);

    await expect(type().create(officer, t.farming.id, 2030), name).rejects.toBeInstanceOf(ForbiddenError);
    await expect(type().get(officer, theirs.id), name).rejects.toBeInstanceOf(ForbiddenError);
    await expect(type().update(officer, theirs, t.farming.id, 2030), name).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      type().update(officer, mine, t.farming.id, 2030),
      `${name}: moving into another department`,
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(type().remove(officer, theirs), name).rejects.toBeInstanceOf(ForbiddenError);
    await expect(type().list(officer, { departmentId: t.farming.id }), name).rejects.toBeInstanceOf(ForbiddenError);
    await expect(type().exportRows(officer, { departmentId: t.farming.id }), name).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      type().exportRows(t.admin.actor),
      `${name}: the admin has no access to records`,
    ).rejects.toBeInstanceOf(ForbiddenError);

    for (const rows of [(await type().list(officer)).rows, await type().exportRows(officer)]) {
      expect(ids(rows), name).toContain(mine.id);
      expect(ids(rows), name).not.toContain(theirs.id);
    }
    expect((await type().get(t.farmingOfficer.actor, theirs.id)).version, `${name}: untouched`).toBe(theirs.version);
  });

  it("the head sees, exports and edits every department's records", async () => {
    const theirs = await type().create(t.farmingOfficer.actor, t.farming.id, 2030);
    expect(ids((await type().list(t.head.actor)).rows)).toContain(theirs.id);
    expect(ids(await type().exportRows(t.head.actor, { departmentId: t.farming.id }))).toContain(theirs.id);
    const edited = await type().update(t.head.actor, theirs, t.farming.id, 2030);
    expect(edited.version).toBe(theirs.version + 1);
  });

  it("refuses an edit or delete based on a stale version, and audits each change with before and after", async () => {
    const { name, entityType } = type();
    const record = await type().create(t.officeOfficer.actor, t.office.id, 2030);
    await type().update(t.officeOfficer.actor, record, t.office.id, 2030);
    await expect(type().update(t.head.actor, record, t.office.id, 2030), name).rejects.toBeInstanceOf(ConflictError);
    await expect(type().remove(t.head.actor, record), name).rejects.toBeInstanceOf(ConflictError);
    expect((await type().get(t.head.actor, record.id)).version).toBe(record.version + 1);

    const current = await type().get(t.head.actor, record.id);
    await type().remove(t.head.actor, current);
    const audit = await db.auditLog.findMany({
      where: { agencyId: t.agency.id, entityType, entityId: String(record.id) },
      orderBy: { id: "asc" },
    });
    expect(
      audit.map((a) => a.action),
      name,
    ).toEqual(["create", "update", "delete"]);
    expect(audit[1].before, name).not.toBeNull();
    expect(audit[1].after, name).not.toBeNull();
    expect(audit[1].before, name).not.toEqual(audit[1].after);
    expect(audit[2].before, name).not.toBeNull();
  });

  it("refuses records of a year whose report was submitted: create, edit, move into it, delete", async () => {
    const { name } = type();
    const { t: locked, types: lockedTypes } = await agencyWithLists();
    const lockedType = lockedTypes[index];
    const officer = locked.officeOfficer.actor;
    const inLockedYear = await lockedType.create(officer, locked.office.id, 2031);
    const inOpenYear = await lockedType.create(officer, locked.office.id, 2032);
    await db.annualReport.create({
      data: { agencyId: locked.agency.id, year: 2031, vintage: "V2021", status: "SUBMITTED" },
    });

    await expect(lockedType.create(officer, locked.office.id, 2031), name).rejects.toBeInstanceOf(LockedError);
    await expect(lockedType.update(officer, inLockedYear, locked.office.id, 2031), name).rejects.toBeInstanceOf(
      LockedError,
    );
    await expect(
      lockedType.update(officer, inLockedYear, locked.office.id, 2032),
      `${name}: moving out`,
    ).rejects.toBeInstanceOf(LockedError);
    await expect(
      lockedType.update(officer, inOpenYear, locked.office.id, 2031),
      `${name}: moving in`,
    ).rejects.toBeInstanceOf(LockedError);
    await expect(lockedType.remove(officer, inLockedYear), name).rejects.toBeInstanceOf(LockedError);
    // Other years stay open.
    expect((await lockedType.update(officer, inOpenYear, locked.office.id, 2032)).version).toBe(inOpenYear.version + 1);

    // Returning the report to draft reopens the year.
    await db.annualReport.update({
      where: { agencyId_year: { agencyId: locked.agency.id, year: 2031 } },
      data: { status: "DRAFT" },
    });
    await lockedType.remove(officer, inLockedYear);
  });
});

describe("rules of single record types", () => {
  it("a review case decided in a locked year is refused even when it was filed in an open one", async () => {
    const { t: a } = await agencyWithLists();
    const officer = a.officeOfficer.actor;
    const open = {
      kind: "LITIGATION_DIRECT" as const,
      departmentId: a.office.id,
      applicationId: null,
      caseNumber: "",
      filedOn: "2030-11-01",
      outcome: null,
      decidedOn: null,
      note: "",
    };
    const record = await reviewCases.create(db, officer, open);
    await db.annualReport.create({ data: { agencyId: a.agency.id, year: 2031, vintage: "V2021", status: "APPROVED" } });
    await expect(
      reviewCases.update(db, officer, record, {
        ...open,
        outcome: "UPHELD",
        decidedOn: "2031-02-01",
      }),
    ).rejects.toBeInstanceOf(LockedError);
    const decided = await reviewCases.update(db, officer, record, {
      ...open,
      outcome: "UPHELD",
      decidedOn: "2030-12-31",
    });
    expect(decided.outcome).toBe("UPHELD");
  });

  it("a review case refers only to an application of its own agency", async () => {
    const other = await makeAgency(db);
    const application = await db.disclosureApplication.create({
      data: {
        agencyId: other.agency.id,
        departmentId: other.office.id,
        regNo: "2030-0001",
        channel: "IN_PERSON",
        receivedOn: new Date("2030-01-05"),
        applicantType: "NATURAL_PERSON",
        applicantName: "张三",
        requestText: "…",
      },
    });
    const input = {
      kind: "RECONSIDERATION" as const,
      departmentId: t.office.id,
      applicationId: application.id,
      caseNumber: "",
      filedOn: "2030-03-01",
      outcome: null,
      decidedOn: null,
      note: "",
    };
    await expect(reviewCases.create(db, t.officeOfficer.actor, input)).rejects.toMatchObject({
      fieldErrors: { applicationId: ["请选择本机关登记的申请。"] },
    });
  });

  it("repealing a normative document is an audited edit; a repeal in a locked year is refused", async () => {
    const { t: a } = await agencyWithLists();
    const officer = a.officeOfficer.actor;
    const doc = await normativeDocuments.create(db, officer, {
      kind: "NORMATIVE",
      departmentId: a.office.id,
      docNumber: "柏政〔2030〕1号",
      title: "规范性文件",
      issuedOn: "2030-01-10",
    });
    await expect(repealNormativeDocument(db, officer, doc, "2029-12-31")).rejects.toMatchObject({
      fieldErrors: { repealedOn: ["废止日期不能早于印发日期（2030-01-10）。"] },
    });
    const repealed = await repealNormativeDocument(db, officer, doc, "2030-06-30");
    expect(repealed.repealedOn?.toISOString().slice(0, 10)).toBe("2030-06-30");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "NormativeDocument", entityId: String(doc.id), action: "update" },
    });
    expect(audit).toMatchObject({ note: "废止", before: { repealedOn: null }, after: { repealedOn: "2030-06-30" } });

    await db.annualReport.create({
      data: { agencyId: a.agency.id, year: 2031, vintage: "V2021", status: "PUBLISHED" },
    });
    await expect(
      repealNormativeDocument(db, officer, { id: doc.id, version: repealed.version }, "2031-01-05"),
    ).rejects.toBeInstanceOf(LockedError);
  });

  it("a department's decisions of one kind are tallied once per month, or once for the whole year", async () => {
    const { t: a } = await agencyWithLists();
    const officer = a.officeOfficer.actor;
    const tally = { kind: "LICENSING" as const, departmentId: a.office.id, year: 2030, month: 3, count: 4, note: "" };
    await decisionTallies.create(db, officer, tally, IN_2030);
    await expect(decisionTallies.create(db, officer, tally, IN_2030)).rejects.toMatchObject({
      fieldErrors: { month: [expect.stringContaining("2030年3月")] },
    });
    await expect(decisionTallies.create(db, officer, { ...tally, month: null }, IN_2030)).rejects.toMatchObject({
      fieldErrors: { month: [expect.stringContaining("不能既按月又按全年")] },
    });
    await decisionTallies.create(db, officer, { ...tally, month: 4 }, IN_2030);
    await decisionTallies.create(
      db,
      a.farmingOfficer.actor,
      {
        ...tally,
        departmentId: a.farming.id,
        month: null,
      },
      IN_2030,
    );
    expect(await decisionTallySum(db, a.head.actor, { year: "2030" })).toBe(12);
  });

  it("fee amounts are kept to the fen and summed exactly", async () => {
    const { t: a } = await agencyWithLists();
    const officer = a.officeOfficer.actor;
    for (const amount of ["0.10", "0.20", "1234.56"]) {
      await feeCollections.create(
        db,
        officer,
        {
          departmentId: a.office.id,
          year: 2030,
          month: 1,
          amount,
          description: "",
        },
        IN_2030,
      );
    }
    const page = await feeCollections.list(db, officer, { year: 2030 });
    expect(await feeCollectionSum(db, officer, { year: "2030" })).toBe("1234.86");
    expect(page.rows.map((r) => r.amount.toString()).sort()).toEqual(["0.1", "0.2", "1234.56"]);
  });

  it("the compliance board counts per department and week in SQL, and an officer sees only their department", async () => {
    const { t: a, types: ts } = await agencyWithLists();
    const [submissionType] = ts;
    await submissionType.create(a.officeOfficer.actor, a.office.id, 2030);
    await submissionType.create(a.officeOfficer.actor, a.office.id, 2030);
    await submissionType.create(a.farmingOfficer.actor, a.farming.id, 2030);
    const board = await complianceBoard(db, a.head.actor, 2030, { year: 2031, week: 5 });
    expect(board.rows.map((r) => [r.name, r.submitted, r.missingWeeks.length])).toEqual([
      ["党政办公室", 2, 51],
      ["农业农村办公室", 1, 51],
    ]);
    expect(board.rows[0].cells[9]).toMatchObject({ week: 10, submitted: 2, state: "met" });
    expect(board.outlets).toEqual([expect.objectContaining({ name: "《测试日报》", submitted: 3, adopted: 0 })]);
    const own = await complianceBoard(db, a.officeOfficer.actor, 2030, { year: 2031, week: 5 });
    expect(own.rows.map((r) => r.name)).toEqual(["党政办公室"]);
    expect(own.submitted).toBe(2);
  });
});
