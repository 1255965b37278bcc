import { describe, expect, it } from "vitest";
import {
  APPLICANT_TYPE_LABELS,
  APPLICANT_TYPES,
  APPLICATION_OUTCOMES,
  BALANCE_NOTE,
  DECISION_KIND_LABELS,
  DECISION_KINDS,
  NORMATIVE_DOCUMENT_KIND_LABELS,
  NORMATIVE_DOCUMENT_KINDS,
  OUTCOME_LABELS,
  REVIEW_KIND_LABELS,
  REVIEW_KINDS,
  REVIEW_OUTCOME_LABELS,
  REVIEW_OUTCOMES,
  VINTAGES,
  applicationCell,
  decisionCell,
  feeAmountCell,
  formatFor,
  getCell,
  getFormat,
  hasCell,
  listCells,
  normativeDocumentCells,
  outcomeCell,
  outcomeRow,
  reviewCell,
  table3Layout,
  table4Groups,
} from ".";

describe("format vintages", () => {
  it("chooses the vintage by report year", () => {
    expect(formatFor(2019)).toBe("V2019");
    expect(formatFor(2020)).toBe("V2019");
    expect(formatFor(2021)).toBe("V2021");
    expect(formatFor(2030)).toBe("V2021");
  });

  it("has 21 outcome leaves in 2021 and 19 in 2019", () => {
    expect(table3Layout("V2021").outcomeRows).toHaveLength(21);
    expect(table3Layout("V2019").outcomeRows).toHaveLength(19);
    expect(table3Layout("V2021").rows).toHaveLength(25); // 一, 二, 21 leaves, （七）总计, 四
    expect(table3Layout("V2021").applicantColumns).toEqual([
      "natural",
      "commercial",
      "research",
      "publicInterest",
      "legalService",
      "otherOrg",
    ]);
  });

  it.each(VINTAGES)("%s: table 四 has 15 cells in three groups", (vintage) => {
    expect(listCells(vintage).filter((cell) => cell.section === "四")).toHaveLength(15);
    expect(table4Groups(vintage).map((g) => g.total)).toEqual([
      "s4.reconsideration.total",
      "s4.litigationDirect.total",
      "s4.litigationAfterReconsideration.total",
    ]);
  });

  it.each(VINTAGES)("%s: every cell code is unique and readable", (vintage) => {
    const codes = listCells(vintage).map((cell) => cell.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^s[234](\.[a-z][A-Za-z]*)+$/);
  });

  it("counts cells per vintage", () => {
    // 2021: 二 6+1+2+1, 三 25×7, 四 15. 2019: 二 6+6+6+2+2, 三 23×7, 四 15.
    expect(listCells("V2021")).toHaveLength(10 + 175 + 15);
    expect(listCells("V2019")).toHaveLength(22 + 161 + 15);
  });
});

