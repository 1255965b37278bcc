// The demo data, in a database of its own, compiles to the 柏香镇 report as published
// (/work/shared/seed/baixiang-2022-annual-report.txt): every figure, cell by cell.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { demoDatabase } from "./fixtures";
import { getFormat, validateReport } from "@/lib/national-format";
import { BAIXIANG_2022_NARRATIVE } from "@/lib/national-format/fixtures/baixiang-2022";
import { compileReportTables, compileSubmissionStats } from "@/lib/annual-report/compile";
import { DEMO_2023 } from "@/lib/seed/demo-2023";

// ---------------------------------------------------------------- the published figures, as printed

// 二、主动公开政府信息情况
const TABLE_2: Record<string, number | string> = {
  "s2.rule.issued": 0, // 规章 本年制发件数
  "s2.rule.repealed": 0, // 规章 本年废止件数
  "s2.rule.inForce": 0, // 规章 现行有效件数
  "s2.normative.issued": 0, // 行政规范性文件 本年制发件数
  "s2.normative.repealed": 0,
  "s2.normative.inForce": 0,
  "s2.licensing.decisions": 0, // 行政许可 本年处理决定数量
  "s2.penalty.decisions": 0, // 行政处罚
  "s2.coercion.decisions": 0, // 行政强制
  "s2.fees.amount": "0", // 行政事业性收费 本年收费金额（万元）
};

