import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { ForbiddenError, LockedError } from "@/lib/errors";
import { ensureReport, setManualFigure, updateNarrative } from "@/lib/annual-report/service";
import { transitionReport } from "@/lib/annual-report/workflow";
import { findPublishedReport } from "@/lib/public-site/published";
import { assertYearOpen } from "@/lib/records/year-lock";

const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
const YEAR = 2024;
const version = async () =>
  (await db.annualReport.findFirstOrThrow({ where: { agencyId: t.agency.id, year: YEAR } })).version;

/** A narrative with nothing left to complete (the generated draft has prompts to replace). */
const COMPLETE = {
  overview: "本年度政府信息公开工作情况。工作纳入年度考核，未发生社会评议不满意和责任追究情况。",
  problems: "信息公开的及时性有待提高。",
  otherMatters: "无",
};

beforeAll(async () => {
  t = await makeAgency(db);
  await ensureReport(db, t.officeOfficer.actor, YEAR);
  await updateNarrative(db, t.officeOfficer.actor, YEAR, await version(), COMPLETE);
});
afterAll(() => db.$disconnect());

describe("approval and publication", () => {
  it("refuses to submit a report with a hard finding", async () => {
    await setManualFigure(db, t.officeOfficer.actor, YEAR, {
      cellCode: "s3.new.natural",
      value: "3",
      reason: "系统外受理",
    });
    await expect(
      transitionReport(db, t.officeOfficer.actor, YEAR, "submit", { version: await version() }),
    ).rejects.toThrow(/错误/);
    expect((await db.annualReport.findFirstOrThrow({ where: { agencyId: t.agency.id, year: YEAR } })).status).toBe(
      "DRAFT",
    );
    await setManualFigure(db, t.officeOfficer.actor, YEAR, {
      cellCode: "s3.carryForward.natural",
      value: "3",
      reason: "尚在办理",
    });
  });

  it("lets an officer submit but never approve or publish; another department cannot even submit", async () => {
    await expect(
      transitionReport(db, t.farmingOfficer.actor, YEAR, "submit", { version: await version() }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await transitionReport(db, t.officeOfficer.actor, YEAR, "submit", { version: await version() });
    await expect(
      transitionReport(db, t.officeOfficer.actor, YEAR, "approve", { version: await version() }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      transitionReport(db, t.officeOfficer.actor, YEAR, "publish", { version: await version() }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("locks the year's records and narrative while submitted; a return needs a comment and reopens them", async () => {
    await expect(assertYearOpen(db, t.agency.id, YEAR)).rejects.toBeInstanceOf(LockedError);
    await expect(
      updateNarrative(db, t.officeOfficer.actor, YEAR, await version(), {
        overview: "x",
        problems: "",
        otherMatters: "",
      }),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(
      transitionReport(db, t.head.actor, YEAR, "return", { version: await version() }),
    ).rejects.toMatchObject({
      fieldErrors: { comment: [expect.stringContaining("退回")] },
    });
    await transitionReport(db, t.head.actor, YEAR, "return", { version: await version(), comment: "请补充第五部分" });
    const report = await db.annualReport.findFirstOrThrow({ where: { agencyId: t.agency.id, year: YEAR } });
    expect(report).toMatchObject({ status: "DRAFT", returnComment: "请补充第五部分" });
    await expect(assertYearOpen(db, t.agency.id, YEAR)).resolves.toBeUndefined();
  });

  it("keeps a returned or approved report invisible to the public until published", async () => {
    expect(await findPublishedReport(t.agency.slug, YEAR, null)).toBeNull();
    await updateNarrative(db, t.officeOfficer.actor, YEAR, await version(), {
      ...COMPLETE,
      overview: "第一版正文：工作考核、社会评议和责任追究均无异常。",
    });
    await transitionReport(db, t.officeOfficer.actor, YEAR, "submit", { version: await version() });
    await transitionReport(db, t.head.actor, YEAR, "approve", { version: await version() });
    expect(await findPublishedReport(t.agency.slug, YEAR, null)).toBeNull();
    const published = await transitionReport(db, t.head.actor, YEAR, "publish", { version: await version() });
    expect(published).toEqual({ status: "PUBLISHED", revision: 1 });
    const view = await findPublishedReport(t.agency.slug, YEAR, null);
    expect(view?.revision.number).toBe(1);
    expect(view?.document.tables.cells["s3.new.total"]?.value).toBe(3);
  });

  it("never changes a published revision when records change; a correction is a new revision with a note", async () => {
    await transitionReport(db, t.head.actor, YEAR, "reopen", { version: await version(), comment: "更正" });
    await setManualFigure(db, t.officeOfficer.actor, YEAR, {
      cellCode: "s3.new.natural",
      value: "4",
      reason: "核实后更正",
    });
    await setManualFigure(db, t.officeOfficer.actor, YEAR, {
      cellCode: "s3.carryForward.natural",
      value: "4",
      reason: "核实后更正",
    });
    await db.disclosureApplication.create({
      data: {
        agencyId: t.agency.id,
        departmentId: t.office.id,
        regNo: `${YEAR}-9001`,
        channel: "ONLINE",
        receivedOn: new Date(`${YEAR}-03-01`),
        applicantType: "COMMERCIAL",
        applicantName: "某公司",
        requestText: "x",
      },
    });
    const stillOne = await findPublishedReport(t.agency.slug, YEAR, null);
    expect(stillOne?.document.tables.cells["s3.new.total"]?.value).toBe(3);
    expect(stillOne?.document.narrative.overview).toBe("第一版正文：工作考核、社会评议和责任追究均无异常。");

    await transitionReport(db, t.head.actor, YEAR, "submit", { version: await version() });
    await transitionReport(db, t.head.actor, YEAR, "approve", { version: await version() });
    await expect(
      transitionReport(db, t.head.actor, YEAR, "publish", { version: await version() }),
    ).rejects.toMatchObject({
      fieldErrors: { changeNote: [expect.stringContaining("更正说明")] },
    });
    await transitionReport(db, t.head.actor, YEAR, "publish", {
      version: await version(),
      changeNote: "更正表三新收申请数。",
    });

    const latest = await findPublishedReport(t.agency.slug, YEAR, null);
    expect(latest?.revision).toMatchObject({ number: 2, changeNote: "更正表三新收申请数。" });
    expect(latest?.document.tables.cells["s3.new.total"]?.value).toBe(5);
    expect(latest?.revisions.map((r) => r.number)).toEqual([2, 1]);
    const first = await findPublishedReport(t.agency.slug, YEAR, 1);
    expect(first?.document.tables.cells["s3.new.total"]?.value).toBe(3);
    expect(first?.latest).toBe(false);
  });

  it("never exposes applicant personal data in a published snapshot", async () => {
    const revisions = await db.reportRevision.findMany({ where: { report: { agencyId: t.agency.id } } });
    for (const r of revisions) expect(JSON.stringify(r.snapshot)).not.toContain("某公司");
  });
});