describe("label paths", () => {
  it("prints rows and columns of table 三 byte-exact", () => {
    const cell = getCell("V2021", "s3.outcome.denied.stateSecret.commercial");
    expect(cell.rowPath).toEqual(["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"]);
    expect(cell.columnPath).toEqual(["法人或其他组织", "商业企业"]);
    expect(getCell("V2021", "s3.new.natural").rowPath).toEqual(["一、本年新收政府信息公开申请数量"]);
    expect(getCell("V2021", "s3.carryForward.total").rowPath).toEqual(["四、结转下年度继续办理"]);
    expect(getCell("V2021", "s3.outcome.total.total").rowPath).toEqual(["三、本年度办理结果", "（七）总计"]);
    expect(getCell("V2021", "s3.outcome.denied.lawProhibited.natural").rowPath[2]).toBe("2.其他法律行政法规禁止公开");
    expect(getCell("V2021", "s3.outcome.denied.threeSecurities.natural").rowPath[2]).toBe("3.危及“三安全一稳定”");
    expect(getCell("V2021", "s3.outcome.other.feeUnpaid.otherOrg").rowPath).toEqual([
      "三、本年度办理结果",
      "（六）其他处理",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    ]);
    expect(getCell("V2021", "s3.outcome.other.feeUnpaid.otherOrg").columnPath).toEqual(["法人或其他组织", "其他"]);
    expect(getCell("V2019", "s3.outcome.other.natural").rowPath).toEqual(["三、本年度办理结果", "（六）其他处理"]);
  });

  it("prints the table 三 header note and caption", () => {
    const s3 = getFormat("V2021").tables.find((t) => t.id === "s3");
    expect(s3?.stubHeader).toBe("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    expect(BALANCE_NOTE).toBe(s3?.stubHeader);
    expect(s3?.columnCaption).toBe("申请人情况");
  });

  it("prints table 四 with three header levels and no row label", () => {
    const cell = getCell("V2021", "s4.litigationDirect.upheld");
    expect(cell.rowPath).toEqual([]);
    expect(cell.columnPath).toEqual(["行政诉讼", "未经复议直接起诉", "结果维持"]);
    expect(getCell("V2021", "s4.reconsideration.pending").columnPath).toEqual(["行政复议", "尚未审结"]);
    expect(getCell("V2021", "s4.litigationAfterReconsideration.total").columnPath).toEqual([
      "行政诉讼",
      "复议后起诉",
      "总计",
    ]);
  });

  it("prints table 二 per vintage", () => {
    expect(getCell("V2021", "s2.rule.issued")).toMatchObject({
      rowPath: ["规章"],
      columnPath: ["本年制发件数"],
      kind: "count",
    });
    expect(getCell("V2021", "s2.normative.inForce").rowPath).toEqual(["行政规范性文件"]);
    expect(getCell("V2021", "s2.fees.amount")).toMatchObject({
      rowPath: ["行政事业性收费"],
      columnPath: ["本年收费金额（单位：万元）"],
      kind: "money",
    });
    expect(
      getFormat("V2021")
        .tables.filter((t) => t.section === "二")
        .map((t) => t.title),
    ).toEqual(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"]);
    expect(getCell("V2019", "s2.normative.made")).toMatchObject({
      rowPath: ["规范性文件"],
      columnPath: ["本年新制作数量"],
    });
    expect(getCell("V2019", "s2.otherServices.itemsChange")).toMatchObject({
      rowPath: ["其他对外管理服务事项"],
      columnPath: ["本年增/减"],
      kind: "delta",
    });
    expect(getCell("V2019", "s2.procurement.amount")).toMatchObject({ columnPath: ["采购总金额"], kind: "money" });
    expect(hasCell("V2019", "s2.fees.amount")).toBe(false);
    expect(hasCell("V2019", "s2.fees.decisions")).toBe(false);
  });
});

describe("derived cells", () => {
  it("marks every 总计 of tables 三 and 四 and nothing else", () => {
    const derived = listCells("V2021").filter((cell) => cell.derived);
    expect(derived).toHaveLength(25 + 6 + 3);
    expect(derived.every((cell) => cell.section !== "二")).toBe(true);
    expect(getCell("V2021", "s3.new.total").derived).toEqual({
      along: "row",
      from: ["natural", "commercial", "research", "publicInterest", "legalService", "otherOrg"].map(
        (c) => `s3.new.${c}`,
      ),
    });
    const column = getCell("V2021", "s3.outcome.total.natural").derived;
    expect(column?.along).toBe("column");
    expect(column?.from).toHaveLength(21);
    expect(getCell("V2019", "s3.outcome.total.natural").derived?.from).toHaveLength(19);
    expect(getCell("V2021", "s3.outcome.total.total").derived?.along).toBe("row");
    expect(getCell("V2021", "s4.reconsideration.total").derived?.from).toEqual(
      ["upheld", "corrected", "other", "pending"].map((c) => `s4.reconsideration.${c}`),
    );
  });
});

describe("domain enums to cells", () => {
  it.each(VINTAGES)("%s: every outcome and applicant maps to an existing base cell", (vintage) => {
    for (const outcome of APPLICATION_OUTCOMES) {
      for (const applicant of APPLICANT_TYPES) {
        const cell = getCell(vintage, outcomeCell(vintage, outcome, applicant));
        expect(cell.derived).toBeUndefined();
      }
    }
    for (const applicant of APPLICANT_TYPES) {
      for (const row of ["new", "carriedOver", "carryForward"] as const)
        expect(hasCell(vintage, applicationCell(row, applicant))).toBe(true);
    }
  });

  it("gives each outcome its own row in 2021 and folds 其他处理 in 2019", () => {
    expect(new Set(APPLICATION_OUTCOMES.map((o) => outcomeRow("V2021", o))).size).toBe(21);
    expect(new Set(APPLICATION_OUTCOMES.map((o) => outcomeRow("V2019", o))).size).toBe(19);
    expect(outcomeRow("V2019", "OTHER_FEE_UNPAID")).toBe("outcome.other");
    expect(outcomeRow("V2019", "OTHER")).toBe("outcome.other");
    expect(outcomeCell("V2021", "DENIED_STATE_SECRET", "COMMERCIAL")).toBe("s3.outcome.denied.stateSecret.commercial");
  });

  it.each(VINTAGES)("%s: review cases, decisions, documents and fees map to table 二 and 四 cells", (vintage) => {
    const reviewCells = REVIEW_KINDS.flatMap((kind) =>
      [null, ...REVIEW_OUTCOMES].map((outcome) => reviewCell(kind, outcome)),
    );
    expect(new Set(reviewCells).size).toBe(12);
    for (const code of reviewCells) expect(getCell(vintage, code).derived).toBeUndefined();
    expect(reviewCell("LITIGATION_DIRECT", "UPHELD")).toBe("s4.litigationDirect.upheld");
    expect(reviewCell("RECONSIDERATION", null)).toBe("s4.reconsideration.pending");
    for (const kind of DECISION_KINDS) expect(hasCell(vintage, decisionCell(kind))).toBe(true);
    for (const kind of NORMATIVE_DOCUMENT_KINDS) {
      for (const code of Object.values(normativeDocumentCells(vintage, kind)))
        expect(hasCell(vintage, code)).toBe(true);
    }
    const fee = feeAmountCell(vintage);
    if (fee) expect(getCell(vintage, fee).kind).toBe("money");
  });

  it("labels the enums for the UI", () => {
    expect(OUTCOME_LABELS.GRANTED).toBe("（一）予以公开");
    expect(OUTCOME_LABELS.DENIED_STATE_SECRET).toBe("（三）不予公开 / 1.属于国家秘密");
    expect(OUTCOME_LABELS.OTHER).toBe("（六）其他处理 / 3.其他");
    expect(APPLICANT_TYPE_LABELS.NATURAL_PERSON).toBe("自然人");
    expect(APPLICANT_TYPE_LABELS.LEGAL_SERVICE).toBe("法人或其他组织 / 法律服务机构");
    expect(REVIEW_KIND_LABELS.LITIGATION_AFTER_RECONSIDERATION).toBe("行政诉讼 / 复议后起诉");
    expect(REVIEW_KIND_LABELS.RECONSIDERATION).toBe("行政复议");
    expect(REVIEW_OUTCOME_LABELS).toEqual({ UPHELD: "结果维持", CORRECTED: "结果纠正", OTHER: "其他结果" });
    expect(DECISION_KIND_LABELS).toEqual({ LICENSING: "行政许可", PENALTY: "行政处罚", COERCION: "行政强制" });
    expect(NORMATIVE_DOCUMENT_KIND_LABELS).toEqual({ RULE: "规章", NORMATIVE: "行政规范性文件" });
  });
});
