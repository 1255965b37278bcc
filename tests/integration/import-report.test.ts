import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { ConflictError, DomainValidationError, ForbiddenError, LockedError } from "@/lib/errors";
import { deriveTotals, emptyTables, formatFor, renderText, type CellValues } from "@/lib/national-format";
import { importReport } from "@/lib/report-import/store";
import { ensureReport, loadReport, setManualFigure } from "@/lib/annual-report/service";

const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;

beforeAll(async () => {
  t = await makeAgency(db);
});
afterAll(() => db.$disconnect());

/** A published report's text: two applications from natural persons received and still open at year end. */
function publishedText(titleName: string, year: number, extra: CellValues = {}): string {
  const vintage = formatFor(year);
  const base = {
    ...emptyTables(vintage).cells,
    "s3.new.natural": { value: 2 },
    "s3.carryForward.natural": { value: 2 },
    ...extra,
  };
  const narrative = {
    overview: `${year}年，本机关共收到政府信息公开申请2件。`,
    problems: "培训不足。",
    otherMatters: "无",
  };
  return renderText({ titleName, year, vintage, tables: deriveTotals(vintage, base), narrative, feeDecimals: 4 });
}

describe("importing a published report", () => {
  it("stores it as the agency's report of that year: imported, draft, cells and text as read, audited", async () => {
    const text = publishedText(t.agency.name, 2022);
    const { report, replaced } = await importReport(db, t.officeOfficer.actor, { text, confirmAgency: false });
    expect(replaced).toBe(false);
    expect(report).toMatchObject({
      agencyId: t.agency.id,
      year: 2022,
      vintage: "V2021",
      source: "IMPORTED",
      status: "DRAFT",
      importedText: text,
    });
    expect(report.overview).toBe("2022年，本机关共收到政府信息公开申请2件。");
    expect((report.importedCells as CellValues)["s3.carryForward.natural"]).toEqual({ value: 2 });

    const loaded = await loadReport(db, t.agency.id, 2022);
    expect(loaded.document.tables.cells["s3.carryForward.total"]).toEqual({ value: 2 });
    expect(loaded.findings.filter((f) => f.severity === "hard")).toEqual([]);

    const audit = await db.auditLog.findFirst({
      where: { entityType: "AnnualReport", entityId: String(report.id), action: "import" },
    });
    expect(audit).toMatchObject({ agencyId: t.agency.id, userId: t.officeOfficer.user.id });
    expect(audit?.after).toMatchObject({ year: 2022, source: "IMPORTED" });
  });

  it("is what the next year's CARRY-OVER rule compares with", async () => {
    let loaded = await loadReport(db, t.agency.id, 2023); // compiled from (no) records: nothing carried over
    expect(loaded.findings.filter((f) => f.ruleId === "CARRY-OVER").map((f) => [f.cellCode, f.message])).toEqual([
      [
        "s3.carriedOver.natural",
        "表三 二、上年结转政府信息公开申请数量 行「自然人」列为 0，但上年报告「四、结转下年度继续办理」为 2",
      ],
      [
        "s3.carriedOver.total",
        "表三 二、上年结转政府信息公开申请数量 行「总计」列为 0，但上年报告「四、结转下年度继续办理」为 2",
      ],
    ]);
    await ensureReport(db, t.officeOfficer.actor, 2023);
    await setManualFigure(db, t.officeOfficer.actor, 2023, {
      cellCode: "s3.carriedOver.natural",
      value: "2",
      reason: "据2022年度报告",
    });
    loaded = await loadReport(db, t.agency.id, 2023);
    expect(loaded.findings.filter((f) => f.ruleId === "CARRY-OVER")).toEqual([]);
  });

  it("never overwrites a report compiled in this system", async () => {
    const compiled = await ensureReport(db, t.officeOfficer.actor, 2021);
    const error = await importReport(db, t.head.actor, {
      text: publishedText(t.agency.name, 2021),
      confirmAgency: false,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe("2021年度报告已在本系统中编制（草稿），导入的报告不会覆盖它。");
    expect(await db.annualReport.findUniqueOrThrow({ where: { id: compiled.id } })).toMatchObject({
      source: "COMPILED",
      importedCells: null,
    });
  });

  it("replaces an imported draft with a corrected import, but not one that has moved on", async () => {
    const corrected = publishedText(t.agency.name, 2022, {
      "s3.new.natural": { value: 3 },
      "s3.outcome.granted.natural": { value: 1 },
    });
    const { report, replaced } = await importReport(db, t.head.actor, { text: corrected, confirmAgency: false });
    expect(replaced).toBe(true);
    expect((report.importedCells as CellValues)["s3.new.natural"]).toEqual({ value: 3 });
    expect(report.version).toBe(2);

    await db.annualReport.update({ where: { id: report.id }, data: { status: "PUBLISHED" } });
    await expect(importReport(db, t.head.actor, { text: corrected, confirmAgency: false })).rejects.toBeInstanceOf(
      LockedError,
    );
  });

  it("imports only into the user's own agency, asking to confirm a title naming another", async () => {
    const text = publishedText("柏香镇", 2020);
    const error = await importReport(db, t.officeOfficer.actor, { text, confirmAgency: false }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainValidationError);
    expect(error.fieldErrors.confirmAgency[0]).toContain(`报告标题中的机关“柏香镇”与本机关“${t.agency.name}”不一致`);
    const { report } = await importReport(db, t.officeOfficer.actor, { text, confirmAgency: true });
    expect(report).toMatchObject({ agencyId: t.agency.id, year: 2020, vintage: "V2019" });

    await expect(importReport(db, t.farmingOfficer.actor, { text, confirmAgency: true })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("refuses text that is not a report, or has cells it could not read, at the text field", async () => {
    const notReport = await importReport(db, t.head.actor, {
      text: "关于做好值班工作的通知",
      confirmAgency: false,
    }).catch((e) => e);
    expect(notReport.fieldErrors.text[0]).toContain("未能识别为政府信息公开工作年度报告");
    const words = publishedText(t.agency.name, 2019).replace("行政许可\t0\t0\t0", "行政许可\t若干\t0\t0");
    const unread = await importReport(db, t.head.actor, { text: words, confirmAgency: false }).catch((e) => e);
    expect(unread).toBeInstanceOf(DomainValidationError);
    expect(unread.fieldErrors.text[0]).toContain(
      "表二 第二十条第（五）项 行政许可 行「上一年项目数量」列（「若干」不是数字）",
    );
    expect(
      await db.annualReport.findUnique({ where: { agencyId_year: { agencyId: t.agency.id, year: 2019 } } }),
    ).toBeNull();
  });
});