// 三、收到和处理政府信息公开申请情况. Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
// The seed's copy-paste lost the figures of （一）, （二） and （三）1 (printed blank); they are 0, since
// （七）总计 is 0 in every column and counts are non-negative.
const TABLE_3_COLUMNS = ["natural", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total"];
const TABLE_3: [row: string, figures: number[]][] = [
  ["new", [0, 0, 0, 0, 0, 0, 0]], // 一、本年新收政府信息公开申请数量
  ["carriedOver", [0, 0, 0, 0, 0, 0, 0]], // 二、上年结转政府信息公开申请数量
  ["outcome.granted", [0, 0, 0, 0, 0, 0, 0]], // （一）予以公开 (blank in the seed)
  ["outcome.partial", [0, 0, 0, 0, 0, 0, 0]], // （二）部分公开 (blank in the seed)
  ["outcome.denied.stateSecret", [0, 0, 0, 0, 0, 0, 0]], // （三）1.属于国家秘密 (blank in the seed)
  ["outcome.denied.lawProhibited", [0, 0, 0, 0, 0, 0, 0]], // 2.其他法律法规禁止公开
  ["outcome.denied.threeSecurities", [0, 0, 0, 0, 0, 0, 0]], // 3.危及“三安全一稳定”
  ["outcome.denied.thirdParty", [0, 0, 0, 0, 0, 0, 0]], // 4.保护第三方合法权益
  ["outcome.denied.internalAffairs", [0, 0, 0, 0, 0, 0, 0]], // 5.属于三类内部事务信息
  ["outcome.denied.processInfo", [0, 0, 0, 0, 0, 0, 0]], // 6.属于四类过程性信息
  ["outcome.denied.enforcementFile", [0, 0, 0, 0, 0, 0, 0]], // 7.属于行政执法案卷
  ["outcome.denied.queryMatter", [0, 0, 0, 0, 0, 0, 0]], // 8.属于行政查询事项
  ["outcome.unable.notHeld", [0, 0, 0, 0, 0, 0, 0]], // （四）1.本机关不掌握相关政府信息
  ["outcome.unable.needsCreation", [0, 0, 0, 0, 0, 0, 0]], // 2.没有现成信息需要另行制作
  ["outcome.unable.stillUnclear", [0, 0, 0, 0, 0, 0, 0]], // 3.补正后申请内容仍不明确
  ["outcome.notProcessed.petition", [0, 0, 0, 0, 0, 0, 0]], // （五）1.信访举报投诉类申请
  ["outcome.notProcessed.repeat", [0, 0, 0, 0, 0, 0, 0]], // 2.重复申请
  ["outcome.notProcessed.publication", [0, 0, 0, 0, 0, 0, 0]], // 3.要求提供公开出版物
  ["outcome.notProcessed.excessive", [0, 0, 0, 0, 0, 0, 0]], // 4.无正当理由大量反复申请
  ["outcome.notProcessed.confirmation", [0, 0, 0, 0, 0, 0, 0]], // 5.要求行政机关确认或重新出具已获取信息
  ["outcome.other.noCorrection", [0, 0, 0, 0, 0, 0, 0]], // （六）1.申请人无正当理由逾期不补正…
  ["outcome.other.feeUnpaid", [0, 0, 0, 0, 0, 0, 0]], // 2.申请人逾期未按收费通知要求缴纳费用…
  ["outcome.other.other", [0, 0, 0, 0, 0, 0, 0]], // 3.其他
  ["outcome.total", [0, 0, 0, 0, 0, 0, 0]], // （七）总计
  ["carryForward", [0, 0, 0, 0, 0, 0, 0]], // 四、结转下年度继续办理
];

// 四、政府信息公开行政复议、行政诉讼情况: one line of 15 figures (结果维持, 结果纠正, 其他结果, 尚未审结, 总计 ×3).
const TABLE_4_GROUPS = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"];
const TABLE_4_COLUMNS = ["upheld", "corrected", "other", "pending", "total"];
const TABLE_4_LINE = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

function publishedCells(): Record<string, number | string> {
  const cells: Record<string, number | string> = { ...TABLE_2 };
  for (const [row, figures] of TABLE_3)
    TABLE_3_COLUMNS.forEach((column, i) => (cells[`s3.${row}.${column}`] = figures[i]));
  TABLE_4_GROUPS.forEach((group, g) =>
    TABLE_4_COLUMNS.forEach(
      (column, c) => (cells[`s4.${group}.${column}`] = TABLE_4_LINE[g * TABLE_4_COLUMNS.length + c]),
    ),
  );
  return cells;
}

// ---------------------------------------------------------------- a database of its own

const demo = demoDatabase("compile_baixiang", 120_000);
let db: Db;
beforeAll(() => {
  db = demo.db();
});

async function baixiangId(): Promise<number> {
  return (await db.agency.findUniqueOrThrow({ where: { slug: "baixiang" } })).id;
}

describe("柏香镇 2022, compiled from the demo records", () => {
  it("has every figure of the published tables 二, 三 and 四", async () => {
    const tables = await compileReportTables(db, await baixiangId(), 2022, "V2021");
    const expected = publishedCells();
    expect(Object.keys(expected).sort()).toEqual(
      getFormat("V2021")
        .cells.map((cell) => cell.code)
        .sort(),
    );
    const compiled = Object.fromEntries(Object.entries(tables.cells).map(([code, cell]) => [code, cell!.value]));
    expect(compiled).toEqual(expected);
  });

  it("has the published 信息上报 figures: 210 submitted, 25 adopted", async () => {
    const stats = await compileSubmissionStats(db, await baixiangId(), 2022);
    expect(stats.submitted).toBe(210);
    expect(stats.adopted).toBe(25);
    // The outlets and categories the narrative names, in its order.
    expect(stats.byOutlet.map((o) => o.name)).toEqual([
      "《焦作日报》",
      "《市委工作信息》",
      "《政府工作信息》",
      "《沁阳手机报》",
    ]);
    expect(stats.categories).toEqual(["公文", "统计信息", "民生信息", "政府工作网站", "社会管理"]);
    expect(stats.byDepartment.reduce((sum, d) => sum + d.submitted, 0)).toBe(210);
    expect(stats.byDepartment.reduce((sum, d) => sum + d.adopted, 0)).toBe(25);
    expect(stats.byOutlet.reduce((sum, o) => sum + o.adopted, 0)).toBe(25); // each adopted by one outlet
  });

  it("validates against the published narrative: every figure agrees", async () => {
    const agencyId = await baixiangId();
    const tables = await compileReportTables(db, agencyId, 2022, "V2021");
    const stats = await compileSubmissionStats(db, agencyId, 2022);
    const findings = validateReport({
      year: 2022,
      vintage: "V2021",
      tables,
      narrative: BAIXIANG_2022_NARRATIVE,
      records: { submissionsTotal: stats.submitted, submissionsAdopted: stats.adopted },
    });
    // Every figure agrees; only the 工作考核、社会评议和责任追究 results the 2021 notice asks for are missing.
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([["WORK-ASSESSMENT", "soft"]]);
  });

  it("has nothing in the neighbouring years", async () => {
    const agencyId = await baixiangId();
    expect(await compileSubmissionStats(db, agencyId, 2021)).toMatchObject({
      submitted: 0,
      adopted: 0,
      categories: [],
    });
  });
});

describe("柏香镇 2023, the demo's year to walk through (lib/seed/demo-2023.ts)", () => {
  it("has a caseload in table 三 that balances, one outcome of each family, two carried into 2024", async () => {
    const agencyId = await baixiangId();
    const tables = await compileReportTables(db, agencyId, 2023, "V2021");
    const cell = (code: string) => tables.cells[code]?.value;
    const row = (r: string) => TABLE_3_COLUMNS.map((c) => cell(`s3.${r}.${c}`));
    //                       自然人 商业 科研 公益 法律 其他 总计
    expect(row("new")).toEqual([9, 1, 0, 1, 1, 0, 12]);
    expect(row("carriedOver")).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row("outcome.granted")).toEqual([1, 0, 0, 0, 1, 0, 2]);
    expect(row("outcome.partial")).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(row("outcome.denied.processInfo")).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row("outcome.unable.notHeld")).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row("outcome.unable.stillUnclear")).toEqual([0, 0, 0, 1, 0, 0, 1]);
    expect(row("outcome.notProcessed.petition")).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row("outcome.notProcessed.repeat")).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row("outcome.other.noCorrection")).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row("outcome.other.feeUnpaid")).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row("outcome.total")).toEqual([7, 1, 0, 1, 1, 0, 10]);
    expect(row("carryForward")).toEqual([2, 0, 0, 0, 0, 0, 2]);
    // 四: a reconsideration upheld, a lawsuit pending at the year end.
    expect(cell("s4.reconsideration.upheld")).toBe(1);
    expect(cell("s4.litigationDirect.pending")).toBe(1);
    // 二: a township's normative document (never a 规章) and its penalties.
    expect([cell("s2.normative.issued"), cell("s2.rule.issued"), cell("s2.penalty.decisions")]).toEqual([1, 0, 22]);
    // Validation finds nothing wrong with the tables (the narrative is the tour's to write).
    const findings = validateReport({
      year: 2023,
      vintage: "V2021",
      tables,
      narrative: { overview: "", problems: "", otherMatters: "" },
    });
    expect(
      findings.filter((f) => f.severity === "hard" && f.section !== "一" && f.section !== "五" && f.section !== "六"),
    ).toEqual([]);

    const next = await compileReportTables(db, agencyId, 2024, "V2021");
    expect(TABLE_3_COLUMNS.map((c) => next.cells[`s3.carriedOver.${c}`]?.value)).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(next.cells["s3.outcome.granted.natural"]?.value).toBe(1);
    expect(next.cells["s3.carryForward.natural"]?.value).toBe(1);
  });

  it("has weekly submissions with adoptions, and applications with their steps and due dates", async () => {
    const agencyId = await baixiangId();
    expect(await compileSubmissionStats(db, agencyId, 2023)).toMatchObject({
      submitted: DEMO_2023.submissions,
      adopted: DEMO_2023.adopted,
    });
    const apps = await db.disclosureApplication.findMany({
      where: { agencyId, receivedOn: { gte: new Date("2023-01-01"), lte: new Date("2023-12-31") } },
      include: { events: true },
      orderBy: { receivedOn: "asc" },
    });
    expect(apps).toHaveLength(DEMO_2023.applications);
    const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
    const late = apps.filter((a) => a.repliedOn && a.dueOn && a.repliedOn > a.dueOn);
    expect(late.map((a) => [iso(a.dueOn), iso(a.repliedOn)])).toEqual([["2023-06-05", "2023-06-20"]]);
    const extended = apps.find((a) => a.events.some((e) => e.kind === "EXTENSION_APPROVED"))!;
    expect([iso(extended.dueOn), extended.events.find((e) => e.kind === "EXTENSION_APPROVED")?.workingDays]).toEqual([
      "2023-12-04",
      15,
    ]);
    const waiting = apps.filter((a) => !a.repliedOn);
    expect(waiting.map((a) => [iso(a.dueOn), iso(a.waitingUntil)])).toEqual([[null, "2024-01-09"]]);
    expect(new Set(apps.map((a) => a.departmentId)).size).toBe(6);
  });
});
