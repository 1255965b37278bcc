import { describe, expect, it } from "vitest";
import { consistentTables, hashPick } from "../fixtures/consistent-tables";
import { BAIXIANG_2022_NARRATIVE } from "../fixtures/baixiang-2022";
import { emptyTables, type CellValues, type ReportTables } from "../tables";
import { getRule, validateReport, type ValidationInput } from ".";

const empty = { overview: "", problems: "", otherMatters: "无" };

function input(tables: ReportTables, extra: Partial<ValidationInput> = {}): ValidationInput {
  return { year: 2022, vintage: tables.vintage, tables, narrative: empty, ...extra };
}

function check(ruleId: string, value: ValidationInput) {
  return getRule(ruleId)!.check(value);
}

const sparse = (cells: CellValues, vintage: "V2019" | "V2021" = "V2021"): ReportTables => ({ vintage, cells });

describe("CARRY-OVER (rule 6)", () => {
  const previous = consistentTables("V2021", hashPick(11));
  const tables = consistentTables("V2021", hashPick(12));
  for (const column of ["natural", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total"]) {
    tables.cells[`s3.carriedOver.${column}`] = previous.cells[`s3.carryForward.${column}`];
  }

  it("accepts last year's 结转下年度 carried over per column", () => {
    expect(check("CARRY-OVER", input(tables, { previous }))).toEqual([]);
    expect(check("CARRY-OVER", input(tables))).toEqual([]); // no previous report: nothing to compare
  });

  it("warns at the column that differs", () => {
    const changed = { ...tables, cells: { ...tables.cells, "s3.carriedOver.natural": { value: 40 } } };
    const findings = check("CARRY-OVER", input(changed, { previous }));
    expect(findings.map((f) => [f.ruleId, f.severity, f.cellCode])).toEqual([
      ["CARRY-OVER", "soft", "s3.carriedOver.natural"],
    ]);
    expect(findings[0].message).toMatch(
      /^表三 二、上年结转政府信息公开申请数量 行「自然人」列为 40，但上年报告「四、结转下年度继续办理」为 \d+$/,
    );
  });

  it("compares with a previous report in the 2019 format", () => {
    const previous2019 = sparse({ "s3.carryForward.natural": { value: 1 } }, "V2019");
    expect(check("CARRY-OVER", input(sparse({}), { previous: previous2019 })).map((f) => f.cellCode)).toEqual([
      "s3.carriedOver.natural",
    ]);
  });
});

describe("IN-FORCE-CONTINUITY (rule 7)", () => {
  const previous = sparse({ "s2.normative.inForce": { value: 10 }, "s2.rule.inForce": { value: 1 } });
  const figures = {
    "s2.normative.issued": { value: 3 },
    "s2.normative.repealed": { value: 1 },
    "s2.rule.inForce": { value: 1 },
  };

  it("accepts 上年现行有效 + 制发 − 废止", () => {
    const tables = sparse({ ...figures, "s2.normative.inForce": { value: 12 } });
    expect(check("IN-FORCE-CONTINUITY", input(tables, { previous }))).toEqual([]);
  });

  it("warns at 现行有效件数 when it does not follow", () => {
    const tables = sparse({ ...figures, "s2.normative.inForce": { value: 11 } });
    const findings = check("IN-FORCE-CONTINUITY", input(tables, { previous }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "soft", section: "二", cellCode: "s2.normative.inForce" });
    expect(findings[0].relatedCells).toEqual(["s2.normative.issued", "s2.normative.repealed"]);
    expect(findings[0].message).toContain("上年现行有效 10 加本年制发 3 减本年废止 1 为 12");
  });

  it("skips a previous report in the 2019 format, which has no 现行有效件数", () => {
    expect(
      check(
        "IN-FORCE-CONTINUITY",
        input(sparse({ "s2.rule.inForce": { value: 5 } }), { previous: emptyTables("V2019") }),
      ),
    ).toEqual([]);
  });
});

describe("T4-CROSS-YEAR: last year's 尚未审结 cases do not vanish", () => {
  // Last year: one 行政复议 and one 直接起诉 still pending at 31 December.
  const previous = sparse({
    "s4.reconsideration.pending": { value: 1 },
    "s4.reconsideration.total": { value: 1 },
    "s4.litigationDirect.pending": { value: 1 },
    "s4.litigationDirect.total": { value: 1 },
  });

  it("accepts a pending case decided this year (in the results) or still pending", () => {
    const decided = sparse({
      "s4.reconsideration.upheld": { value: 1 },
      "s4.reconsideration.total": { value: 1 },
      "s4.litigationDirect.pending": { value: 1 },
      "s4.litigationDirect.total": { value: 1 },
    });
    expect(check("T4-CROSS-YEAR", input(decided, { previous }))).toEqual([]);
    expect(check("T4-CROSS-YEAR", input(sparse({})))).toEqual([]); // no previous report: nothing to compare
  });

  it("warns at the group's 总计 when it is below last year's 尚未审结", () => {
    const vanished = sparse({ "s4.litigationDirect.pending": { value: 1 }, "s4.litigationDirect.total": { value: 1 } });
    const findings = check("T4-CROSS-YEAR", input(vanished, { previous }));
    expect(findings.map((f) => [f.severity, f.section, f.cellCode])).toEqual([
      ["soft", "四", "s4.reconsideration.total"],
    ]);
    expect(findings[0].ruleName).toBe("表四跨年衔接");
    expect(findings[0].message).toBe(
      "表四「行政复议 / 总计」列为 0，少于上年报告「行政复议 / 尚未审结」1：" +
        "上年未审结的案件本年应已审结（计入结果维持、结果纠正或其他结果）或仍未审结（计入尚未审结）",
    );
    expect(findings[0].relatedCells).toContain("s4.reconsideration.pending");
  });

  it("compares every group, across format vintages", () => {
    const previous2019 = sparse(
      {
        "s4.litigationAfterReconsideration.pending": { value: 2 },
        "s4.litigationAfterReconsideration.total": { value: 2 },
      },
      "V2019",
    );
    const one = sparse({
      "s4.litigationAfterReconsideration.other": { value: 1 },
      "s4.litigationAfterReconsideration.total": { value: 1 },
    });
    expect(check("T4-CROSS-YEAR", input(one, { previous: previous2019 })).map((f) => f.cellCode)).toEqual([
      "s4.litigationAfterReconsideration.total",
    ]);
  });
});

describe("NARRATIVE-NUMBERS (rule 8)", () => {
  const tables = emptyTables("V2021");

  it("finds 采用25篇 in the seed against 24 adopted in the records", () => {
    const findings = check(
      "NARRATIVE-NUMBERS",
      input(tables, {
        narrative: BAIXIANG_2022_NARRATIVE,
        records: { submissionsTotal: 210, submissionsAdopted: 24 },
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "NARRATIVE-NUMBERS", severity: "soft", section: "一" });
    expect(findings[0].message).toBe("一、总体情况 写有「采用25篇」（25），但信息上报记录中的采用篇数为 24");
  });

  it("accepts the seed when the records agree, and finds a wrong 上报 count", () => {
    const narrative = BAIXIANG_2022_NARRATIVE;
    expect(
      check(
        "NARRATIVE-NUMBERS",
        input(tables, { narrative, records: { submissionsTotal: 210, submissionsAdopted: 25 } }),
      ),
    ).toEqual([]);
    const findings = check(
      "NARRATIVE-NUMBERS",
      input(tables, { narrative, records: { submissionsTotal: 200, submissionsAdopted: 25 } }),
    );
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/各类信息210篇」（210），但信息上报记录中的上报篇数为 200$/),
    ]);
  });

  it("compares application and case counts with the tables, at the table cell", () => {
    const figures = sparse({
      "s3.new.total": { value: 2 },
      "s3.outcome.total.total": { value: 2 },
      "s4.reconsideration.total": { value: 1 },
    });
    const narrative = { ...empty, overview: "全年共受理政府信息公开申请3件，已全部办结2件。发生行政复议案件1起。" };
    const findings = check("NARRATIVE-NUMBERS", input(figures, { narrative }));
    expect(findings.map((f) => f.cellCode)).toEqual(["s3.new.total"]);
    expect(findings[0].message).toBe(
      "一、总体情况 写有「受理政府信息公开申请3件」（3），但表三「一、本年新收政府信息公开申请数量」总计为 2",
    );
  });

  it("reads Chinese numerals and checks sections 五 and 六", () => {
    const figures = sparse({ "s3.new.total": { value: 2 } });
    const narrative = {
      overview: "本年收到政府信息公开申请两件。",
      problems: "",
      otherMatters: "发生行政诉讼十二起。",
    };
    const findings = check("NARRATIVE-NUMBERS", input(figures, { narrative }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      section: "六",
      cellCode: "s4.litigationDirect.total",
      relatedCells: ["s4.litigationAfterReconsideration.total"],
    });
  });
});

