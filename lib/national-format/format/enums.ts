// Domain enums of prisma/schema.prisma as plain string unions, so lib/report stays free of Prisma.
// Prisma's generated enum values are these same strings.

export const APPLICANT_TYPES = [
  "NATURAL_PERSON",
  "COMMERCIAL",
  "RESEARCH",
  "PUBLIC_INTEREST",
  "LEGAL_SERVICE",
  "OTHER_ORG",
] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const APPLICATION_OUTCOMES = [
  "GRANTED",
  "PARTIALLY_GRANTED",
  "DENIED_STATE_SECRET",
  "DENIED_LAW_PROHIBITED",
  "DENIED_THREE_SECURITIES",
  "DENIED_THIRD_PARTY",
  "DENIED_INTERNAL_AFFAIRS",
  "DENIED_PROCESS_INFO",
  "DENIED_ENFORCEMENT_FILE",
  "DENIED_QUERY_MATTER",
  "UNABLE_NOT_HELD",
  "UNABLE_NEEDS_CREATION",
  "UNABLE_STILL_UNCLEAR",
  "NOT_PROCESSED_PETITION",
  "NOT_PROCESSED_REPEAT",
  "NOT_PROCESSED_PUBLICATION",
  "NOT_PROCESSED_EXCESSIVE",
  "NOT_PROCESSED_CONFIRMATION",
  "OTHER_NO_CORRECTION",
  "OTHER_FEE_UNPAID",
  "OTHER",
] as const;
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

export const REVIEW_KINDS = ["RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_OUTCOMES = ["UPHELD", "CORRECTED", "OTHER"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const DECISION_KINDS = ["LICENSING", "PENALTY", "COERCION"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const NORMATIVE_DOCUMENT_KINDS = ["RULE", "NORMATIVE"] as const;
export type NormativeDocumentKind = (typeof NORMATIVE_DOCUMENT_KINDS)[number];
