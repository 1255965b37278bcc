import { describe, expect, it } from "vitest";
import { draftOtherMatters, draftOverview, type DraftFacts } from "./narrative-draft";
import { deriveTotals, emptyTables, type CellValues } from "./tables";
import { validateReport, type YearRecords } from "./validation";

const tables = deriveTotals("V2021", {
  ...emptyTables("V2021").cells,
  "s3.new.natural": { value: 7 },
  "s3.new.commercial": { value: 2 },
  "s3.outcome.granted.natural": { value: 6 },
  "s3.carryForward.natural": { value: 1 },
  "s3.carryForward.commercial": { value: 2 },
  "s4.reconsideration.upheld": { value: 1 },
});
const noneFiled = { reconsideration: 0, litigationDirect: 0, litigationAfterReconsideration: 0 };

const facts = (extra: Partial<DraftFacts> = {}): DraftFacts => ({
  agencyName: "柏香镇人民政府",
  year: 2022,
  tables,
  reviewsFiled: { ...noneFiled, reconsideration: 1 },
  submissions: {
    submitted: 210,
    adopted: 25,
    outlets: ["《焦作日报》", "《沁阳手机报》"],
    categories: ["公文", "民生信息"],
  },
  ...extra,
});

const recordsOf = (f: DraftFacts, fees = { applications: 0, yuan: "0" }): YearRecords => ({
  submissionsTotal: f.submissions.submitted,
  submissionsAdopted: f.submissions.adopted,
  reviewsFiled: f.reviewsFiled,
  applicationFees: fees,
});

describe("draftOverview", () => {
  const draft = draftOverview(facts());

  it("fills the year's figures from records, with the applicants and outcomes", () => {
    expect(draft).toContain(
      "2022年共收到政府信息公开申请9件（其中自然人7件、法人或其他组织2件），上年结转0件；本年度办结6件，其中予以公开6件，结转下年度继续办理3件。",
    );
    expect(draft).toContain(
      "2022年通过《焦作日报》《沁阳手机报》等平台上报公文、民生信息等各类信息210篇，共采用25篇。",
    );
    expect(draft).toContain("本年度因政府信息公开工作被申请行政复议1件、被提起行政诉讼0件。");
  });

  it("has a 工作考核、社会评议和责任追究 paragraph to complete, from the 2021 report on", () => {
    expect(draft).toContain(
      "5、工作考核、社会评议和责任追究。（请补充本年度政府信息公开工作考核、社会评议和责任追究结果。）",
    );
    expect(
      draftOverview(facts({ year: 2020, tables: deriveTotals("V2019", emptyTables("V2019").cells) })),
    ).not.toContain("工作考核");
  });

  it("reads back with no narrative finding, and its prompts block submission until completed", () => {
    const findings = validateReport({
      year: 2022,
      vintage: "V2021",
      tables,
      narrative: {
        overview: draft,
        problems: "存在的问题。",
        otherMatters: draftOtherMatters({ applications: 0, yuan: "0" }),
      },
      records: recordsOf(facts()),
    });
    expect(findings.filter((f) => f.ruleId === "NARRATIVE-NUMBERS")).toEqual([]);
    expect(findings.filter((f) => f.severity === "hard").map((f) => [f.ruleId, f.section])).toEqual([
      ["NARRATIVE-PLACEHOLDER", "一"],
      ["NARRATIVE-PLACEHOLDER", "一"],
      ["NARRATIVE-PLACEHOLDER", "一"],
    ]);
  });

  it("is caught by rule 8 once the records change", () => {
    const findings = validateReport({
      year: 2022,
      vintage: "V2021",
      tables,
      narrative: { overview: draft, problems: "", otherMatters: "无" },
      records: { ...recordsOf(facts()), submissionsTotal: 211 },
    }).filter((f) => f.ruleId === "NARRATIVE-NUMBERS");
    expect(findings).toHaveLength(1);
  });

  it("writes the 2019 format's table 二 as that format counts it", () => {
    const old = deriveTotals("V2019", { ...emptyTables("V2019").cells, "s2.normative.made": { value: 2 } });
    const text = draftOverview(facts({ year: 2020, tables: old }));
    expect(text).toContain("1、主动公开。本年新制作规章0件、规范性文件2件；作出行政许可决定0件");
    expect(text).not.toContain("废止");
  });
});

