// From domain records (enums of prisma/schema.prisma) to the cells they are counted in.
import type {
  ApplicantType,
  ApplicationOutcome,
  DecisionKind,
  NormativeDocumentKind,
  ReviewKind,
  ReviewOutcome,
} from "./enums";
import type { CellCode, Vintage } from "./types";

export const APPLICANT_COLUMNS: Record<ApplicantType, string> = {
  NATURAL_PERSON: "natural",
  COMMERCIAL: "commercial",
  RESEARCH: "research",
  PUBLIC_INTEREST: "publicInterest",
  LEGAL_SERVICE: "legalService",
  OTHER_ORG: "otherOrg",
};

/** Row codes of the outcome leaves in the 2021 format, where each outcome has its own row. */
const OUTCOME_ROWS_2021: Record<ApplicationOutcome, string> = {
  GRANTED: "outcome.granted",
  PARTIALLY_GRANTED: "outcome.partial",
  DENIED_STATE_SECRET: "outcome.denied.stateSecret",
  DENIED_LAW_PROHIBITED: "outcome.denied.lawProhibited",
  DENIED_THREE_SECURITIES: "outcome.denied.threeSecurities",
  DENIED_THIRD_PARTY: "outcome.denied.thirdParty",
  DENIED_INTERNAL_AFFAIRS: "outcome.denied.internalAffairs",
  DENIED_PROCESS_INFO: "outcome.denied.processInfo",
  DENIED_ENFORCEMENT_FILE: "outcome.denied.enforcementFile",
  DENIED_QUERY_MATTER: "outcome.denied.queryMatter",
  UNABLE_NOT_HELD: "outcome.unable.notHeld",
  UNABLE_NEEDS_CREATION: "outcome.unable.needsCreation",
  UNABLE_STILL_UNCLEAR: "outcome.unable.stillUnclear",
  NOT_PROCESSED_PETITION: "outcome.notProcessed.petition",
  NOT_PROCESSED_REPEAT: "outcome.notProcessed.repeat",
  NOT_PROCESSED_PUBLICATION: "outcome.notProcessed.publication",
  NOT_PROCESSED_EXCESSIVE: "outcome.notProcessed.excessive",
  NOT_PROCESSED_CONFIRMATION: "outcome.notProcessed.confirmation",
  OTHER_NO_CORRECTION: "outcome.other.noCorrection",
  OTHER_FEE_UNPAID: "outcome.other.feeUnpaid",
  OTHER: "outcome.other.other",
};

const OTHER_HANDLING: readonly ApplicationOutcome[] = ["OTHER_NO_CORRECTION", "OTHER_FEE_UNPAID", "OTHER"];

/** The table 三 row an outcome is counted in; the 2019 format folds the three OTHER_* into （六）其他处理. */
export function outcomeRow(vintage: Vintage, outcome: ApplicationOutcome): string {
  if (vintage === "V2019" && OTHER_HANDLING.includes(outcome)) return "outcome.other";
  return OUTCOME_ROWS_2021[outcome];
}

export function outcomeCell(vintage: Vintage, outcome: ApplicationOutcome, applicant: ApplicantType): CellCode {
  return `s3.${outcomeRow(vintage, outcome)}.${APPLICANT_COLUMNS[applicant]}`;
}

/** Rows of table 三 outside the outcomes: 一 new, 二 carried over from last year, 四 carried forward to next year. */
export type ApplicationCountRow = "new" | "carriedOver" | "carryForward";

export function applicationCell(row: ApplicationCountRow, applicant: ApplicantType): CellCode {
  return `s3.${row}.${APPLICANT_COLUMNS[applicant]}`;
}

export const REVIEW_GROUPS: Record<ReviewKind, string> = {
  RECONSIDERATION: "reconsideration",
  LITIGATION_DIRECT: "litigationDirect",
  LITIGATION_AFTER_RECONSIDERATION: "litigationAfterReconsideration",
};

const REVIEW_COLUMNS: Record<ReviewOutcome, string> = { UPHELD: "upheld", CORRECTED: "corrected", OTHER: "other" };

/** Table 四 cell of a case; `null` outcome = still open at year end (尚未审结). Same in both vintages. */
export function reviewCell(kind: ReviewKind, outcome: ReviewOutcome | null): CellCode {
  return `s4.${REVIEW_GROUPS[kind]}.${outcome ? REVIEW_COLUMNS[outcome] : "pending"}`;
}

const DOCUMENT_ROWS: Record<NormativeDocumentKind, string> = { RULE: "rule", NORMATIVE: "normative" };

/**
 * Table 二 cells that records of normative documents can fill. The 2019 columns (本年新公开数量, 对外公开总数量)
 * are not derivable from issue/repeal dates and stay for manual entry.
 */
export type NormativeDocumentCells = { issued: CellCode; repealed?: CellCode; inForce?: CellCode };

export function normativeDocumentCells(vintage: Vintage, kind: NormativeDocumentKind): NormativeDocumentCells {
  const row = `s2.${DOCUMENT_ROWS[kind]}`;
  if (vintage === "V2019") return { issued: `${row}.made` };
  return { issued: `${row}.issued`, repealed: `${row}.repealed`, inForce: `${row}.inForce` };
}

const DECISION_ROWS: Record<DecisionKind, string> = {
  LICENSING: "licensing",
  PENALTY: "penalty",
  COERCION: "coercion",
};

/** 本年处理决定数量 (2021) / 处理决定数量 (2019) for a kind of decision. */
export function decisionCell(kind: DecisionKind): CellCode {
  return `s2.${DECISION_ROWS[kind]}.decisions`;
}

/** 本年收费金额 (万元) of 行政事业性收费; the 2019 format counts fee items instead and has no amount. */
export function feeAmountCell(vintage: Vintage): CellCode | undefined {
  return vintage === "V2021" ? "s2.fees.amount" : undefined;
}
