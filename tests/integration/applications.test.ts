import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { ConflictError, ForbiddenError, LockedError, NotFoundError } from "@/lib/errors";
import { createWorkingCalendar } from "@/lib/calendar/working-days";
import { toIsoDate } from "@/lib/calendar/dates";
import { createApplication, deleteApplication, getApplication, updateApplication } from "@/lib/applications/operations";
import { addApplicationEvent, deleteApplicationEvent } from "@/lib/applications/timeline";
import { applicationListQuery, exportApplications, listApplications } from "@/lib/applications/queries";
import { parseListQuery } from "@/lib/records/list";
import { applicationDashboard } from "@/lib/applications/dashboard";
import { applicationExportColumns } from "@/lib/applications/export-columns";
import { searchGrams } from "@/lib/applications/search";
import { deleteCalendarOverride, saveCalendarOverride } from "@/lib/admin/calendar";
import type { ApplicationInput, EventInput } from "@/lib/applications/schema";
import { loadReport } from "@/lib/annual-report/service";
import { EXPORTS } from "@/lib/annual-report/exports";
import { renderExport } from "@/lib/annual-report/render-export";
import { compileReportTables } from "@/lib/annual-report/compile";

const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
const TODAY = "2024-04-30";
const ctx = { today: TODAY, calendar: createWorkingCalendar() };
const query = (params: Record<string, string> = {}) => parseListQuery(params, applicationListQuery);

const input = (departmentId: number, extra: Partial<ApplicationInput> = {}): ApplicationInput => ({
  departmentId,
  channel: "REGISTERED_MAIL",
  submittedOn: "2024-02-28",
  receivedOn: "2024-03-01",
  applicantType: "NATURAL_PERSON",
  applicantName: "张三",
  applicantContact: "13800000000",
  requestText: "申请公开本镇2023年农村低保资金发放情况",
  ...extra,
});

const event = (applicationId: number, version: number, extra: Partial<EventInput>): EventInput => ({
  applicationId,
  version,
  kind: "CORRECTION_REQUESTED",
  occurredOn: "2024-03-05",
  untilOn: "",
  amount: "",
  outcome: "",
  note: "",
  ...extra,
});

beforeAll(async () => {
  t = await makeAgency(db);
});
afterAll(() => db.$disconnect());