describe("复议 and 诉讼: filed this year and pending from earlier years, apart", () => {
  // A 直接起诉 filed in 2020 and still pending at the end of 2021: table 四 of 2021 counts it (尚未审结 1, 总计 1).
  const pendingOldCase: CellValues = {
    ...emptyTables("V2021").cells,
    "s4.litigationDirect.pending": { value: 1 },
  };
  const year2021 = deriveTotals("V2021", pendingOldCase);
  const draft = draftOverview(facts({ year: 2021, tables: year2021, reviewsFiled: noneFiled }));

  it("does not say the old case was filed this year", () => {
    expect(draft).not.toMatch(/提起行政诉讼1件/);
    expect(draft).toContain(
      "本年度因政府信息公开工作被申请行政复议0件、被提起行政诉讼0件；另有上年结转的行政复议0件、行政诉讼1件。" +
        "本年审结行政复议0件、行政诉讼0件，截至年底尚未审结行政复议0件、行政诉讼1件。",
    );
  });

  it("is consistent with table 四 and the records as the narrative check reads it", () => {
    const findings = validateReport({
      year: 2021,
      vintage: "V2021",
      tables: year2021,
      narrative: { overview: draft, problems: "x", otherMatters: "无" },
      records: recordsOf(facts({ reviewsFiled: noneFiled })),
    }).filter((f) => f.ruleId === "NARRATIVE-NUMBERS");
    expect(findings).toEqual([]);
  });

  it("counts a case filed and decided this year once, and says so when nothing happened", () => {
    const decided = deriveTotals("V2021", {
      ...emptyTables("V2021").cells,
      "s4.litigationAfterReconsideration.corrected": { value: 1 },
    });
    expect(
      draftOverview(facts({ tables: decided, reviewsFiled: { ...noneFiled, litigationAfterReconsideration: 1 } })),
    ).toContain("被申请行政复议0件、被提起行政诉讼1件。本年审结行政复议0件、行政诉讼1件");
    expect(
      draftOverview(facts({ tables: deriveTotals("V2021", emptyTables("V2021").cells), reviewsFiled: noneFiled })),
    ).toContain("4、监督保障。本年度未发生因政府信息公开工作引起的行政复议、行政诉讼案件。");
  });
});

describe("draftOtherMatters: 六 from the fee records", () => {
  it("reports the 信息处理费 charged, or that none was", () => {
    expect(draftOtherMatters({ applications: 2, yuan: "120.50" })).toBe(
      "本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），对2件政府信息公开申请收取信息处理费共计120.50元。",
    );
    expect(draftOtherMatters({ applications: 0, yuan: "0" })).toBe("本年度未收取信息处理费，无其他需要报告的事项。");
  });

  it('is what the fee checks expect; "无" beside recorded fees is not', () => {
    const fees = { applications: 2, yuan: "120.50" };
    const check = (otherMatters: string, paid = fees) =>
      validateReport({
        year: 2022,
        vintage: "V2021",
        tables,
        narrative: { overview: draftOverview(facts()), problems: "x", otherMatters },
        records: recordsOf(facts(), paid),
      })
        .filter((f) => f.ruleId === "APPLICATION-FEES" || (f.ruleId === "NARRATIVE-NUMBERS" && f.section === "六"))
        .map((f) => f.ruleId);
    expect(check(draftOtherMatters(fees))).toEqual([]);
    expect(check("无")).toEqual(["APPLICATION-FEES"]);
    expect(check("本年度未收取信息处理费。")).toEqual(["NARRATIVE-NUMBERS"]);
    expect(check(draftOtherMatters({ applications: 0, yuan: "0" }), { applications: 0, yuan: "0" })).toEqual([]);
  });
});
