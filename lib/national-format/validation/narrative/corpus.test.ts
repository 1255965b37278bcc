// The sentence corpus that drives the narrative reader (rule 8): how real reports state figures, in digits and
// in words, and what each statement is about. Part 1 reads sentences into statements; part 2 checks sentences
// against one year's tables and records, both ways: contradictions found, consistent wording left alone.
import { describe, expect, it } from "vitest";
import { deriveTotals, emptyTables, type CellValues } from "../../tables";
import { getRule, type ValidationInput, type YearRecords } from "..";
import { extractClaims, type Claim } from "./claims";

/** A statement as the corpus writes it: 申请.new.total=9, 案件.reconsideration.filed=1, 文件.rule.issued=0 … */
function written(claim: Claim): string {
  const s = claim.subject;
  const subject = {
    applications: () => s.kind === "applications" && `申请.${s.row}.${s.column}`,
    reviews: () => s.kind === "reviews" && `案件.${s.group}.${s.aspect}`,
    documents: () => s.kind === "documents" && `文件.${s.document}.${s.aspect}`,
    decisions: () => s.kind === "decisions" && `决定.${s.decision}`,
    submissions: () => s.kind === "submissions" && `信息.${s.aspect}`,
    applicationFees: () => "信息处理费",
  }[s.kind]();
  return `${subject}=${claim.value}`;
}

