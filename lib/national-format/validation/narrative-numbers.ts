// Rule 8: what the narrative states in figures (or in words: 未收到, 未发生, 无) must match the tables and the
// year's records. The reading itself is in ./narrative (claims.ts), driven by a corpus of real-style sentences.
import { NARRATIVE_SECTIONS } from "../document";
import { SECTION_HEADINGS, type Section } from "../format";
import { extractClaims } from "./narrative/claims";
import { expectedFor } from "./narrative/expected";
import { defineRule, type FindingDraft } from "./types";

const shownValue = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2))));

export const narrativeNumbers = defineRule(
  {
    id: "NARRATIVE-NUMBERS",
    name: "正文数字与表格不符",
    severity: "soft",
    rule: 8,
    title: "正文中的数字与表格、本年度记录一致",
  },
  (input) =>
    NARRATIVE_SECTIONS.flatMap(({ key, section }) =>
      extractClaims(input.narrative[key], input.year).flatMap((claim): FindingDraft[] => {
        const expected = expectedFor(claim.subject, input);
        if (!expected || expected.accepts(claim.value)) return [];
        const message =
          `${SECTION_HEADINGS[section]} 写有「${claim.text}」（${shownValue(claim.value)}），` +
          `但${expected.source}为 ${expected.shown}`;
        const { cellCode, relatedCells } = expected;
        return [
          {
            section,
            message,
            key: `${section}:${claim.text}`,
            ...(cellCode && { cellCode }),
            ...(relatedCells && { relatedCells }),
          },
        ];
      }),
    ),
);

/** 信息处理费 recorded on applications this year must be reported (六、其他需要报告的事项, 国办函〔2020〕109号). */
export const applicationFeesReported = defineRule(
  {
    id: "APPLICATION-FEES",
    name: "信息处理费未报告",
    severity: "soft",
    rule: 8,
    title: "本年度收取的信息处理费在“其他需要报告的事项”中报告",
  },
  ({ narrative, records }) => {
    const fees = records?.applicationFees;
    if (!fees || fees.applications === 0) return [];
    if (NARRATIVE_SECTIONS.some(({ key }) => narrative[key].includes("信息处理费"))) return [];
    const section: Section = "六";
    return [
      {
        section,
        key: "application-fees",
        message:
          `本年度记录中有 ${fees.applications} 件申请收取信息处理费共 ${fees.yuan} 元，` +
          `但正文未报告：请在「${SECTION_HEADINGS[section]}」中说明收费情况（国办函〔2020〕109号）`,
      },
    ];
  },
);
