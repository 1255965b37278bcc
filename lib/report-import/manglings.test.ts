// What copying a published report off a web page or out of Word does to it, one mangling at a time and all
// together; and reports whose figures contradict each other, which the check must point at.
import { describe, expect, it } from "vitest";
import { sampleReport } from "@/lib/national-format/fixtures/read-back";
import { renderText } from "@/lib/national-format/render-text";
import { checkImportedReport } from "./check";
import { BAIXIANG_2022_TEXT } from "./fixtures/seed";
import { printedTables } from "./fixtures/printed";
import { parseReportText } from "./parse";
import type { ImportedReport } from "./types";

function parsed(text: string): ImportedReport {
  const result = parseReportText(text);
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

const doc = sampleReport("V2021", 5, 4);
const TEXT = renderText(doc);
const EXPECTED = printedTables(doc.tables, 4).cells;

type Mangle = (text: string) => string;
const mapLines =
  (fn: (line: string, i: number, all: string[]) => string | string[]): Mangle =>
  (text) =>
    text
      .split("\n")
      .flatMap((line, i, all) => fn(line, i, all))
      .join("\n");
const inTables = (fn: (line: string) => string | string[]) =>
  mapLines((line) => (line.includes("\t") ? fn(line) : line));

/** Merged cells as a web page copies them: a group label only on its first row, no padding of stub columns. */
const mergedStubs = mapLines((line, i, all) => {
  if (
    !line.startsWith("三、本年度办理结果\t") &&
    !line.startsWith("一、") &&
    !line.startsWith("二、") &&
    !line.startsWith("四、结转")
  )
    return line;
  const fields = line.split("\t");
  const previous = (all[i - 1] ?? "").split("\t");
  const stub = fields.slice(0, 3).map((label, j) => (label && label === previous[j] ? "" : label));
  while (stub.length && stub.at(-1) === "") stub.pop();
  const leading = stub.findIndex(Boolean);
  return [...stub.slice(0, leading).map(() => ""), ...stub.slice(leading), ...fields.slice(3)].join("\t");
});
const spacesForTabs = inTables((line) => line.replace(/\t+/g, " ").trim());
const fullWidth = inTables((line) =>
  line
    .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    .replace(/（/g, "(")
    .replace(/）/g, ")"),
);
const typos: Mangle = (text) =>
  text
    .replace("其他法律行政法规禁止公开", "其他法律法规禁止公开")
    .replace("保护第三方合法权益", "保护第三方合法权")
    .replace("本年制发件数", "本年制发数")
    .replace("行政规范性文件", "行政规范文件")
    .replace("要求行政机关确认或重新出具已获取信息", "要求行政机关确认或重新出具已获得信息")
    .replace("四、结转下年度继续办理", "四、结转下年继续办理");
const brokenHeaders: Mangle = (text) =>
  text
    .replace("第一项加第二项之和，等于", "第一项加第二项之和，\n等于")
    .replace("\t自然人\t法人或其他组织\t", "\t自然人\t法人或其他\n组织\t");
/** A long label's end on the next line with the figures; another label alone on its line, figures below. */
const brokenRows: Mangle = mapLines((line) => {
  if (line.includes("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理")) {
    return line.replace("行政机关不再处理其政府信息公开申请\t", "行政机关不\n再处理其政府信息公开申请\t").split("\n");
  }
  if (line.includes("1.本机关不掌握相关政府信息")) {
    const fields = line.split("\t");
    return [fields.slice(0, 3).join("\t"), fields.slice(3).join("\t")];
  }
  return line;
});
const trailingTabs = inTables((line) => `${line}\t`);

describe("copy-paste manglings, read back to the same tables", () => {
  it.each([
    ["merged stub cells", mergedStubs],
    ["spaces for tabs", spacesForTabs],
    ["full-width digits and half-width brackets", fullWidth],
    ["labels with small typos", typos],
    ["headers broken over lines", brokenHeaders],
    ["rows broken over lines", brokenRows],
    ["trailing tabs", trailingTabs],
    ["all of them", (t: string) => trailingTabs(brokenRows(brokenHeaders(typos(fullWidth(mergedStubs(t))))))],
  ] as [string, Mangle][])("%s", (_name, mangle) => {
    const report = parsed(mangle(TEXT));
    expect(report.unread).toEqual([]);
    expect(report.tables.cells).toEqual(EXPECTED);
    expect(report).toMatchObject({ titleName: "测试县", year: 2023, vintage: "V2021", vintageBy: "structure" });
  });

  it("traces a broken label's figures to the line that holds them", () => {
    const report = parsed(brokenRows(TEXT));
    expect(report.lines[report.sources["s3.outcome.other.feeUnpaid.natural"]!.line - 1]).toMatch(
      /^再处理其政府信息公开申请\t/,
    );
    expect(report.lines[report.sources["s3.outcome.unable.notHeld.total"]!.line - 1]).toBe(
      TEXT.split("\n")
        .find((l) => l.includes("1.本机关不掌握"))!
        .split("\t")
        .slice(3)
        .join("\t"),
    );
  });

  it("lists a cell printed as words by its label, and never reads it as 0", () => {
    const report = parsed(TEXT.replace("行政许可\t1", "行政许可\t若干"));
    expect(report.tables.cells["s2.licensing.decisions"]).toBeUndefined();
    expect(report.unread).toEqual([
      {
        code: "s2.licensing.decisions",
        label: "表二 第二十条第（五）项 行政许可 行「本年处理决定数量」列",
        reason: "「若干」不是数字",
        kind: "invalid",
        line: 17,
      },
    ]);
    const findings = checkImportedReport(report);
    expect(findings[0]).toMatchObject({
      ruleId: "IMPORT-UNREAD",
      severity: "hard",
      cellCode: "s2.licensing.decisions",
    });
  });

  it("lists every cell of a table the text does not have", () => {
    const report = parsed(TEXT.slice(0, TEXT.indexOf("四、政府信息公开行政复议")));
    expect(report.unread.map((cell) => cell.code)).toHaveLength(15);
    expect(report.unread[0]).toMatchObject({
      code: "s4.reconsideration.upheld",
      reason: "原文中未找到“四、政府信息公开行政复议、行政诉讼情况”的表格",
    });
  });

  it("reads dashes and blanks as blank, flagged", () => {
    const report = parsed(TEXT.replace("规章\t7\t8\t10", "规章\t—\t\t10"));
    expect(report.tables.cells["s2.rule.issued"]).toEqual({ value: 0, blank: true });
    expect(report.tables.cells["s2.rule.repealed"]).toEqual({ value: 0, blank: true });
    expect(
      checkImportedReport(report)
        .filter((f) => f.ruleId === "BLANK-CELL")
        .map((f) => f.cellCode),
    ).toEqual(["s2.rule.issued", "s2.rule.repealed"]);
  });
});

describe("reports that contradict themselves", () => {
  it("table 四: a 总计 printed 0 beside non-zero cases is a hard finding at that 总计", () => {
    const zeros = Array(15).fill("0").join("\t");
    const report = parsed(BAIXIANG_2022_TEXT.replace(zeros, ["1", ...Array(14).fill("0")].join("\t")));
    expect(report.tables.cells["s4.reconsideration.upheld"]).toEqual({ value: 1 });
    const hard = checkImportedReport(report).filter((f) => f.ruleId === "T4-GROUP-SUM");
    expect(hard).toEqual([
      expect.objectContaining({
        severity: "hard",
        cellCode: "s4.reconsideration.total",
        relatedCells: [
          "s4.reconsideration.upheld",
          "s4.reconsideration.corrected",
          "s4.reconsideration.other",
          "s4.reconsideration.pending",
        ],
      }),
    ]);
  });

  it("table 三: the 总计 column left blank on the outcome rows is a hard finding on each row", () => {
    const blankTotals = mapLines((line) =>
      line.startsWith("三、本年度办理结果\t") ? line.replace(/\t\d+$/, "\t") : line,
    );
    for (const text of [blankTotals(TEXT), blankTotals(TEXT).replace(/\t\n/g, "\n")]) {
      const report = parsed(text);
      const outcomeTotals = Object.keys(EXPECTED).filter(
        (code) => code.startsWith("s3.outcome.") && code.endsWith(".total"),
      );
      expect(outcomeTotals).toHaveLength(22);
      for (const code of outcomeTotals) expect(report.tables.cells[code], code).toEqual({ value: 0, blank: true });
      for (const code of Object.keys(EXPECTED).filter((c) => !outcomeTotals.includes(c)))
        expect(report.tables.cells[code]).toEqual(EXPECTED[code]);
      const findings = checkImportedReport(report);
      expect(findings.filter((f) => f.ruleId === "T3-ROW-SUM").map((f) => [f.severity, f.cellCode])).toEqual(
        outcomeTotals.map((code) => ["hard", code]),
      );
      expect(findings.filter((f) => f.ruleId === "T3-ROW-SUM").every((f) => f.message.includes("「总计」列为空"))).toBe(
        true,
      );
      expect(findings.filter((f) => f.ruleId === "BLANK-CELL").map((f) => f.cellCode)).toEqual(outcomeTotals);
    }
  });

  it("a count in the narrative that contradicts the table is a soft finding at the cell it quotes", () => {
    const text = BAIXIANG_2022_TEXT.replace(
      "主要做了以下几项工作：",
      "全年共收到政府信息公开申请3件。主要做了以下几项工作：",
    );
    const findings = checkImportedReport(parsed(text)).filter((f) => f.ruleId === "NARRATIVE-NUMBERS");
    expect(findings).toEqual([expect.objectContaining({ severity: "soft", section: "一", cellCode: "s3.new.total" })]);
    expect(findings[0].message).toContain("收到政府信息公开申请3件");
  });

  it("a report printed in the other vintage's format is read in that format, with a warning", () => {
    const old = sampleReport("V2019", 3, 2);
    const report = parsed(renderText({ ...old, year: 2022 }));
    expect(report).toMatchObject({ year: 2022, vintage: "V2019", vintageBy: "structure", unread: [] });
    expect(checkImportedReport(report).map((f) => f.ruleId)).toContain("WRONG-VINTAGE");
  });
});

describe("text that is not a report", () => {
  it.each([
    ["", "文本为空。"],
    ["关于做好2023年春节期间值班工作的通知\n\n各科室：请按排班表值班。", "未能识别为政府信息公开工作年度报告"],
    ["柏香镇2022年政府信息公开工作年度报告\n一、总体情况\n无", "未能识别为政府信息公开工作年度报告"],
    ["PK\u0003\u0004\u0000\u0000\u0000\u0000garbage\uFFFD\uFFFD", "不是文本"],
  ])("%j is refused with a reason", (text, message) => {
    const result = parseReportText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});
