// Issue 11 against real PostgreSQL: nothing contradictory, blank or unfinished leaves the office.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeAgency, testDb } from "./fixtures";
import { ForbiddenError, LockedError } from "@/lib/errors";
import { currentYearInChina, todayInChina } from "@/lib/calendar/dates";
import { findingKey } from "@/lib/national-format";
import {
  acknowledgeFinding,
  draftSection,
  ensureReport,
  loadReport,
  setManualFigures,
  updateNarrative,
} from "@/lib/annual-report/service";
import { transitionReport } from "@/lib/annual-report/workflow";
import { compileYearFacts } from "@/lib/annual-report/compile";
import { reportsAwaitingHead } from "@/lib/annual-report/queue";
import { reportDeadlines } from "@/lib/annual-report/deadline";
import { deadlineContext, setTownshipReportDeadline } from "@/lib/annual-report/deadline-settings";

const db = testDb();
afterAll(() => db.$disconnect());

type Agency = Awaited<ReturnType<typeof makeAgency>>;
const COMPLETE = {
  overview: "本年度政府信息公开工作情况。工作纳入年度考核，未发生社会评议不满意和责任追究情况。",
  problems: "信息公开的及时性有待提高。",
  otherMatters: "无",
};

async function reportOf(t: Agency, year: number) {
  return db.annualReport.findFirstOrThrow({ where: { agencyId: t.agency.id, year } });
}
const version = async (t: Agency, year: number) => (await reportOf(t, year)).version;
const hard = async (t: Agency, year: number) =>
  (await loadReport(db, t.agency.id, year)).findings.filter((f) => f.severity === "hard");

describe("submission is refused while the report is unfinished (problem 2)", () => {
  let t: Agency;
  const YEAR = 2023;
  beforeAll(async () => {
    t = await makeAgency(db);
    await ensureReport(db, t.officeOfficer.actor, YEAR);
  });

  it("refuses the generated draft: its prompts and an empty 五, each named at the field", async () => {
    const findings = await hard(t, YEAR);
    expect(findings.map((f) => [f.ruleId, f.section])).toEqual([
      ["NARRATIVE-EMPTY", "五"],
      ["NARRATIVE-PLACEHOLDER", "一"],
      ["NARRATIVE-PLACEHOLDER", "一"],
      ["NARRATIVE-PLACEHOLDER", "一"],
    ]);
    expect(findings[0].message).toBe(
      "「五、存在的主要问题及改进情况」未填写：请写明本年度工作存在的主要问题及改进情况",
    );
    expect(findings[1].message).toMatch(/^「一、总体情况」第 4 段仍是模板提示「（请补充/);
    await expect(
      transitionReport(db, t.officeOfficer.actor, YEAR, "submit", { version: await version(t, YEAR) }),
    ).rejects.toThrow("报告还有 4 项错误（须更正），更正后才能提交审核。");
    expect((await reportOf(t, YEAR)).status).toBe("DRAFT");
  });

  it("lets the completed report through", async () => {
    await updateNarrative(db, t.officeOfficer.actor, YEAR, await version(t, YEAR), COMPLETE);
    expect(await hard(t, YEAR)).toEqual([]);
    await transitionReport(db, t.officeOfficer.actor, YEAR, "submit", { version: await version(t, YEAR) });
    expect((await reportOf(t, YEAR)).status).toBe("SUBMITTED");
  });

  it("lists it on the head's 工作台, and for nobody else", async () => {
    expect(await reportsAwaitingHead(db, t.head.actor)).toEqual([
      expect.objectContaining({ year: YEAR, status: "SUBMITTED", by: t.officeOfficer.user.displayName }),
    ]);
    expect(await reportsAwaitingHead(db, t.officeOfficer.actor)).toEqual([]);
    await transitionReport(db, t.head.actor, YEAR, "approve", { version: await version(t, YEAR) });
    expect((await reportsAwaitingHead(db, t.head.actor)).map((r) => r.status)).toEqual(["APPROVED"]);
  });
});

