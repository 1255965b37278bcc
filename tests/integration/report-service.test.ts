import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { ConflictError, DomainValidationError, ForbiddenError, LockedError } from "@/lib/errors";
import {
  acknowledgeFinding,
  ensureReport,
  loadReport,
  loadReportForActor,
  setManualFigure,
  updateNarrative,
} from "@/lib/annual-report/service";
import { findingKey } from "@/lib/national-format";

const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
const YEAR = 2023;

beforeAll(async () => {
  t = await makeAgency(db);
});
afterAll(() => db.$disconnect());

describe("the annual report in the office", () => {
  it("is created by the disclosure office with a generated overview, and not by another department", async () => {
    await expect(ensureReport(db, t.farmingOfficer.actor, YEAR)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(loadReportForActor(db, t.farmingOfficer.actor, YEAR)).rejects.toBeInstanceOf(ForbiddenError);
    const report = await ensureReport(db, t.officeOfficer.actor, YEAR);
    expect(report.status).toBe("DRAFT");
    expect(report.vintage).toBe("V2021");
    expect(report.overview).toContain(`${YEAR}年共收到政府信息公开申请0件`);
    expect(report.otherMatters).toBe("本年度未收取信息处理费，无其他需要报告的事项。");
    expect((await ensureReport(db, t.head.actor, YEAR)).id).toBe(report.id);
  });

  it("lays manual figures over compiled ones, marks them, and validates them", async () => {
    await setManualFigure(db, t.officeOfficer.actor, YEAR, {
      cellCode: "s3.carriedOver.natural",
      value: "2",
      reason: "启用系统前的上年结转",
    });
    let loaded = await loadReport(db, t.agency.id, YEAR);
    expect(loaded.document.tables.cells["s3.carriedOver.natural"]).toEqual({
      value: 2,
      manual: { reason: "启用系统前的上年结转" },
    });
    expect(loaded.document.tables.cells["s3.carriedOver.total"]?.value).toBe(2);
    const balance = loaded.findings.filter((f) => f.ruleId === "T3-COLUMN-BALANCE");
    expect(balance.map((f) => f.cellCode)).toEqual(["s3.carryForward.natural", "s3.carryForward.total"]);

    await setManualFigure(db, t.officeOfficer.actor, YEAR, {
      cellCode: "s3.carryForward.natural",
      value: "2",
      reason: "尚在办理",
    });
    loaded = await loadReport(db, t.agency.id, YEAR);
    expect(loaded.findings.filter((f) => f.severity === "hard" && f.section === "三")).toEqual([]);
  });

  it("never lets a total be typed, and rejects malformed numbers at the field", async () => {
    await expect(
      setManualFigure(db, t.officeOfficer.actor, YEAR, { cellCode: "s3.new.total", value: "3", reason: "x" }),
    ).rejects.toBeInstanceOf(DomainValidationError);
    const error = await setManualFigure(db, t.officeOfficer.actor, YEAR, {
      cellCode: "s3.new.natural",
      value: "-1",
      reason: "x",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainValidationError);
    expect((error as DomainValidationError).fieldErrors.value[0]).toContain("非负整数");
  });

  it("refuses a narrative save based on an outdated version", async () => {
    const report = await ensureReport(db, t.officeOfficer.actor, YEAR);
    await updateNarrative(db, t.officeOfficer.actor, YEAR, report.version, {
      overview: "甲",
      problems: "",
      otherMatters: "无",
    });
    await expect(
      updateNarrative(db, t.head.actor, YEAR, report.version, { overview: "乙", problems: "", otherMatters: "无" }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await loadReport(db, t.agency.id, YEAR)).document.narrative.overview).toBe("甲");
  });

  it("acknowledges a soft finding with a reason (audited), never a hard one", async () => {
    const report = await ensureReport(db, t.officeOfficer.actor, YEAR);
    await updateNarrative(db, t.officeOfficer.actor, YEAR, report.version, {
      overview: "本年上报各类信息5篇。",
      problems: "",
      otherMatters: "无",
    });
    let loaded = await loadReport(db, t.agency.id, YEAR);
    const soft = loaded.findings.find((f) => f.ruleId === "NARRATIVE-NUMBERS");
    expect(soft?.severity).toBe("soft");
    await acknowledgeFinding(db, t.head.actor, YEAR, {
      ruleId: soft!.ruleId,
      key: findingKey(soft!),
      reason: "含系统外报送的信息",
    });
    loaded = await loadReport(db, t.agency.id, YEAR);
    expect(loaded.findings.find((f) => f.ruleId === "NARRATIVE-NUMBERS")?.preparerAck).toMatchObject({
      reason: "含系统外报送的信息",
      by: t.head.user.displayName,
    });
    const audit = await db.auditLog.findFirst({
      where: { entityType: "AnnualReport", entityId: String(report.id), action: "acknowledge" },
    });
    expect(audit?.after).toMatchObject({
      ruleId: "NARRATIVE-NUMBERS",
      stage: "PREPARER",
      reason: "含系统外报送的信息",
    });

    await setManualFigure(db, t.officeOfficer.actor, YEAR, {
      cellCode: "s3.new.natural",
      value: "1",
      reason: "系统外受理",
    });
    const hard = (await loadReport(db, t.agency.id, YEAR)).findings.find((f) => f.severity === "hard")!;
    await expect(
      acknowledgeFinding(db, t.head.actor, YEAR, {
        ruleId: hard.ruleId,
        key: findingKey(hard),
        reason: "忽略",
      }),
    ).rejects.toBeInstanceOf(DomainValidationError);
  });

  it("locks the report once it has left the draft state", async () => {
    const report = await ensureReport(db, t.officeOfficer.actor, YEAR);
    await db.annualReport.update({ where: { id: report.id }, data: { status: "SUBMITTED" } });
    await expect(
      updateNarrative(db, t.officeOfficer.actor, YEAR, report.version, {
        overview: "丙",
        problems: "",
        otherMatters: "",
      }),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(
      setManualFigure(db, t.officeOfficer.actor, YEAR, { cellCode: "s3.new.natural", value: "1", reason: "x" }),
    ).rejects.toBeInstanceOf(LockedError);
  });
});
