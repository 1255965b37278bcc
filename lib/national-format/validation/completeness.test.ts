import { describe, expect, it } from "vitest";
import { BAIXIANG_2022_NARRATIVE } from "../fixtures/baixiang-2022";
import { consistentTables, hashPick } from "../fixtures/consistent-tables";
import { deriveTotals, emptyTables, type ReportTables } from "../tables";
import { findPlaceholders, getRule, validateReport, type ValidationInput } from ".";

const written = {
  overview: "本年度工作情况。政府信息公开工作纳入年度考核，未发生社会评议不满意和责任追究情况。",
  problems: "存在的问题。",
  otherMatters: "无",
};

function input(tables: ReportTables, extra: Partial<ValidationInput> = {}): ValidationInput {
  return {
    year: tables.vintage === "V2021" ? 2022 : 2020,
    vintage: tables.vintage,
    tables,
    narrative: written,
    ...extra,
  };
}

const check = (ruleId: string, value: ValidationInput) => getRule(ruleId)!.check(value);
const hard = (value: ValidationInput) => validateReport(value).filter((f) => f.severity === "hard");

describe("CELL-MISSING: a figure that must be entered by hand is blank, not 0, until entered", () => {
  // What a compiled 2019-format report holds: the cells records give; the rest of table 二 is left out.
  const compiled2019 = () => {
    const tables = emptyTables("V2019");
    for (const code of Object.keys(tables.cells)) {
      if (
        code.startsWith("s2.") &&
        code !== "s2.rule.made" &&
        code !== "s2.normative.made" &&
        !code.endsWith(".decisions")
      )
        delete tables.cells[code];
    }
    delete tables.cells["s2.otherServices.decisions"];
    return tables;
  };

  it("blocks a 2019-format report with each figure records cannot give, naming the field", () => {
    const findings = hard(input(compiled2019()));
    expect(findings.map((f) => f.ruleId)).toEqual(Array(17).fill("CELL-MISSING"));
    expect(findings.map((f) => f.cellCode)).toEqual([
      "s2.rule.published",
      "s2.rule.publishedTotal",
      "s2.normative.published",
      "s2.normative.publishedTotal",
      "s2.licensing.previousItems",
      "s2.licensing.itemsChange",
      "s2.otherServices.previousItems",
      "s2.otherServices.itemsChange",
      "s2.otherServices.decisions",
      "s2.penalty.previousItems",
      "s2.penalty.itemsChange",
      "s2.coercion.previousItems",
      "s2.coercion.itemsChange",
      "s2.fees.previousItems",
      "s2.fees.itemsChange",
      "s2.procurement.items",
      "s2.procurement.amount",
    ]);
    expect(findings[1]).toMatchObject({ section: "二", ruleName: "数字未填写" });
    expect(findings[1].message).toBe(
      "表二 第二十条第（一）项 规章 行「对外公开总数量」列尚未填写：本系统记录无法得出这一数字，请手工填报（没有则填 0），填报前报告中该格为空白",
    );
  });

  it("lets it through once every figure is entered, 0 included", () => {
    const tables = compiled2019();
    for (const [code, value] of Object.entries(emptyTables("V2019").cells))
      tables.cells[code] ??= { ...value!, manual: { reason: "依据台账" } };
    expect(hard(input(tables))).toEqual([]);
  });

  it("never flags a 总计: totals are computed", () => {
    expect(check("CELL-MISSING", input(deriveTotals("V2021", emptyTables("V2021").cells)))).toEqual([]);
  });
});