describe("a 2019-format report's hand-entered figures are blank until entered (problem 3)", () => {
  let t: Agency;
  const YEAR = 2020;
  beforeAll(async () => {
    t = await makeAgency(db);
    await ensureReport(db, t.officeOfficer.actor, YEAR);
    await updateNarrative(db, t.officeOfficer.actor, YEAR, await version(t, YEAR), COMPLETE);
  });

  it("leaves each figure records cannot give blank (not 0) and refuses submission, naming each", async () => {
    const loaded = await loadReport(db, t.agency.id, YEAR);
    expect(loaded.document.tables.cells["s2.rule.published"]).toBeUndefined();
    const missing = (await hard(t, YEAR)).filter((f) => f.ruleId === "CELL-MISSING");
    expect(missing.map((f) => f.cellCode)).toContain("s2.normative.publishedTotal");
    expect(missing).toHaveLength(17);
    expect(missing.find((f) => f.cellCode === "s2.procurement.amount")?.message).toContain(
      "表二 第二十条第（九）项 政府集中采购 行「采购总金额」列尚未填写",
    );
    await expect(
      transitionReport(db, t.officeOfficer.actor, YEAR, "submit", { version: await version(t, YEAR) }),
    ).rejects.toBeInstanceOf(LockedError);
  });

  it("takes them all at once, 0 included; a malformed one is refused at its field and nothing is saved", async () => {
    const cells = (await hard(t, YEAR)).map((f) => f.cellCode!);
    const figures = Object.fromEntries(cells.map((code) => [code, code.endsWith("itemsChange") ? "-1" : "0"]));
    const error = await setManualFigures(db, t.officeOfficer.actor, YEAR, {
      reason: "依据台账",
      figures: { ...figures, "s2.rule.published": "3件" },
    }).catch((e) => e);
    expect(error.fieldErrors).toEqual({ "figure:s2.rule.published": ["请填写非负整数。"] });
    expect(await db.reportManualFigure.count({ where: { report: { agencyId: t.agency.id } } })).toBe(0);

    expect(await setManualFigures(db, t.officeOfficer.actor, YEAR, { reason: "依据台账", figures })).toBe(17);
    expect(await hard(t, YEAR)).toEqual([]);
    const loaded = await loadReport(db, t.agency.id, YEAR);
    expect(loaded.document.tables.cells["s2.rule.published"]).toEqual({ value: 0, manual: { reason: "依据台账" } });
    await transitionReport(db, t.officeOfficer.actor, YEAR, "submit", { version: await version(t, YEAR) });
  });
});

describe("the current year's report cannot be submitted before 1 January of the next (problem 8)", () => {
  it("refuses today, and the year's records stay open", async () => {
    const t = await makeAgency(db);
    const year = currentYearInChina();
    await ensureReport(db, t.officeOfficer.actor, year);
    await updateNarrative(db, t.officeOfficer.actor, year, await version(t, year), COMPLETE);
    await expect(
      transitionReport(db, t.officeOfficer.actor, year, "submit", { version: await version(t, year) }),
    ).rejects.toThrow(`${year}年度报告须在${year + 1}年1月1日起提交`);
    expect((await reportOf(t, year)).status).toBe("DRAFT");
    // The same report on 1 January of the next year goes through.
    await transitionReport(
      db,
      t.officeOfficer.actor,
      year,
      "submit",
      { version: await version(t, year) },
      `${year + 1}-01-01`,
    );
    expect(todayInChina() < `${year + 1}-01-01`).toBe(true);
  });
});