describe("an officer and another department's applications", () => {
  it("cannot list, read, edit, record on, delete or export them", async () => {
    const theirs = await createApplication(db, t.farmingOfficer.actor, input(t.farming.id), TODAY);
    const mine = await createApplication(db, t.officeOfficer.actor, input(t.office.id), TODAY);
    const officer = t.officeOfficer.actor;

    await expect(createApplication(db, officer, input(t.farming.id), TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getApplication(db, officer, theirs.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateApplication(db, officer, { ...input(t.farming.id), id: theirs.id, version: theirs.version }, TODAY),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addApplicationEvent(db, officer, event(theirs.id, theirs.version, {}), TODAY)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteApplication(db, officer, theirs.id, theirs.version, TODAY)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // Moving one's own application into another department is a change to that department too.
    await expect(
      updateApplication(db, officer, { ...input(t.farming.id), id: mine.id, version: mine.version }, TODAY),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      listApplications(db, officer, query({ departmentId: String(t.farming.id) }), ctx),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      exportApplications(db, officer, query({ departmentId: String(t.farming.id) }), ctx),
    ).rejects.toBeInstanceOf(ForbiddenError);

    const listed = await listApplications(db, officer, query(), ctx);
    expect(listed.rows.map((r) => r.id)).toEqual([mine.id]);
    const exported = await exportApplications(db, officer, query(), ctx);
    expect(exported.rows.map((r) => r.id)).toEqual([mine.id]);
    // Searching by the other department's applicant finds nothing either.
    expect((await listApplications(db, officer, query({ q: "张三" }), ctx)).rows.map((r) => r.id)).toEqual([mine.id]);

    const head = await listApplications(db, t.head.actor, query(), ctx);
    expect(head.rows.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(listApplications(db, t.admin.actor, query(), ctx)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.disclosureApplication.findUniqueOrThrow({ where: { id: theirs.id } })).version).toBe(
      theirs.version,
    );
  });

  it("never reaches into another agency", async () => {
    const other = await makeAgency(db);
    const record = await createApplication(db, t.officeOfficer.actor, input(t.office.id), TODAY);
    await expect(getApplication(db, other.head.actor, record.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("editing", () => {
  it("refuses a save based on a stale version, and audits before/after", async () => {
    const record = await createApplication(db, t.officeOfficer.actor, input(t.office.id), TODAY);
    await updateApplication(
      db,
      t.officeOfficer.actor,
      { ...input(t.office.id, { requestText: "第一次修改" }), id: record.id, version: record.version },
      TODAY,
    );
    await expect(
      updateApplication(
        db,
        t.head.actor,
        { ...input(t.office.id, { requestText: "基于旧版本" }), id: record.id, version: record.version },
        TODAY,
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      addApplicationEvent(db, t.head.actor, event(record.id, record.version, {}), TODAY),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await db.disclosureApplication.findUniqueOrThrow({ where: { id: record.id } })).requestText).toBe(
      "第一次修改",
    );
    expect(await db.applicationEvent.count({ where: { applicationId: record.id } })).toBe(0);

    const audit = await db.auditLog.findMany({
      where: { entityType: "DisclosureApplication", entityId: String(record.id) },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[0].after).not.toHaveProperty("searchGrams"); // pieces of the applicant's name, index only
    expect((audit[1].before as { requestText: string }).requestText).toBe(input(t.office.id).requestText);
    expect((audit[1].after as { requestText: string }).requestText).toBe("第一次修改");
  });

  it("keeps dueOn current through the timeline: 补正, the restart, the reply with its outcome", async () => {
    const officer = t.officeOfficer.actor;
    let app = await createApplication(db, officer, input(t.office.id), TODAY);
    expect(toIsoDate(app.dueOn!)).toBe("2024-03-29");
    ({ application: app } = await addApplicationEvent(
      db,
      officer,
      event(app.id, app.version, { kind: "CORRECTION_REQUESTED", occurredOn: "2024-03-05" }),
      TODAY,
    ));
    expect(app.dueOn).toBeNull();
    ({ application: app } = await addApplicationEvent(
      db,
      officer,
      event(app.id, app.version, { kind: "CORRECTION_RECEIVED", occurredOn: "2024-03-08" }),
      TODAY,
    ));
    expect(toIsoDate(app.dueOn!)).toBe("2024-04-08"); // 20 working days after Fri 03-08; 清明 04-04..06 off, Sun 04-07 worked
    await expect(
      addApplicationEvent(
        db,
        officer,
        event(app.id, app.version, { kind: "EXTENSION_APPROVED", occurredOn: "2024-03-20" }),
        TODAY,
      ),
    ).rejects.toThrow("只有负责人");
    ({ application: app } = await addApplicationEvent(
      db,
      officer,
      event(app.id, app.version, { kind: "REPLIED", occurredOn: "2024-04-02", outcome: "GRANTED" }),
      TODAY,
    ));
    expect([toIsoDate(app.repliedOn!), app.outcome]).toEqual(["2024-04-02", "GRANTED"]);

    const replyEvent = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: app.id, kind: "REPLIED" },
    });
    app = await deleteApplicationEvent(db, officer, { id: replyEvent.id, version: app.version }, TODAY);
    expect([app.repliedOn, app.outcome]).toEqual([null, null]);
    const request = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: app.id, kind: "CORRECTION_REQUESTED" },
    });
    await expect(deleteApplicationEvent(db, officer, { id: request.id, version: app.version }, TODAY)).rejects.toThrow(
      "不能删除",
    );
  });

  it("locks a submitted year: no new 2023 case, but a 2023 case can still be replied to in 2024", async () => {
    const agency = await makeAgency(db);
    const officer = agency.officeOfficer.actor;
    const carried = await createApplication(
      db,
      officer,
      input(agency.office.id, { submittedOn: "", receivedOn: "2023-12-20" }),
      TODAY,
    );
    await db.annualReport.create({
      data: { agencyId: agency.agency.id, year: 2023, vintage: "V2021", status: "SUBMITTED" },
    });
    await expect(
      createApplication(db, officer, input(agency.office.id, { submittedOn: "", receivedOn: "2023-12-27" }), TODAY),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(
      updateApplication(
        db,
        officer,
        {
          ...input(agency.office.id, { submittedOn: "", receivedOn: "2023-12-20", applicantType: "COMMERCIAL" }),
          id: carried.id,
          version: carried.version,
        },
        TODAY,
      ),
    ).rejects.toBeInstanceOf(LockedError);
    const { application } = await addApplicationEvent(
      db,
      officer,
      event(carried.id, carried.version, { kind: "REPLIED", occurredOn: "2024-01-10", outcome: "GRANTED" }),
      TODAY,
    );
    expect(application.outcome).toBe("GRANTED");
  });
});

describe("search", () => {
  it("finds substrings of the request, registration number and applicant through the grams index", async () => {
    const agency = await makeAgency(db);
    const head = agency.head.actor;
    const app = await createApplication(
      db,
      head,
      input(agency.office.id, { requestText: "关于宅基地审批的全部材料", applicantName: "欧阳明" }),
      TODAY,
    );
    const found = async (q: string) => (await listApplications(db, head, query({ q }), ctx)).rows.map((r) => r.id);
    for (const q of ["宅基地", "基地审批", app.regNo, app.regNo.slice(-3), "欧阳", "审"])
      expect(await found(q), q).toEqual([app.id]);
    for (const q of ["地宅", "欧阳明明", "宅基地审批的全部材料们"]) expect(await found(q), q).toEqual([]);
    // An edit keeps the grams current (the trigger), and the database builds them as lib/applications/search.ts does.
    await updateApplication(
      db,
      head,
      { ...input(agency.office.id, { requestText: "道路维修合同" }), id: app.id, version: app.version },
      TODAY,
    );
    expect(await found("宅基地")).toEqual([]);
    expect(await found("维修合同")).toEqual([app.id]);
    const text = "2024-0007\n申请𠀀公开 Ab";
    const [row] = await db.$queryRaw<{ grams: string[] }[]>`SELECT disclosure_search_grams(${text}) AS grams`;
    expect([...new Set(row.grams)].sort()).toEqual(searchGrams(text).sort());
  });
});

describe("registration numbers", () => {
  it("are unique and gapless under concurrent registration", async () => {
    const agency = await makeAgency(db);
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        createApplication(db, agency.head.actor, input(i % 2 ? agency.office.id : agency.farming.id), TODAY),
      ),
    );
    const numbers = created.map((a) => a.regNo).sort();
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => `2024-${String(i + 1).padStart(4, "0")}`));
    const next = await createApplication(
      db,
      agency.head.actor,
      input(agency.office.id, { submittedOn: "", receivedOn: "2023-06-01" }),
      TODAY,
    );
    expect(next.regNo).toBe("2023-0001");
  });
});

describe("the calendar", () => {
  it("an override recomputes the due dates of open cases only, audited, and undoing it moves them back", async () => {
    const agency = await makeAgency(db);
    const head = agency.head.actor;
    const open = await createApplication(db, head, input(agency.office.id), TODAY);
    const replied = await createApplication(db, head, input(agency.office.id), TODAY);
    await addApplicationEvent(
      db,
      head,
      event(replied.id, replied.version, { kind: "REPLIED", occurredOn: "2024-04-10", outcome: "GRANTED" }),
      TODAY,
    );
    const dueOf = async (id: number) =>
      toIsoDate((await db.disclosureApplication.findUniqueOrThrow({ where: { id } })).dueOn!);
    expect([await dueOf(open.id), await dueOf(replied.id)]).toEqual(["2024-03-29", "2024-03-29"]);

    await expect(
      saveCalendarOverride(db, agency.officeOfficer.actor, { date: "2024-03-15", kind: "HOLIDAY", note: "" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const moved = await saveCalendarOverride(db, agency.admin.actor, {
      date: "2024-03-15",
      kind: "HOLIDAY",
      note: "防汛",
    });
    expect(moved).toEqual([{ id: open.id, regNo: open.regNo, oldDueOn: "2024-03-29", newDueOn: "2024-04-01" }]);
    expect([await dueOf(open.id), await dueOf(replied.id)]).toEqual(["2024-04-01", "2024-03-29"]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "DisclosureApplication", entityId: String(open.id), note: { startsWith: "日历调整" } },
    });
    expect([audit.before, audit.after]).toEqual([{ dueOn: "2024-03-29" }, { dueOn: "2024-04-01" }]);

    const override = await db.calendarOverride.findFirstOrThrow({ where: { agencyId: agency.agency.id } });
    expect(await deleteCalendarOverride(db, agency.admin.actor, override.id)).toEqual([
      { id: open.id, regNo: open.regNo, oldDueOn: "2024-04-01", newDueOn: "2024-03-29" },
    ]);
    await expect(
      saveCalendarOverride(db, agency.admin.actor, { date: "2024-03-16", kind: "HOLIDAY", note: "" }),
    ).rejects.toMatchObject({ fieldErrors: { kind: ["2024-03-16 按国家安排已是休息日（周末），无需调整。"] } });
  });
});

describe("the dashboard", () => {
  it("shows the officer's department due soon, overdue and replied late, the head the whole agency", async () => {
    const agency = await makeAgency(db);
    const soon = await createApplication(
      db,
      agency.officeOfficer.actor,
      input(agency.office.id, { submittedOn: "", receivedOn: "2024-04-03" }),
      TODAY,
    );
    const overdue = await createApplication(
      db,
      agency.officeOfficer.actor,
      input(agency.office.id, { submittedOn: "", receivedOn: "2023-12-01" }),
      TODAY,
    );
    const late = await createApplication(db, agency.officeOfficer.actor, input(agency.office.id), TODAY);
    await addApplicationEvent(
      db,
      agency.officeOfficer.actor,
      event(late.id, late.version, { kind: "REPLIED", occurredOn: "2024-04-10", outcome: "UNABLE_NOT_HELD" }),
      TODAY,
    );
    const theirs = await createApplication(
      db,
      agency.farmingOfficer.actor,
      input(agency.farming.id, { submittedOn: "", receivedOn: "2024-04-03" }),
      TODAY,
    );

    const mine = await applicationDashboard(db, agency.officeOfficer.actor, TODAY, ctx.calendar);
    expect(mine.dueSoon.cases.map((c) => c.id)).toEqual([soon.id]); // due 2024-05-06, after 劳动节
    expect(mine.overdue.cases.map((c) => c.id)).toEqual([overdue.id]);
    expect(mine.repliedLate.cases.map((c) => c.id)).toEqual([late.id]);
    expect([mine.open, mine.dueSoon.count, mine.overdue.count, mine.repliedLate.count]).toEqual([2, 1, 1, 1]);
    const all = await applicationDashboard(db, agency.head.actor, TODAY, ctx.calendar);
    expect(all.dueSoon.cases.map((c) => c.id).sort()).toEqual([soon.id, theirs.id].sort());
    // A 2023 case still open in 2024 is in the list filtered by "open at" a 2024 date.
    const openOn = await listApplications(db, agency.head.actor, query({ openOn: "2024-01-15" }), ctx);
    expect(openOn.rows.map((r) => r.id)).toEqual([overdue.id]);
  });
});

describe("applicant personal data", () => {
  const NAME = "隐私测试申请人甲乙丙";
  const CONTACT = "contact-7f3a9@example.cn";

  it("appears in no compiled report or public download, and in no public data module", async () => {
    const agency = await makeAgency(db);
    const app = await createApplication(
      db,
      agency.head.actor,
      input(agency.office.id, { applicantName: NAME, applicantContact: CONTACT }),
      TODAY,
    );
    await addApplicationEvent(
      db,
      agency.head.actor,
      event(app.id, app.version, { kind: "REPLIED", occurredOn: "2024-03-20", outcome: "GRANTED" }),
      TODAY,
    );

    const tables = await compileReportTables(db, agency.agency.id, 2024, "V2021");
    expect(JSON.stringify(tables)).not.toContain(NAME);
    const loaded = await loadReport(db, agency.agency.id, 2024);
    for (const { file } of EXPORTS) {
      const body = await renderExport(file, loaded.document);
      const text = file.endsWith("x") ? await unzipText(body) : body.toString("utf8");
      expect(text, file).not.toContain(NAME);
      expect(text, file).not.toContain(CONTACT);
    }

    // Every module on the public side (home page, report pages and downloads, the data they read)
    // never names the personal fields, so no query of theirs can select them.
    for (const file of sourceFiles([
      "app/page.tsx",
      "app/reports",
      "lib/public-site",
      "lib/public-cache",
      "lib/annual-report",
      "lib/national-format",
      "lib/report-import",
    ])) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/applicantName|applicantContact/);
    }
  });

  it("is in the back-office export only with its columns for those allowed, masked in lists otherwise", async () => {
    const exported = await exportApplications(db, t.head.actor, query(), ctx);
    expect(exported.personal).toBe(true);
    expect(exported.rows.every((r) => r.applicantName === "张三")).toBe(true);
    expect(applicationExportColumns(false).map((c) => c.header)).not.toContain("申请人");
    expect(applicationExportColumns(true).map((c) => c.header)).toContain("申请人");
  });
});

async function unzipText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.async("string")),
  );
  return parts.join("\n");
}

function sourceFiles(roots: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const entry of readdirSync(p)) walk(path.join(p, entry));
    else if (/\.tsx?$/.test(p) && !p.endsWith(".test.ts")) out.push(p);
  };
  for (const root of roots) walk(path.resolve(root));
  return out;
}
