// The validation rules registry: every hard and soft rule of the reference, run together.
import { assertTablesVintage } from "../document";
import { COMPLETENESS_HARD_RULES, COMPLETENESS_SOFT_RULES } from "./completeness";
import { HARD_RULES } from "./hard-rules";
import { applicationFeesReported, narrativeNumbers } from "./narrative-numbers";
import { PLAUSIBILITY_RULES } from "./plausibility";
import { CROSS_YEAR_RULES } from "./soft-rules";
import type { Finding, ValidationInput, ValidationRule } from "./types";

export type { Finding, FindingDraft, Severity, ValidationInput, ValidationRule, YearRecords } from "./types";
export { findingKey } from "./types";
export { describeCell } from "./describe";
export { findPlaceholders, reportsAssessment } from "./completeness";

/** Hard rules first, then soft ones, each in the order of the reference's rules 1–10. */
export const VALIDATION_RULES: readonly ValidationRule[] = [
  ...HARD_RULES,
  ...COMPLETENESS_HARD_RULES,
  ...CROSS_YEAR_RULES,
  narrativeNumbers,
  applicationFeesReported,
  ...COMPLETENESS_SOFT_RULES,
  ...PLAUSIBILITY_RULES,
].sort((a, b) => (a.severity === b.severity ? a.rule - b.rule : a.severity === "hard" ? -1 : 1));

export function getRule(id: string): ValidationRule | undefined {
  return VALIDATION_RULES.find((rule) => rule.id === id);
}

/** The Chinese name of a rule, for findings stored before names existed; the code itself when unknown. */
export function ruleName(id: string): string {
  return getRule(id)?.name ?? id;
}

/** Runs every rule; hard findings first, in rule order. */
export function validateReport(input: ValidationInput): Finding[] {
  assertTablesVintage(input.vintage, input.tables);
  return VALIDATION_RULES.flatMap((rule) => rule.check(input));
}

export function hasHardFindings(findings: Finding[]): boolean {
  return findings.some((finding) => finding.severity === "hard");
}