describe("soft findings: acknowledged by the preparer, then in turn by the head (problem 1)", () => {
  let t: Agency;
  const YEAR = 2022;
  beforeAll(async () => {
    t = await makeAgency(db);
    await ensureReport(db, t.officeOfficer.actor, YEAR);
    // The contradiction of the issue: zero in words beside a case in the records.
    await db.reviewCase.create({
      data: {
        agencyId: t.agency.id,
        departmentId: t.office.id,
        kind: "RECONSIDERATION",
        filedOn: new Date(`${YEAR}-05-10`),
        outcome: "UPHELD",
        decidedOn: new Date(`${YEAR}-07-01`),
      },
    });
    await updateNarrative(db, t.officeOfficer.actor, YEAR, await version(t, YEAR), {
      ...COMPLETE,
      overview: `${COMPLETE.overview}全年未发生行政复议、行政诉讼案件。`,
    });
  });

  const soft = async () => (await loadReport(db, t.agency.id, YEAR)).findings.filter((f) => f.severity === "soft");

  it("finds 未发生行政复议 beside the case, at the table cell", async () => {
    expect((await soft()).map((f) => [f.ruleId, f.cellCode])).toEqual([
      ["NARRATIVE-NUMBERS", "s4.reconsideration.total"],
    ]);
  });

  it("refuses approval until the head has acknowledged each one; the preparer's reason is shown to the head", async () => {
    const [finding] = await soft();
    const ack = { ruleId: finding.ruleId, key: findingKey(finding) };
    await acknowledgeFinding(db, t.officeOfficer.actor, YEAR, { ...ack, reason: "案件系上级转来，已核实" });
    await transitionReport(db, t.officeOfficer.actor, YEAR, "submit", { version: await version(t, YEAR) });
    // The officer cannot acknowledge for the head.
    await expect(acknowledgeFinding(db, t.officeOfficer.actor, YEAR, { ...ack, reason: "x" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      transitionReport(db, t.head.actor, YEAR, "approve", { version: await version(t, YEAR) }),
    ).rejects.toThrow("还有 1 项提示未经负责人逐项确认");
    expect((await soft())[0]).toMatchObject({ preparerAck: { reason: "案件系上级转来，已核实" } });
    expect((await soft())[0].reviewerAck).toBeUndefined();

    await acknowledgeFinding(db, t.head.actor, YEAR, { ...ack, reason: "同意，正文另行更正" });
    expect((await soft())[0].reviewerAck).toMatchObject({ reason: "同意，正文另行更正", by: t.head.user.displayName });
    await transitionReport(db, t.head.actor, YEAR, "approve", { version: await version(t, YEAR) });
    // Still the head's to acknowledge once approved (a warning may arise before publication), not once published.
    await acknowledgeFinding(db, t.head.actor, YEAR, { ...ack, reason: "同意，正文另行更正" });
    await transitionReport(db, t.head.actor, YEAR, "publish", { version: await version(t, YEAR) });
    await expect(acknowledgeFinding(db, t.head.actor, YEAR, { ...ack, reason: "x" })).rejects.toBeInstanceOf(
      LockedError,
    );
    const revision = await db.reportRevision.findFirstOrThrow({ where: { report: { agencyId: t.agency.id } } });
    expect(revision.snapshot).toMatchObject({
      acknowledged: [
        {
          ruleId: "NARRATIVE-NUMBERS",
          reason: "同意，正文另行更正",
          preparerReason: "案件系上级转来，已核实",
        },
      ],
    });
  });

  it("asks the head again after the report went back to the office", async () => {
    await transitionReport(db, t.head.actor, YEAR, "reopen", { version: await version(t, YEAR), comment: "更正正文" });
    const [finding] = await soft();
    expect(finding.preparerAck).toBeDefined();
    expect(finding.reviewerAck).toBeUndefined();
  });
});

describe("drafts from records: 复议/诉讼 filed vs pending (problem 5), 六 from fees (problem 7)", () => {
  let t: Agency;
  beforeAll(async () => {
    t = await makeAgency(db);
    // A 直接起诉 filed in 2020 and still pending; a fee paid on a 2021 application.
    await db.reviewCase.create({
      data: {
        agencyId: t.agency.id,
        departmentId: t.office.id,
        kind: "LITIGATION_DIRECT",
        filedOn: new Date("2020-11-02"),
      },
    });
    const application = await db.disclosureApplication.create({
      data: {
        agencyId: t.agency.id,
        departmentId: t.office.id,
        regNo: "2021-0001",
        channel: "ONLINE",
        receivedOn: new Date("2021-03-01"),
        applicantType: "COMMERCIAL",
        applicantName: "某公司",
        requestText: "大量复制的档案",
        outcome: "GRANTED",
        repliedOn: new Date("2021-03-29"),
        feeAmount: "120.50",
      },
    });
    await db.applicationEvent.createMany({
      data: [
        {
          applicationId: application.id,
          kind: "FEE_NOTICE_SENT",
          occurredOn: new Date("2021-03-10"),
          amount: "120.50",
        },
        { applicationId: application.id, kind: "FEE_PAID", occurredOn: new Date("2021-03-15") },
      ],
    });
  });

  it("counts cases filed in the year and fees paid in it", async () => {
    expect(await compileYearFacts(db, t.agency.id, 2021)).toEqual({
      reviewsFiled: { reconsideration: 0, litigationDirect: 0, litigationAfterReconsideration: 0 },
      applicationFees: { applications: 1, yuan: "120.50" },
    });
    expect((await compileYearFacts(db, t.agency.id, 2020)).reviewsFiled.litigationDirect).toBe(1);
  });

  it("drafts the 2021 report without calling the 2020 case filed this year, and 六 with the fee", async () => {
    const report = await ensureReport(db, t.officeOfficer.actor, 2021);
    expect(report.overview).not.toContain("提起行政诉讼1件");
    expect(report.overview).toContain("被提起行政诉讼0件；另有上年结转的行政复议0件、行政诉讼1件");
    expect(report.otherMatters).toBe(
      "本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），对1件政府信息公开申请收取信息处理费共计120.50元。",
    );
    const narrative = (await loadReport(db, t.agency.id, 2021)).findings.filter(
      (f) => f.ruleId === "NARRATIVE-NUMBERS",
    );
    expect(narrative).toEqual([]);
  });

  it('checks "无" in 六 against the fees recorded', async () => {
    await updateNarrative(db, t.officeOfficer.actor, 2021, await version(t, 2021), { ...COMPLETE, otherMatters: "无" });
    const findings = (await loadReport(db, t.agency.id, 2021)).findings.filter((f) => f.ruleId === "APPLICATION-FEES");
    expect(findings.map((f) => [f.section, f.message])).toEqual([
      [
        "六",
        "本年度记录中有 1 件申请收取信息处理费共 120.50 元，但正文未报告：请在「六、其他需要报告的事项」中说明收费情况（国办函〔2020〕109号）",
      ],
    ]);
  });

  it("stores line breaks as the editor shows them, whatever the browser submits", async () => {
    await updateNarrative(db, t.officeOfficer.actor, 2021, await version(t, 2021), {
      ...COMPLETE,
      overview: "第一段。\r\n\r\n第二段。工作考核、社会评议和责任追究情况良好。",
    });
    expect((await reportOf(t, 2021)).overview).toBe("第一段。\n\n第二段。工作考核、社会评议和责任追究情况良好。");
  });

  it("regenerates a section without saving it: the editor shows the draft, saving stores it", async () => {
    const before = await reportOf(t, 2021);
    const draft = await draftSection(db, t.officeOfficer.actor, 2021, "otherMatters");
    expect(draft).toContain("收取信息处理费共计120.50元");
    expect(await reportOf(t, 2021)).toMatchObject({ version: before.version, otherMatters: before.otherMatters });
    await expect(draftSection(db, t.farmingOfficer.actor, 2021, "overview")).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("reporting deadlines by agency level, the township's set by its county (problem 9)", () => {
  it("takes a township's date from its parent government, set by that government's admin", async () => {
    const county = await makeAgency(db);
    await db.agency.update({ where: { id: county.agency.id }, data: { level: "COUNTY_GOVERNMENT" } });
    const township = await makeAgency(db);
    await db.agency.update({ where: { id: township.agency.id }, data: { parentId: county.agency.id } });

    let [deadline] = reportDeadlines(2025, await deadlineContext(db, township.agency.id), "2026-01-05", false);
    expect(deadline.date).toBeUndefined();
    expect(deadline.basis).toContain("尚未设定");

    // Only the county's own admin sets it: not the township's admin, not the county's head.
    await expect(setTownshipReportDeadline(db, county.head.actor, { month: 2, day: 20 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(setTownshipReportDeadline(db, township.admin.actor, { month: 2, day: 20 })).rejects.toMatchObject({
      fieldErrors: { month: [expect.stringContaining("县级")] },
    });
    await setTownshipReportDeadline(db, county.admin.actor, { month: 2, day: 20 });

    [deadline] = reportDeadlines(2025, await deadlineContext(db, township.agency.id), "2026-01-05", false);
    expect(deadline).toMatchObject({ label: "报送期限", date: "2026-02-20", daysLeft: 46 });
    expect(deadline.basis).toBe(`${county.agency.name}规定的乡镇报送期限（条例第四十九条未规定乡镇的期限）`);
    const [own] = reportDeadlines(2025, await deadlineContext(db, county.agency.id), "2026-01-05", false);
    expect(own).toMatchObject({ label: "法定公布期限", date: "2026-03-31" });
  });
});
