// The validation rules registry: every hard and soft rule of the reference, run together.
import { assertTablesVintage } from "../document";
import { HARD_RULES } from "./hard-rules";
import { narrativeNumbers } from "./narrative-numbers";
import { PLAUSIBILITY_RULES } from "./plausibility";
import { SOFT_TABLE_RULES } from "./soft-rules";
import type { Finding, ValidationInput, ValidationRule } from "./types";

export type { Finding, FindingDraft, Severity, ValidationInput, ValidationRule } from "./types";
export { describeCell } from "./describe";

/** In the order of the reference's rules 1–10. */
export const VALIDATION_RULES: readonly ValidationRule[] = [
  ...HARD_RULES,
  ...SOFT_TABLE_RULES,
  narrativeNumbers,
  ...PLAUSIBILITY_RULES,
].sort((a, b) => a.rule - b.rule);

export function getRule(id: string): ValidationRule | undefined {
  return VALIDATION_RULES.find((rule) => rule.id === id);
}

/** Runs every rule; hard findings first, in rule order. */
export function validateReport(input: ValidationInput): Finding[] {
  assertTablesVintage(input.vintage, input.tables);
  return VALIDATION_RULES.flatMap((rule) => rule.check(input));
}

export function hasHardFindings(findings: Finding[]): boolean {
  return findings.some((finding) => finding.severity === "hard");
}
