// A generated first draft of 一、总体情况 and 六、其他需要报告的事项 with the year's figures filled in from
// records; the office then completes the prompts （请补充……） and edits freely. Every figure is worded so that
// rule 8 (NARRATIVE-NUMBERS) reads it back as the subject it belongs to: 复议 and 诉讼 filed this year apart
// from those carried over, decided and still pending.
import { table3Layout, type Vintage } from "./format";
import { cellNumber, type ReportTables } from "./tables";

export type ReviewsFiled = {
  reconsideration: number;
  litigationDirect: number;
  litigationAfterReconsideration: number;
};

export type DraftFacts = {
  agencyName: string;
  year: number;
  tables: ReportTables;
  submissions: { submitted: number; adopted: number; outlets: string[]; categories: string[] };
  /** Review cases filed in the year (the table counts cases decided in the year and pending at its end). */
  reviewsFiled: ReviewsFiled;
};

export type FeeFacts = { applications: number; yuan: string };

/** The year from which reports say 工作考核、社会评议和责任追究结果 (国办公开办函〔2021〕30号). */
export const ASSESSMENT_PARAGRAPH_FROM = 2021;

// Titles in 《》 are written side by side (《焦作日报》《沁阳手机报》); other items take 、.
const listOf = (items: string[]) => items.join(items.every((item) => item.startsWith("《")) ? "" : "、");

function proactive(vintage: Vintage, t: ReportTables): string {
  const n = (code: string) => cellNumber(t, code);
  const decisions = `作出行政许可决定${n("s2.licensing.decisions")}件、行政处罚决定${n("s2.penalty.decisions")}件、行政强制决定${n("s2.coercion.decisions")}件`;
  if (vintage === "V2019") {
    return `1、主动公开。本年新制作规章${n("s2.rule.made")}件、规范性文件${n("s2.normative.made")}件；${decisions}。`;
  }
  return (
    `1、主动公开。本年制发规章${n("s2.rule.issued")}件、行政规范性文件${n("s2.normative.issued")}件，` +
    `废止规章${n("s2.rule.repealed")}件、行政规范性文件${n("s2.normative.repealed")}件，` +
    `现行有效规章${n("s2.rule.inForce")}件、行政规范性文件${n("s2.normative.inForce")}件；${decisions}。`
  );
}

const OUTCOME_GROUPS = [
  ["outcome.granted", "予以公开"],
  ["outcome.partial", "部分公开"],
  ["outcome.denied", "不予公开"],
  ["outcome.unable", "无法提供"],
  ["outcome.notProcessed", "不予处理"],
  ["outcome.other", "其他处理"],
] as const;

function onRequest(year: number, vintage: Vintage, t: ReportTables): string {
  const n = (code: string) => cellNumber(t, code);
  const received = n("s3.new.total");
  const organisations = ["commercial", "research", "publicInterest", "legalService", "otherOrg"].reduce(
    (sum, column) => sum + n(`s3.new.${column}`),
    0,
  );
  const byApplicant = received ? `（其中自然人${n("s3.new.natural")}件、法人或其他组织${organisations}件）` : "";
  const { outcomeRows } = table3Layout(vintage);
  const outcomes = OUTCOME_GROUPS.map(([group, label]) => {
    const count = outcomeRows
      .filter((row) => row === group || row.startsWith(`${group}.`))
      .reduce((sum, row) => sum + n(`s3.${row}.total`), 0);
    return count ? `${label}${count}件` : "";
  }).filter(Boolean);
  const byOutcome = outcomes.length ? `，其中${outcomes.join("、")}` : "";
  return (
    `2、依申请公开。${year}年共收到政府信息公开申请${received}件${byApplicant}，上年结转${n("s3.carriedOver.total")}件；` +
    `本年度办结${n("s3.outcome.total.total")}件${byOutcome}，结转下年度继续办理${n("s3.carryForward.total")}件。`
  );
}

/**
 * 行政复议 and 行政诉讼 as the table cannot say them: table 四's 总计 is decided + pending, whatever the year the
 * case was filed in, so a case filed in an earlier year and still pending must not read as filed this year.
 */
export function reviewsSentence(t: ReportTables, filed: ReviewsFiled): string {
  const sum = (groups: string[], column: string) => groups.reduce((s, g) => s + cellNumber(t, `s4.${g}.${column}`), 0);
  const reconsideration = ["reconsideration"];
  const litigation = ["litigationDirect", "litigationAfterReconsideration"];
  const filedR = filed.reconsideration;
  const filedL = filed.litigationDirect + filed.litigationAfterReconsideration;
  const totalR = sum(reconsideration, "total");
  const totalL = sum(litigation, "total");
  if (!filedR && !filedL && !totalR && !totalL) return "本年度未发生因政府信息公开工作引起的行政复议、行政诉讼案件。";
  const decided = (groups: string[]) => ["upheld", "corrected", "other"].reduce((s, c) => s + sum(groups, c), 0);
  const carriedR = Math.max(0, totalR - filedR);
  const carriedL = Math.max(0, totalL - filedL);
  const parts = [`本年度因政府信息公开工作被申请行政复议${filedR}件、被提起行政诉讼${filedL}件`];
  if (carriedR || carriedL) parts.push(`另有上年结转的行政复议${carriedR}件、行政诉讼${carriedL}件`);
  return (
    `${parts.join("；")}。本年审结行政复议${decided(reconsideration)}件、行政诉讼${decided(litigation)}件，` +
    `截至年底尚未审结行政复议${sum(reconsideration, "pending")}件、行政诉讼${sum(litigation, "pending")}件。`
  );
}

export function draftOverview({ agencyName, year, tables, submissions, reviewsFiled }: DraftFacts): string {
  const vintage = tables.vintage;
  const paragraphs = [
    `${year}年，${agencyName}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，扎实做好政府信息公开各项工作。现将本年度政府信息公开工作情况报告如下。`,
    proactive(vintage, tables),
    onRequest(year, vintage, tables),
    `3、政府信息管理与平台建设。（请补充本年度政府信息管理、公开平台建设情况。）`,
    `4、监督保障。${reviewsSentence(tables, reviewsFiled)}（请补充监督检查、教育培训等情况。）`,
  ];
  if (year >= ASSESSMENT_PARAGRAPH_FROM) {
    paragraphs.push(`5、工作考核、社会评议和责任追究。（请补充本年度政府信息公开工作考核、社会评议和责任追究结果。）`);
  }
  if (submissions.submitted > 0) {
    const outlets = submissions.outlets.length ? `通过${listOf(submissions.outlets)}等平台` : "";
    const categories = submissions.categories.length ? `${listOf(submissions.categories)}等` : "";
    paragraphs.push(
      `${year}年${outlets}上报${categories}各类信息${submissions.submitted}篇，共采用${submissions.adopted}篇。`,
    );
  }
  return paragraphs.join("\n\n");
}

/** 六、其他需要报告的事项: the 信息处理费 charged on applications (国办函〔2020〕109号), or that none was. */
export function draftOtherMatters(fees: FeeFacts): string {
  if (!fees.applications) return "本年度未收取信息处理费，无其他需要报告的事项。";
  return (
    `本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），对${fees.applications}件政府信息公开申请` +
    `收取信息处理费共计${fees.yuan}元。`
  );
}