const READ: [string, string[]][] = [
  [
    "2022年共收到政府信息公开申请9件，上年结转0件；本年度办结6件，结转下年度继续办理3件。",
    ["申请.new.total=9", "申请.carriedOver.total=0", "申请.closed.total=6", "申请.carryForward.total=3"],
  ],
  [
    "全年共受理政府信息公开申请15件，其中自然人申请12件、法人或其他组织申请3件。",
    ["申请.new.total=15", "申请.new.natural=12", "申请.new.org=3"],
  ],
  ["本年度新收政府信息公开申请两件，均已按时答复。", ["申请.new.total=2"]],
  ["全年未收到政府信息公开申请。", ["申请.new.total=0"]],
  ["本年度我镇没有收到政府信息公开申请。", ["申请.new.total=0"]],
  ["本年度无依申请公开事项。", ["申请.new.total=0"]],
  [
    "2022年度，共收到依申请公开申请3件，其中予以公开2件，部分公开1件。",
    ["申请.new.total=3", "申请.outcome.granted.total=2", "申请.outcome.partial.total=1"],
  ],
  [
    "办结的申请中，予以公开5件、不予公开1件、无法提供2件。",
    ["申请.outcome.granted.total=5", "申请.outcome.denied.total=1", "申请.outcome.unable.total=2"],
  ],
  [
    "办结3件，其中2件予以公开，1件因属于国家秘密不予公开。",
    ["申请.closed.total=3", "申请.outcome.granted.total=2", "申请.outcome.denied.stateSecret.total=1"],
  ],
  ["因本机关不掌握相关政府信息告知申请人无法提供3件。", ["申请.outcome.unable.notHeld.total=3"]],
  ["因属于信访举报投诉类申请不予处理1件。", ["申请.outcome.notProcessed.petition.total=1"]],
  ["收到群众来信来访申请12件，均已按程序转交相关部门办理。", []],
  ["全年受理群众咨询320人次。", []],
  ["收到行政复议申请1件。", ["案件.reconsideration.filed=1"]],
  [
    "因政府信息公开工作被申请行政复议1件、被提起行政诉讼0件。",
    ["案件.reconsideration.filed=1", "案件.litigation.filed=0"],
  ],
  [
    "本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。",
    ["案件.reconsideration.filed=0", "案件.litigation.filed=0"],
  ],
  ["全年未发生行政复议、行政诉讼案件。", ["案件.reconsideration.filed=0", "案件.litigation.filed=0"]],
  [
    "没有发生因政府信息公开工作被申请行政复议和提起行政诉讼的情况。",
    ["案件.reconsideration.filed=0", "案件.litigation.filed=0"],
  ],
  [
    "行政复议结果维持1件、纠正0件，尚未审结1件。",
    ["案件.reconsideration.upheld=1", "案件.reconsideration.corrected=0", "案件.reconsideration.pending=1"],
  ],
  ["上年结转的行政诉讼案件1件，本年已审结，法院判决驳回原告诉讼请求。", ["案件.litigation.carried=1"]],
  [
    "本年审结行政复议1件、行政诉讼0件，截至年底尚未审结行政复议0件、行政诉讼1件。",
    [
      "案件.reconsideration.decided=1",
      "案件.litigation.decided=0",
      "案件.reconsideration.pending=0",
      "案件.litigation.pending=1",
    ],
  ],
  [
    "未经复议直接起诉的行政诉讼案件1件，复议后起诉的0件。",
    ["案件.litigationDirect.any=1", "案件.litigationAfterReconsideration.any=0"],
  ],
  ["发生行政诉讼十二起。", ["案件.litigation.filed=12"]],
  [
    "本年制发规章0件、行政规范性文件2件，废止行政规范性文件1件，现行有效行政规范性文件8件。",
    ["文件.rule.issued=0", "文件.normative.issued=2", "文件.normative.repealed=1", "文件.normative.inForce=8"],
  ],
  ["全年未制发规章和行政规范性文件。", ["文件.rule.issued=0", "文件.normative.issued=0"]],
  [
    "作出行政许可决定1024件、行政处罚决定35件、行政强制决定0件。",
    ["决定.licensing=1024", "决定.penalty=35", "决定.coercion=0"],
  ],
  ["全年作出行政处罚决定15起。", ["决定.penalty=15"]],
  ["本年度未作出行政强制决定。", ["决定.coercion=0"]],
  ["全年主动公开政府信息1200条，其中通过政府网站发布800条。", []],
  ["在政务公开栏公开信息56条。", []],
  ["2022年通过《焦作日报》等平台上报公文等各类信息210篇，共采用25篇。", ["信息.submitted=210", "信息.adopted=25"]],
  ["明确每个科室每周必须上报一篇高质量的信息。", []],
  ["全年报送政务信息80篇，被市政府办采用12篇。", ["信息.submitted=80", "信息.adopted=12"]],
  ["本年度未收取信息处理费。", ["信息处理费=0"]],
  [
    "本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），对2件政府信息公开申请收取信息处理费共计120元。",
    ["信息处理费=120"],
  ],
  ["收取信息处理费0.05万元。", ["信息处理费=500"]],
  ["与上年相比，申请数量增加3件。", []],
  ["较上年同期减少2件。", []],
  ["2021年收到申请5件。", []],
  ["1-6月收到申请3件。", []],
  ["上半年共受理政府信息公开申请4件。", []],
  ["自2019年以来累计收到申请30件。", []],
  ["全年组织政府信息公开培训2次，参训人员60人次。", []],
  ["建立健全了三项制度，规范了工作流程。", []],
  ["收到申请3件，建立了一个台账。", ["申请.new.total=3"]],
  ["对无法提供的2件申请，依法告知申请人并说明理由。", ["申请.outcome.unable.total=2"]],
  ["上年结转政府信息公开申请数量1件，已于2月办结。", ["申请.carriedOver.total=1"]],
  ["共办理政府信息公开申请5件，均在法定期限内答复。", ["申请.handled.total=5"]],
  ["截至12月31日，尚有1件申请正在办理，结转下年度继续办理。", ["申请.carryForward.total=1"]],
  [
    "本年新收政府信息公开申请数量0件，上年结转政府信息公开申请数量0件。",
    ["申请.new.total=0", "申请.carriedOver.total=0"],
  ],
  [
    "全年无因政府信息公开被申请行政复议、提起行政诉讼的情况。",
    ["案件.reconsideration.filed=0", "案件.litigation.filed=0"],
  ],
  [
    "申请人中，商业企业2件，科研机构1件，律师事务所1件。",
    ["申请.handled.commercial=2", "申请.handled.research=1", "申请.handled.legalService=1"],
  ],
  ["本年度未出现不予公开的情形。", ["申请.outcome.denied.total=0"]],
  ["重复申请2件，不予处理。", ["申请.outcome.notProcessed.repeat.total=2"]],
  ["因申请人逾期不补正，终止办理1件。", ["申请.outcome.other.noCorrection.total=1"]],
  ["收到涉及政府信息公开的投诉举报3件，已全部办结。", []],
  ["本年度信息公开工作纳入绩效考核，考核结果为优秀。", []],
  ["全年印发行政规范性文件3件。", ["文件.normative.issued=3"]],
  ["废止规章1件。", ["文件.rule.repealed=1"]],
  ["行政许可事项办理1200件。", ["决定.licensing=1200"]],
  ["行政复议后提起行政诉讼的案件1件。", ["案件.litigationAfterReconsideration.filed=1"]],
  ["全镇共有村（社区）22个。", []],
  ["全年召开专题会议4次，研究部署信息公开工作。", []],
  [
    "本年度，本机关政府信息公开申请0件，行政复议0件，行政诉讼0件。",
    ["申请.handled.total=0", "案件.reconsideration.any=0", "案件.litigation.any=0"],
  ],
];

