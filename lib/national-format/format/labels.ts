// Chinese labels of the domain enums for the UI, taken from the 2021 format so they stay byte-exact.
import {
  APPLICANT_TYPES,
  APPLICATION_OUTCOMES,
  DECISION_KINDS,
  NORMATIVE_DOCUMENT_KINDS,
  REVIEW_KINDS,
  REVIEW_OUTCOMES,
  type ApplicantType,
  type ApplicationOutcome,
  type DecisionKind,
  type NormativeDocumentKind,
  type ReviewKind,
  type ReviewOutcome,
} from "./enums";
import { decisionCell, normativeDocumentCells, outcomeCell, reviewCell } from "./mapping";
import { getCell } from "./registry";
import type { Section } from "./types";

/** Separator of label paths in UI labels, messages and CSV. */
export const LABEL_SEPARATOR = " / ";

export const SECTION_HEADINGS: Record<Section, string> = {
  一: "一、总体情况",
  二: "二、主动公开政府信息情况",
  三: "三、收到和处理政府信息公开申请情况",
  四: "四、政府信息公开行政复议、行政诉讼情况",
  五: "五、存在的主要问题及改进情况",
  六: "六、其他需要报告的事项",
};

export const SECTIONS: readonly Section[] = ["一", "二", "三", "四", "五", "六"];

function labelsOf<K extends string>(keys: readonly K[], label: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, string>;
}

/** e.g. COMMERCIAL → "法人或其他组织 / 商业企业". */
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = labelsOf(APPLICANT_TYPES, (type) =>
  getCell("V2021", outcomeCell("V2021", "GRANTED", type)).columnPath.join(LABEL_SEPARATOR),
);

/** e.g. DENIED_STATE_SECRET → "（三）不予公开 / 1.属于国家秘密" (the path below 三、本年度办理结果). */
export const OUTCOME_LABELS: Record<ApplicationOutcome, string> = labelsOf(APPLICATION_OUTCOMES, (outcome) =>
  getCell("V2021", outcomeCell("V2021", outcome, "NATURAL_PERSON"))
    .rowPath.slice(1)
    .join(LABEL_SEPARATOR),
);

/** e.g. LITIGATION_DIRECT → "行政诉讼 / 未经复议直接起诉". */
export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = labelsOf(REVIEW_KINDS, (kind) =>
  getCell("V2021", reviewCell(kind, null)).columnPath.slice(0, -1).join(LABEL_SEPARATOR),
);

export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = labelsOf(
  REVIEW_OUTCOMES,
  (outcome) => getCell("V2021", reviewCell("RECONSIDERATION", outcome)).columnPath.at(-1) ?? "",
);

/** Label of a case still open at year end. */
export const REVIEW_PENDING_LABEL = "尚未审结";

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = labelsOf(
  DECISION_KINDS,
  (kind) => getCell("V2021", decisionCell(kind)).rowPath[0],
);

export const NORMATIVE_DOCUMENT_KIND_LABELS: Record<NormativeDocumentKind, string> = labelsOf(
  NORMATIVE_DOCUMENT_KINDS,
  (kind) => getCell("V2021", normativeDocumentCells("V2021", kind).issued).rowPath[0],
);