describe("BLANK-CELL (rule 9)", () => {
  it("flags each blank cell once, at that cell", () => {
    const tables = emptyTables("V2021");
    tables.cells["s3.new.research"] = { value: 0, blank: true };
    tables.cells["s4.litigationDirect.pending"] = { value: 0, blank: true };
    const findings = validateReport(input(tables)).filter((f) => f.ruleId === "BLANK-CELL");
    expect(findings.map((f) => [f.cellCode, f.section, f.severity])).toEqual([
      ["s3.new.research", "三", "soft"],
      ["s4.litigationDirect.pending", "四", "soft"],
    ]);
    expect(findings[0].message).toBe(
      "表三 一、本年新收政府信息公开申请数量 行「法人或其他组织 / 科研机构」列为空白，已按 0 计，请确认应填 0",
    );
  });
});

describe("plausibility (rule 10)", () => {
  it("PLAUSIBILITY-SWING: warns beyond ×5 or below ×0.2, ignoring small numbers", () => {
    const previous = sparse({
      "s3.new.total": { value: 10 },
      "s4.reconsideration.total": { value: 100 },
      "s2.penalty.decisions": { value: 1 },
    });
    const tables = sparse({
      "s3.new.total": { value: 60 },
      "s4.reconsideration.total": { value: 19 },
      "s2.penalty.decisions": { value: 9 },
    });
    const findings = check("PLAUSIBILITY-SWING", input(tables, { previous }));
    expect(findings.map((f) => [f.cellCode, f.section])).toEqual([
      ["s3.new.total", "三"],
      ["s4.reconsideration.total", "四"],
    ]);
    expect(findings[0].message).toBe(
      "表三 一、本年新收政府信息公开申请数量 行「总计」列：本年 60，上年 10，超过上年的 5 倍，请核实",
    );
    const within = sparse({ "s3.new.total": { value: 50 }, "s4.reconsideration.total": { value: 20 } });
    expect(check("PLAUSIBILITY-SWING", input(within, { previous }))).toEqual([]);
  });

  it("PLAUSIBILITY-AFTER-RECONSIDERATION: warns when 复议后起诉 exceeds 行政复议", () => {
    const tables = sparse({
      "s4.litigationAfterReconsideration.total": { value: 2 },
      "s4.reconsideration.total": { value: 1 },
    });
    expect(check("PLAUSIBILITY-AFTER-RECONSIDERATION", input(tables))).toEqual([
      expect.objectContaining({
        severity: "soft",
        cellCode: "s4.litigationAfterReconsideration.total",
        relatedCells: ["s4.reconsideration.total"],
      }),
    ]);
    const fine = sparse({
      "s4.litigationAfterReconsideration.total": { value: 1 },
      "s4.reconsideration.total": { value: 1 },
    });
    expect(check("PLAUSIBILITY-AFTER-RECONSIDERATION", input(fine))).toEqual([]);
  });

  it("PLAUSIBILITY-COPIED-NARRATIVE: warns when a section repeats last year's, year aside", () => {
    const previousNarrative = {
      ...BAIXIANG_2022_NARRATIVE,
      problems: BAIXIANG_2022_NARRATIVE.problems.replace("2022年", "2021年"),
    };
    const findings = check(
      "PLAUSIBILITY-COPIED-NARRATIVE",
      input(emptyTables("V2021"), { narrative: BAIXIANG_2022_NARRATIVE, previousNarrative }),
    );
    expect(findings.map((f) => f.section)).toEqual(["一", "五"]); // 六 is "无" both years: not a copy
    const rewritten = { ...BAIXIANG_2022_NARRATIVE, overview: BAIXIANG_2022_NARRATIVE.overview + "新增内容。" };
    expect(
      check(
        "PLAUSIBILITY-COPIED-NARRATIVE",
        input(emptyTables("V2021"), { narrative: rewritten, previousNarrative }),
      ).map((f) => f.section),
    ).toEqual(["五"]);
  });

  it("WRONG-VINTAGE: warns when the format does not fit the year", () => {
    expect(check("WRONG-VINTAGE", input(emptyTables("V2019"), { year: 2022 }))).toEqual([
      expect.objectContaining({
        ruleId: "WRONG-VINTAGE",
        severity: "soft",
        message: "2022 年度报告应使用国办公开办函〔2021〕30号的格式，但本报告使用国办公开办函〔2019〕60号的格式",
      }),
    ]);
    expect(check("WRONG-VINTAGE", input(emptyTables("V2019"), { year: 2020 }))).toEqual([]);
    expect(check("WRONG-VINTAGE", input(emptyTables("V2021"), { year: 2021 }))).toEqual([]);
  });
});