describe("the sentence corpus: what each sentence states", () => {
  it("has at least 60 sentences, with statements and without", () => {
    expect(READ.length).toBeGreaterThanOrEqual(60);
    expect(READ.filter(([, claims]) => claims.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it.each(READ)("%s", (sentence, expected) => {
    expect(extractClaims(sentence, 2022).map(written)).toEqual(expected);
  });

  it("quotes the words that state each figure", () => {
    expect(extractClaims("全年共受理政府信息公开申请3件，其中自然人2件。", 2022).map((c) => c.text)).toEqual([
      "受理政府信息公开申请3件",
      "自然人2件",
    ]);
    expect(extractClaims("本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。", 2022)[0].text).toBe(
      "未发生因政府信息公开引起的行政复议、行政诉讼",
    );
  });
});

// One year (2022) as the tables and records have it: 2 applications received (自然人 1, 商业企业 1), both closed
// (予以公开 1, 本机关不掌握 1); 1 行政复议 filed and upheld this year; 1 直接起诉 filed in 2021 and still pending;
// 2 normative documents issued, 5 in force; 12 licensing decisions; 40 items submitted, 6 adopted; 50 yuan
// of 信息处理费 on one application.
const base: CellValues = {
  ...emptyTables("V2021").cells,
  "s3.new.natural": { value: 1 },
  "s3.new.commercial": { value: 1 },
  "s3.outcome.granted.natural": { value: 1 },
  "s3.outcome.unable.notHeld.commercial": { value: 1 },
  "s4.reconsideration.upheld": { value: 1 },
  "s4.litigationDirect.pending": { value: 1 },
  "s2.normative.issued": { value: 2 },
  "s2.normative.inForce": { value: 5 },
  "s2.licensing.decisions": { value: 12 },
};
const tables = deriveTotals("V2021", base);
const records: YearRecords = {
  submissionsTotal: 40,
  submissionsAdopted: 6,
  reviewsFiled: { reconsideration: 1, litigationDirect: 0, litigationAfterReconsideration: 0 },
  applicationFees: { applications: 1, yuan: "50.00" },
};

function findings(overview: string, extra: Partial<ValidationInput> = {}) {
  const input: ValidationInput = {
    year: 2022,
    vintage: "V2021",
    tables,
    narrative: { overview, problems: "", otherMatters: "" },
    records,
    ...extra,
  };
  return getRule("NARRATIVE-NUMBERS")!.check(input);
}

/** [sentence, the cells of the findings it must raise ("" for one without a cell), or [] when consistent]. */
const AGAINST_THE_YEAR: [string, string[]][] = [
  // Zero in words beside a figure: the most common real contradiction.
  ["全年未收到政府信息公开申请。", ["s3.new.total"]],
  ["本年度没有收到政府信息公开申请，也未发生行政复议。", ["s3.new.total", "s4.reconsideration.total"]],
  ["未发生行政复议、行政诉讼案件。", ["s4.reconsideration.total"]],
  ["本年度未收取信息处理费。", [""]],
  // 主动公开 figures in words, compared with table 二.
  ["本年制发规章0件、行政规范性文件0件。", ["s2.normative.issued"]],
  ["作出行政许可决定0件、行政处罚决定0件。", ["s2.licensing.decisions"]],
  ["现行有效行政规范性文件4件。", ["s2.normative.inForce"]],
  // Breakdowns by applicant type and by outcome.
  ["共收到政府信息公开申请3件，其中自然人2件、法人或其他组织1件。", ["s3.new.total", "s3.new.natural"]],
  ["办结2件，其中予以公开2件。", ["s3.outcome.granted.total"]],
  ["因本机关不掌握相关政府信息无法提供2件。", ["s3.outcome.unable.notHeld.total"]],
  ["申请人中，科研机构1件。", ["s3.new.research"]],
  // The subject each number belongs to.
  ["被提起行政诉讼1件。", ["s4.litigationDirect.total"]],
  ["上报信息50篇，采用6篇。", [""]],
  // Consistent: nothing to say.
  ["全年共收到政府信息公开申请2件，其中自然人1件、法人或其他组织1件，均已办结。", []],
  ["收到行政复议申请1件，收到群众来信来访申请12件。", []],
  ["因政府信息公开工作被申请行政复议1件，结果维持1件。", []],
  ["上年结转的行政诉讼案件1件，截至年底尚未审结。", []],
  ["本年度未新发生行政诉讼案件。", []],
  ["对1件申请收取信息处理费50元。", []],
  ["全年主动公开政府信息1200条，受理群众咨询300人次。", []],
  ["与上年相比，申请增加2件。", []],
  ["本年制发行政规范性文件2件，现行有效5件。", []],
  ["全年报送政务信息40篇，被采用6篇。", []],
  ["行政复议1件。", []],
  ["予以公开1件，无法提供1件。", []],
  ["申请人中，商业企业1件。", []],
];

describe("the sentence corpus against one year's tables and records, both ways", () => {
  it.each(AGAINST_THE_YEAR)("%s", (sentence, cells) => {
    expect(findings(sentence).map((f) => f.cellCode ?? "")).toEqual(cells);
  });

  it("names the statement, the figure, and what it contradicts, in Chinese", () => {
    const [finding] = findings("全年未收到政府信息公开申请。");
    expect(finding).toMatchObject({ ruleName: "正文数字与表格不符", severity: "soft", section: "一" });
    expect(finding.message).toBe(
      "一、总体情况 写有「未收到政府信息公开申请」（0），但表三「一、本年新收政府信息公开申请数量」总计为 2",
    );
    expect(findings("被提起行政诉讼1件。")[0].message).toBe(
      "一、总体情况 写有「被提起行政诉讼1件」（1），但本系统记录中本年新发生的行政诉讼案件数为 0",
    );
  });

  it("without records, bounds 行政复议 filed this year by the table and last year's 尚未审结", () => {
    const noRecords = { records: undefined };
    // 行政诉讼 总计 1 may be last year's case: only a previous report showing it pending says so.
    expect(findings("未发生行政复议、行政诉讼案件。", noRecords).map((f) => f.cellCode)).toEqual([
      "s4.reconsideration.total",
      "s4.litigationDirect.total",
    ]);
    const previous = deriveTotals("V2021", {
      ...emptyTables("V2021").cells,
      "s4.litigationDirect.pending": { value: 1 },
    });
    const withPrevious = findings("未发生行政复议、行政诉讼案件。", { ...noRecords, previous });
    expect(withPrevious.map((f) => f.cellCode)).toEqual(["s4.reconsideration.total"]);
    expect(findings("被提起行政诉讼1件。", { ...noRecords, previous })).toEqual([]);
  });

  it("does not compare figures of another year or of part of this one", () => {
    expect(findings("2021年收到政府信息公开申请5件。上半年收到申请1件。")).toEqual([]);
    expect(findings("2022年1-6月收到申请1件，去年同期收到5件。")).toEqual([]);
  });
});
