import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { ForbiddenError, NotFoundError, ConflictError } from "@/lib/errors";
import { submissions } from "@/lib/submissions/operations";
import type { SubmissionInput } from "@/lib/submissions/schemas";

const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
let input: (departmentId: number) => SubmissionInput;

beforeAll(async () => {
  t = await makeAgency(db);
  const outlet = await db.outlet.create({ data: { agencyId: t.agency.id, name: "《测试日报》" } });
  const category = await db.submissionCategory.create({ data: { agencyId: t.agency.id, name: "公文" } });
  input = (departmentId) => ({
    departmentId,
    categoryId: category.id,
    title: "测试信息",
    summary: "",
    isoYear: 2024,
    isoWeek: 10,
    outletIds: [outlet.id],
  });
});
afterAll(() => db.$disconnect());

describe("an officer and another department's records (through the domain layer)", () => {
  it("cannot create in another department", async () => {
    await expect(submissions.create(db, t.officeOfficer.actor, input(t.farming.id))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("cannot read, list, edit or delete another department's record", async () => {
    const theirs = await submissions.create(db, t.farmingOfficer.actor, input(t.farming.id));
    const mine = await submissions.create(db, t.officeOfficer.actor, input(t.office.id));

    await expect(submissions.get(db, t.officeOfficer.actor, theirs.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submissions.update(db, t.officeOfficer.actor, theirs, input(t.farming.id))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(submissions.delete(db, t.officeOfficer.actor, theirs)).rejects.toBeInstanceOf(ForbiddenError);
    // Moving one's own record into another department is also a change to that department.
    await expect(submissions.update(db, t.officeOfficer.actor, mine, input(t.farming.id))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(submissions.list(db, t.officeOfficer.actor, { departmentId: t.farming.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );

    const listed = await submissions.list(db, t.officeOfficer.actor);
    expect(listed.rows.map((r) => r.id)).toContain(mine.id);
    expect(listed.rows.map((r) => r.id)).not.toContain(theirs.id);

    const unchanged = await db.infoSubmission.findUniqueOrThrow({ where: { id: theirs.id } });
    expect(unchanged.version).toBe(theirs.version);
  });

  it("lets the head see and edit every department's records", async () => {
    const theirs = await submissions.create(db, t.farmingOfficer.actor, input(t.farming.id));
    const listed = await submissions.list(db, t.head.actor);
    expect(listed.rows.map((r) => r.id)).toContain(theirs.id);
    const edited = await submissions.update(db, t.head.actor, theirs, {
      ...input(t.farming.id),
      title: "负责人修改",
    });
    expect(edited.title).toBe("负责人修改");
    expect(edited.version).toBe(theirs.version + 1);
  });

  it("gives the admin no access to records", async () => {
    await expect(submissions.list(db, t.admin.actor)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("never reaches into another agency", async () => {
    const other = await makeAgency(db);
    const record = await submissions.create(db, t.officeOfficer.actor, input(t.office.id));
    await expect(submissions.get(db, other.head.actor, record.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a save based on a stale version and audits every change", async () => {
    const record = await submissions.create(db, t.officeOfficer.actor, input(t.office.id));
    await submissions.update(db, t.officeOfficer.actor, record, {
      ...input(t.office.id),
      title: "第一次修改",
    });
    await expect(
      submissions.update(db, t.head.actor, record, {
        ...input(t.office.id),
        title: "基于旧版本的修改",
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await db.infoSubmission.findUniqueOrThrow({ where: { id: record.id } })).title).toBe("第一次修改");

    const audit = await db.auditLog.findMany({
      where: { entityType: "InfoSubmission", entityId: String(record.id) },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect((audit[1].before as { title: string }).title).toBe("测试信息");
    expect((audit[1].after as { title: string }).title).toBe("第一次修改");
  });
});
