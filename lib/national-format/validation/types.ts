// Findings, rules and the input every rule checks.
import type { Narrative } from "../document";
import type { CellCode, Section, Vintage } from "../format";
import type { ReportTables } from "../tables";

export type Severity = "hard" | "soft";

export type Finding = {
  ruleId: string;
  severity: Severity;
  message: string; // Chinese, naming the table, row, column and the numbers
  section: Section;
  cellCode?: CellCode; // the cell to highlight; for a sum rule, the total cell
  relatedCells?: CellCode[]; // the other cells the rule compared
};

export type FindingDraft = Omit<Finding, "ruleId" | "severity">;

export type ValidationInput = {
  year: number;
  vintage: Vintage;
  tables: ReportTables;
  previous?: ReportTables; // last year's report of the same agency
  narrative: Narrative;
  previousNarrative?: Narrative;
  records?: { submissionsTotal: number; submissionsAdopted: number }; // 信息上报 counts of the year
};

export type ValidationRule = {
  id: string;
  severity: Severity;
  rule: number; // number of the 勾稽关系 rule in the domain reference (1–10)
  title: string;
  check(input: ValidationInput): Finding[];
};

export function defineRule(
  meta: Omit<ValidationRule, "check">,
  check: (input: ValidationInput) => FindingDraft[],
): ValidationRule {
  return {
    ...meta,
    check: (input) => check(input).map((draft) => ({ ruleId: meta.id, severity: meta.severity, ...draft })),
  };
}
