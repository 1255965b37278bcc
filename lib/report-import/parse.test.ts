// The two published-style fixtures, read cell by cell: the 柏香镇 2022 seed (2021 format, table 三 mangled
// by copy-paste) and a 2020 report in the 2019 format.
import { describe, expect, it } from "vitest";
import { BAIXIANG_2022, BAIXIANG_2022_NARRATIVE } from "@/lib/national-format/fixtures/baixiang-2022";
import { getFormat, listCells } from "@/lib/national-format/format";
import { checkImportedReport } from "./check";
import { BAIXIANG_2022_TEXT, QINYANG_EDUCATION_2020_TEXT } from "./fixtures/seed";
import { parseReportText } from "./parse";
import type { ImportedReport } from "./types";

function parsed(text: string): ImportedReport {
  const result = parseReportText(text);
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

describe("the 柏香镇 2022 report as published", () => {
  const report = parsed(BAIXIANG_2022_TEXT);
  // Its rows （一）予以公开, （二）部分公开 and （三）1.属于国家秘密 were printed without any figure.
  const blankRows = ["s3.outcome.granted", "s3.outcome.partial", "s3.outcome.denied.stateSecret"];
  const isBlank = (code: string) => blankRows.some((row) => code.startsWith(`${row}.`));

  it("recognises the agency, year and format", () => {
    expect(report).toMatchObject({
      title: "柏香镇2022年政府信息公开工作年度报告",
      titleName: BAIXIANG_2022.titleName,
      year: 2022,
      vintage: "V2021",
      vintageBy: "structure",
      feeDecimals: 4, // 本年收费金额（单位：万元，保留4位小数）
      unread: [],
      // The one label printed with other words is read as the format's, and said so.
      notes: [
        {
          line: 47,
          message: "表三行名「2.其他法律法规禁止公开」与国家格式不同，已按「2.其他法律行政法规禁止公开」读取，请核对",
        },
      ],
      sectionsFound: ["一", "二", "三", "四", "五", "六"],
    });
  });

  it("reads every cell right: all 0, the blank rows flagged blank", () => {
    for (const cell of listCells("V2021")) {
      const zero = cell.kind === "money" ? "0" : 0;
      expect(report.tables.cells[cell.code], cell.code).toEqual(
        isBlank(cell.code) ? { value: zero, blank: true } : { value: zero },
      );
    }
    expect(Object.keys(report.tables.cells)).toHaveLength(listCells("V2021").length);
  });

  it("takes the narrative as published, paragraph by paragraph", () => {
    expect(report.narrative).toEqual(BAIXIANG_2022_NARRATIVE);
  });

  it("traces each cell to its line", () => {
    const line = (code: string) => report.lines[report.sources[code]!.line - 1];
    expect(line("s3.outcome.denied.lawProhibited.natural")).toMatch(/^公开\t2\.其他法律法规禁止公开\t0/); // the typo, matched
    expect(line("s3.outcome.granted.total")).toMatch(/^三、本年度办理结果\t\(一\) 予以公开/);
    expect(report.sources["s3.outcome.granted.total"]).toEqual({ line: 43, text: "" });
    expect(line("s3.outcome.total.natural")).toMatch(/^\t\(七\) 总计\t\t0/);
    expect(line("s4.litigationAfterReconsideration.total")).toBe(Array(15).fill("0").join("\t"));
    expect(line("s2.fees.amount")).toBe("行政事业性收费\t0\t\t");
    for (const cell of listCells("V2021")) expect(report.sources[cell.code], cell.code).toBeDefined();
  });

  it("checks clean apart from its blanks: each finding is at a blank cell", () => {
    const findings = checkImportedReport(report);
    expect(listCells("V2021").filter((c) => isBlank(c.code))).toHaveLength(21);
    // The three rows printed blank in every cell: one completeness warning each, no hard finding.
    expect(findings.filter((f) => f.severity === "hard")).toEqual([]);
    expect(findings.filter((f) => f.ruleId === "BLANK-ROW").map((f) => f.cellCode)).toEqual(
      blankRows.map((row) => `${row}.total`),
    );
    const tableFindings = findings.filter((f) => f.section !== "一");
    expect(tableFindings.every((f) => f.cellCode && report.tables.cells[f.cellCode]?.blank)).toBe(true);
  });
});

describe("a 2020 report in the 2019 format, copied from a web page", () => {
  const report = parsed(QINYANG_EDUCATION_2020_TEXT);
  const figures: Record<string, number | string> = {
    "s2.normative.made": 3,
    "s2.normative.published": 3,
    "s2.normative.publishedTotal": 12,
    "s2.licensing.previousItems": 5,
    "s2.licensing.itemsChange": -1,
    "s2.licensing.decisions": 120,
    "s2.otherServices.previousItems": 2,
    "s2.otherServices.decisions": 15,
    "s2.penalty.previousItems": 3,
    "s2.penalty.decisions": 8,
    "s2.coercion.previousItems": 1,
    "s2.fees.previousItems": 2,
    "s2.fees.itemsChange": -2,
    "s2.procurement.items": 4,
    "s2.procurement.amount": "156.32",
    "s3.new.natural": 5,
    "s3.new.commercial": 1,
    "s3.new.total": 6,
    "s3.carriedOver.natural": 1,
    "s3.carriedOver.total": 1,
    "s3.outcome.granted.natural": 3,
    "s3.outcome.granted.commercial": 1,
    "s3.outcome.granted.total": 4,
    "s3.outcome.partial.natural": 1,
    "s3.outcome.partial.total": 1,
    "s3.outcome.unable.notHeld.natural": 1,
    "s3.outcome.unable.notHeld.total": 1,
    "s3.outcome.total.natural": 5,
    "s3.outcome.total.commercial": 1,
    "s3.outcome.total.total": 6,
    "s3.carryForward.natural": 1,
    "s3.carryForward.total": 1,
    "s4.reconsideration.upheld": 1,
    "s4.reconsideration.total": 1,
    "s4.litigationDirect.pending": 1,
    "s4.litigationDirect.total": 1,
  };

  it("recognises the 2019 format from its tables", () => {
    expect(report).toMatchObject({
      titleName: "沁阳市教育局",
      year: 2020,
      vintage: "V2019",
      vintageBy: "structure",
      unread: [],
    });
    expect(report.notes).toEqual([{ line: 3, message: "标题与第一部分之间的 1 行文字未导入" }]);
  });

  it("reads every cell: spaces for tabs, half-width brackets, full-width digits, a label broken over two lines", () => {
    for (const cell of getFormat("V2019").cells) {
      const value = figures[cell.code] ?? (cell.kind === "money" ? "0" : 0);
      expect(report.tables.cells[cell.code], cell.code).toEqual({ value });
    }
    expect(report.sources["s3.outcome.notProcessed.confirmation.total"]?.line).toBe(
      report.lines.findIndex((line) => line.startsWith("获取信息")) + 1,
    );
  });

  it("keeps the paragraphs and checks clean", () => {
    expect(report.narrative).toEqual({
      overview: "2020年，本局全年共收到政府信息公开申请6件，均在法定期限内答复。",
      problems: "主动公开的及时性有待提高。\n下一步将加强业务培训。",
      otherMatters: "本年度未收取信息处理费。",
    });
    expect(checkImportedReport(report)).toEqual([]);
  });
});