describe("registry", () => {
  it("has every rule with a stable id and a Chinese name, hard rules first", async () => {
    const { VALIDATION_RULES } = await import(".");
    expect(VALIDATION_RULES.map((r) => [r.id, r.severity, r.rule])).toEqual([
      ["T3-COLUMN-BALANCE", "hard", 1],
      ["T3-OUTCOME-SUM", "hard", 2],
      ["T3-ROW-SUM", "hard", 3],
      ["T4-GROUP-SUM", "hard", 4],
      ["VALUE-NONNEGATIVE", "hard", 5],
      ["CELL-MISSING", "hard", 9],
      ["NARRATIVE-EMPTY", "hard", 9],
      ["NARRATIVE-PLACEHOLDER", "hard", 9],
      ["CARRY-OVER", "soft", 6],
      ["T4-CROSS-YEAR", "soft", 6],
      ["IN-FORCE-CONTINUITY", "soft", 7],
      ["NARRATIVE-NUMBERS", "soft", 8],
      ["APPLICATION-FEES", "soft", 8],
      ["BLANK-ROW", "soft", 9],
      ["BLANK-CELL", "soft", 9],
      ["WORK-ASSESSMENT", "soft", 9],
      ["PLAUSIBILITY-SWING", "soft", 10],
      ["PLAUSIBILITY-AFTER-RECONSIDERATION", "soft", 10],
      ["PLAUSIBILITY-COPIED-NARRATIVE", "soft", 10],
      ["WRONG-VINTAGE", "soft", 10],
    ]);
    const chinese = /^[\u4e00-\u9fff、，（）]+$/;
    for (const rule of VALIDATION_RULES) {
      expect(rule.name, rule.id).toMatch(chinese);
      expect(rule.title, rule.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("words every finding in Chinese under the rule's Chinese name; the code stays apart", () => {
    const tables = sparse({ "s3.new.natural": { value: 1 } });
    const findings = validateReport(
      input(tables, { narrative: { overview: "全年未收到申请。", problems: "", otherMatters: "无" } }),
    );
    expect(findings.length).toBeGreaterThan(3);
    for (const finding of findings) {
      expect(finding.ruleName).toBe(getRule(finding.ruleId)!.name);
      expect(finding.message).not.toMatch(/[A-Z]{2,}-[A-Z]/); // no rule code in the words
    }
  });
});
