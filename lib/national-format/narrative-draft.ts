// A generated first draft of 一、总体情况 with the year's figures filled in from records;
// the office then edits it freely. Phrases match what rule 8 (NARRATIVE-NUMBERS) reads back.
import { cellNumber, type ReportTables } from "./tables";

export type DraftFacts = {
  agencyName: string;
  year: number;
  tables: ReportTables;
  submissions: { submitted: number; adopted: number; outlets: string[]; categories: string[] };
};

// Titles in 《》 are written side by side (《焦作日报》《沁阳手机报》); other items take 、.
const listOf = (items: string[]) => items.join(items.every((item) => item.startsWith("《")) ? "" : "、");
const n = (tables: ReportTables, code: string) => cellNumber(tables, code);

/** 主动公开 in the words of the report's own format (the 2019 format counts documents made and disclosed). */
function proactiveParagraph(t: ReportTables): string {
  const decisions = `作出行政许可决定${n(t, "s2.licensing.decisions")}件、行政处罚决定${n(t, "s2.penalty.decisions")}件、行政强制决定${n(t, "s2.coercion.decisions")}件。`;
  return t.vintage === "V2019"
    ? `1、主动公开。本年新制作规章${n(t, "s2.rule.made")}件、规范性文件${n(t, "s2.normative.made")}件，新公开规章${n(t, "s2.rule.published")}件、规范性文件${n(t, "s2.normative.published")}件；${decisions}`
    : `1、主动公开。本年制发规章${n(t, "s2.rule.issued")}件、行政规范性文件${n(t, "s2.normative.issued")}件，废止规章${n(t, "s2.rule.repealed")}件、行政规范性文件${n(t, "s2.normative.repealed")}件；${decisions}`;
}

export function draftOverview({ agencyName, year, tables, submissions }: DraftFacts): string {
  const t = tables;
  const paragraphs = [
    `${year}年，${agencyName}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，扎实做好政府信息公开各项工作。现将本年度政府信息公开工作情况报告如下。`,
    proactiveParagraph(t),
    `2、依申请公开。${year}年共收到政府信息公开申请${n(t, "s3.new.total")}件，上年结转${n(t, "s3.carriedOver.total")}件；本年度办结${n(t, "s3.outcome.total.total")}件，结转下年度继续办理${n(t, "s3.carryForward.total")}件。`,
    `3、政府信息管理与平台建设。（请补充本年度政府信息管理、公开平台建设情况。）`,
    `4、监督保障。因政府信息公开工作被申请行政复议${n(t, "s4.reconsideration.total")}件、提起行政诉讼${n(t, "s4.litigationDirect.total") + n(t, "s4.litigationAfterReconsideration.total")}件。（请补充监督考核、培训等情况。）`,
  ];
  if (submissions.submitted > 0) {
    const outlets = submissions.outlets.length ? `通过${listOf(submissions.outlets)}等平台` : "";
    const categories = submissions.categories.length ? `${listOf(submissions.categories)}等` : "";
    paragraphs.push(
      `${year}年${outlets}上报${categories}各类信息${submissions.submitted}篇，共采用${submissions.adopted}篇。`,
    );
  }
  return paragraphs.join("\n\n");
}