describe("NARRATIVE-EMPTY and NARRATIVE-PLACEHOLDER: nothing unfinished leaves the office", () => {
  const tables = consistentTables("V2021", hashPick(3));

  it("blocks an empty section, naming it and what belongs there", () => {
    const findings = hard(input(tables, { narrative: { ...written, problems: "  \n " } }));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "NARRATIVE-EMPTY",
        ruleName: "正文未填写",
        section: "五",
        message: "「五、存在的主要问题及改进情况」未填写：请写明本年度工作存在的主要问题及改进情况",
      }),
    ]);
    expect(hard(input(tables, { narrative: { ...written, otherMatters: "" } }))[0].message).toContain(
      "没有其他需要报告的事项时请填“无”",
    );
  });

  it("blocks every template prompt left in the text, naming the section and paragraph", () => {
    const overview = "1、主动公开。已完成。\n\n3、平台建设。（请补充本年度公开平台建设情况。）\n本年收到××件。";
    const findings = hard(input(tables, { narrative: { ...written, overview } }));
    expect(findings.map((f) => [f.ruleId, f.section, f.message])).toEqual([
      [
        "NARRATIVE-PLACEHOLDER",
        "一",
        "「一、总体情况」第 2 段仍是模板提示「（请补充本年度公开平台建设情况。）」：请按本年度实际情况填写，并删除该提示",
      ],
      [
        "NARRATIVE-PLACEHOLDER",
        "一",
        "「一、总体情况」第 3 段仍是模板提示「××」：请按本年度实际情况填写，并删除该提示",
      ],
    ]);
  });

  it("knows a prompt from an ordinary parenthesis", () => {
    expect(findPlaceholders("（请补充…）【请填写负责人】XX镇____")).toEqual([
      { paragraph: 1, text: "（请补充…）" },
      { paragraph: 1, text: "【请填写负责人】" },
      { paragraph: 1, text: "XX" },
      { paragraph: 1, text: "____" },
    ]);
    expect(findPlaceholders(BAIXIANG_2022_NARRATIVE.overview)).toEqual([]);
    expect(findPlaceholders("依据《条例》（国务院令第711号）和【典型案例】，（一）予以公开3件。")).toEqual([]);
  });
});

describe("rule 3 and rule 9: a blank row is a warning, a row with figures and a blank 总计 stays hard", () => {
  const blankRow = () => {
    const tables = emptyTables("V2021");
    for (const column of ["natural", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total"])
      tables.cells[`s3.outcome.granted.${column}`] = { value: 0, blank: true };
    return tables;
  };

  it("gives an entirely blank row one completeness warning (fill 0), not a hard sum finding", () => {
    const findings = validateReport(input(blankRow()));
    expect(findings.filter((f) => f.severity === "hard")).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.cellCode])).toEqual([
      ["BLANK-ROW", "soft", "s3.outcome.granted.total"],
    ]);
    expect(findings[0].message).toBe("表三 （一）予以公开 行各列均为空白，已按 0 计：没有此类情况请填 0");
    expect(findings[0].ruleName).toBe("整行空白");
  });

  it("keeps a row with figures and a blank 总计 a hard finding", () => {
    const tables = blankRow();
    tables.cells["s3.outcome.granted.natural"] = { value: 2 };
    tables.cells["s3.new.natural"] = { value: 2 };
    tables.cells["s3.new.total"] = { value: 2 };
    tables.cells["s3.outcome.total.natural"] = { value: 2 };
    tables.cells["s3.outcome.total.total"] = { value: 2 };
    const findings = validateReport(input(tables));
    expect(findings.filter((f) => f.ruleId === "T3-ROW-SUM").map((f) => [f.severity, f.cellCode])).toEqual([
      ["hard", "s3.outcome.granted.total"],
    ]);
    expect(findings.filter((f) => f.ruleId === "BLANK-ROW")).toEqual([]);
    expect(findings.filter((f) => f.ruleId === "BLANK-CELL").map((f) => f.cellCode)).toHaveLength(6);
  });
});

describe("WORK-ASSESSMENT: 工作考核、社会评议和责任追究 (国办公开办函〔2021〕30号)", () => {
  const tables = emptyTables("V2021");

  it("warns when no section reports the results, from the 2021 report on", () => {
    const findings = check("WORK-ASSESSMENT", input(tables, { narrative: BAIXIANG_2022_NARRATIVE }));
    expect(findings).toEqual([
      expect.objectContaining({ severity: "soft", section: "一", ruleName: "工作考核、社会评议和责任追究" }),
    ]);
    expect(check("WORK-ASSESSMENT", input(emptyTables("V2019"), { narrative: BAIXIANG_2022_NARRATIVE }))).toEqual([]);
  });

  it("accepts a paragraph that reports them, in any section", () => {
    const problems = "本年度政府信息公开工作纳入年度绩效考核，开展社会评议1次，未发生责任追究情况。";
    const narrative = { overview: "本年度工作情况。", problems, otherMatters: "无" };
    expect(check("WORK-ASSESSMENT", input(tables, { narrative }))).toEqual([]);
    expect(
      check("WORK-ASSESSMENT", input(tables, { narrative: { ...narrative, problems: "存在的问题。" } })),
    ).toHaveLength(1);
  });
});
