import { describe, expect, it } from "vitest";
import { VINTAGES, type CellCode } from "../format";
import { consistentTables, hashPick } from "../fixtures/consistent-tables";
import { deriveTotals, emptyTables, numberOf, type ReportTables } from "../tables";
import { validateReport, type Finding, type ValidationInput } from ".";

const narrative = { overview: "本年度工作情况。", problems: "存在的问题。", otherMatters: "无" };

function input(tables: ReportTables, year = tables.vintage === "V2021" ? 2022 : 2020): ValidationInput {
  return { year, vintage: tables.vintage, tables, narrative };
}

const hard = (findings: Finding[]) => findings.filter((f) => f.severity === "hard");
const at = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => f.cellCode);

/** Consistent tables with one cell changed by `delta`. */
function broken(code: CellCode, delta = 1, vintage: "V2019" | "V2021" = "V2021"): Finding[] {
  const tables = consistentTables(vintage, hashPick(7));
  tables.cells[code] = { value: numberOf(tables.cells[code]) + delta };
  return validateReport(input(tables));
}

describe("hard rules on consistent tables", () => {
  it.each(VINTAGES)("%s: no hard finding", (vintage) => {
    for (const seed of [1, 2, 3])
      expect(hard(validateReport(input(consistentTables(vintage, hashPick(seed)))))).toEqual([]);
    expect(hard(validateReport(input(emptyTables(vintage))))).toEqual([]);
  });
});

describe("T3-COLUMN-BALANCE (rule 1)", () => {
  it("finds 一 + 二 ≠ （七）总计 + 四 in the broken column, at 四、结转下年度继续办理", () => {
    const findings = broken("s3.new.natural", 2);
    expect(at(findings, "T3-COLUMN-BALANCE")).toEqual(["s3.carryForward.natural"]);
    const finding = findings.find((f) => f.ruleId === "T3-COLUMN-BALANCE")!;
    expect(finding).toMatchObject({ severity: "hard", section: "三" });
    expect(finding.relatedCells).toContain("s3.new.natural");
    expect(finding.message).toMatch(
      /^表三「自然人」列：第一项加第二项之和为 \d+（\d+ \+ \d+），但第三项（七）总计加第四项之和为 \d+/,
    );
  });

  it("checks the 总计 column too", () => {
    expect(at(broken("s3.carriedOver.total", -1), "T3-COLUMN-BALANCE")).toEqual(["s3.carryForward.total"]);
  });
});

describe("T3-OUTCOME-SUM (rule 2)", () => {
  it("finds outcome leaves not summing to （七）总计, at the （七）总计 cell", () => {
    const findings = broken("s3.outcome.denied.stateSecret.commercial");
    expect(at(findings, "T3-OUTCOME-SUM")).toEqual(["s3.outcome.total.commercial"]);
    expect(findings.find((f) => f.ruleId === "T3-OUTCOME-SUM")?.relatedCells).toHaveLength(21);
  });

  it("names the table, row, column and both numbers", () => {
    const tables = deriveTotals("V2021", {
      "s3.outcome.granted.natural": { value: 5 },
      "s3.new.natural": { value: 5 },
    });
    tables.cells["s3.outcome.total.natural"] = { value: 4 };
    const finding = validateReport(input(tables)).find((f) => f.ruleId === "T3-OUTCOME-SUM");
    expect(finding?.message).toBe("表三 （七）总计 行「自然人」列：各办理结果之和为 5，但总计为 4");
  });

  it("sums 19 leaves in the 2019 format", () => {
    const findings = broken("s3.outcome.other.research", 1, "V2019");
    expect(at(findings, "T3-OUTCOME-SUM")).toEqual(["s3.outcome.total.research"]);
    expect(findings.find((f) => f.ruleId === "T3-OUTCOME-SUM")?.relatedCells).toHaveLength(19);
  });
});

describe("T3-ROW-SUM (rule 3)", () => {
  it("finds a row whose columns do not sum to 总计, at the 总计 cell", () => {
    const findings = broken("s3.outcome.unable.notHeld.legalService");
    expect(at(findings, "T3-ROW-SUM")).toEqual(["s3.outcome.unable.notHeld.total"]);
    const message = findings.find((f) => f.ruleId === "T3-ROW-SUM")?.message;
    expect(message).toMatch(
      /^表三 （四）无法提供 1\.本机关不掌握相关政府信息 行：自然人与法人或其他组织各列之和为 \d+，但总计为 \d+$/,
    );
  });

  it("finds a missing or blank 总计 even when the row is all zero", () => {
    const tables = emptyTables("V2021");
    delete tables.cells["s3.outcome.partial.total"];
    tables.cells["s3.outcome.granted.total"] = { value: 0, blank: true };
    const findings = validateReport(input(tables));
    expect(at(findings, "T3-ROW-SUM")).toEqual(["s3.outcome.granted.total", "s3.outcome.partial.total"]);
    expect(findings.find((f) => f.ruleId === "T3-ROW-SUM")?.message).toContain("「总计」列为空");
  });
});

describe("T4-GROUP-SUM (rule 4)", () => {
  it("finds a group whose parts do not sum to 总计, at that 总计", () => {
    const findings = broken("s4.litigationDirect.corrected");
    expect(at(findings, "T4-GROUP-SUM")).toEqual(["s4.litigationDirect.total"]);
    expect(hard(findings).map((f) => f.ruleId)).toEqual(["T4-GROUP-SUM"]);
  });

  it("catches a 总计 printed 0 beside non-zero cases", () => {
    const tables = emptyTables("V2021");
    tables.cells["s4.reconsideration.upheld"] = { value: 2 };
    const [finding] = hard(validateReport(input(tables)));
    expect(finding).toMatchObject({ ruleId: "T4-GROUP-SUM", cellCode: "s4.reconsideration.total", section: "四" });
    expect(finding.message).toBe(
      "表四「行政复议 / 总计」列：结果维持、结果纠正、其他结果、尚未审结之和为 2，但总计为 0",
    );
  });
});

describe("VALUE-NONNEGATIVE (rule 5)", () => {
  it.each([
    ["V2021", "s2.penalty.decisions", -1],
    ["V2021", "s3.outcome.granted.natural", 1.5],
    ["V2021", "s2.fees.amount", "-0.5"],
    ["V2021", "s2.fees.amount", "1e3"],
    ["V2021", "s2.fees.amount", 3],
    ["V2019", "s2.licensing.itemsChange", 0.5],
    ["V2019", "s2.procurement.amount", "abc"],
  ] as const)("%s: finds %s = %s at that cell", (vintage, code, value) => {
    const tables = consistentTables(vintage, hashPick(5));
    tables.cells[code] = { value };
    const findings = hard(validateReport(input(tables)));
    expect(at(findings, "VALUE-NONNEGATIVE")).toEqual([code]);
  });

  it("accepts a negative 本年增/减 and exact money", () => {
    const tables = consistentTables("V2019", hashPick(5));
    tables.cells["s2.fees.itemsChange"] = { value: -4 };
    tables.cells["s2.procurement.amount"] = { value: "12.345678" };
    expect(hard(validateReport(input(tables)))).toEqual([]);
  });
});

describe("validateReport", () => {
  it("refuses tables of another vintage than declared", () => {
    expect(() => validateReport({ ...input(emptyTables("V2019")), vintage: "V2021" })).toThrow(/V2019/);
  });
});
