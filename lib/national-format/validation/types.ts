// Findings, rules and the input every rule checks.
import type { Narrative } from "../document";
import type { CellCode, Section, Vintage } from "../format";
import type { ReportTables } from "../tables";

export type Severity = "hard" | "soft";

export type Finding = {
  ruleId: string; // stable code (T3-ROW-SUM …): open data, acknowledgements, tooltips — never the UI's words
  ruleName: string; // the rule's Chinese name, shown with the finding
  severity: Severity;
  message: string; // Chinese, naming the table, row, column (or the narrative section) and the numbers
  section: Section;
  cellCode?: CellCode; // the cell to highlight; for a sum rule, the total cell
  relatedCells?: CellCode[]; // the other cells the rule compared
  /**
   * What an acknowledgement of this finding is keyed on beside the rule, when the cell alone would not tell
   * two findings apart (a narrative statement: its section and words). Default: the cell code, or "".
   */
  key?: string;
};

export type FindingDraft = Omit<Finding, "ruleId" | "ruleName" | "severity">;

/** The key an acknowledgement of `finding` is stored under (with its rule id). */
export function findingKey(finding: Pick<Finding, "key" | "cellCode">): string {
  return finding.key ?? finding.cellCode ?? "";
}

/** Figures of the year that only the office's records hold (a compiled report); absent for an imported one. */
export type YearRecords = {
  submissionsTotal: number; // 信息上报: submissions of the year
  submissionsAdopted: number;
  /** Review cases filed in the year, per group of table 四 (the table itself counts decided + pending). */
  reviewsFiled?: { reconsideration: number; litigationDirect: number; litigationAfterReconsideration: number };
  /** 信息处理费 paid on disclosure applications in the year (国办函〔2020〕109号): how many, and yuan (exact). */
  applicationFees?: { applications: number; yuan: string };
};

export type ValidationInput = {
  year: number;
  vintage: Vintage;
  tables: ReportTables;
  previous?: ReportTables; // last year's report of the same agency
  narrative: Narrative;
  previousNarrative?: Narrative;
  records?: YearRecords;
};

export type ValidationRule = {
  id: string;
  name: string; // short Chinese name, e.g. 表三各行合计
  severity: Severity;
  rule: number; // number of the 勾稽关系 rule in the domain reference (1–10)
  title: string; // what the rule requires, in Chinese
  check(input: ValidationInput): Finding[];
};

export function defineRule(
  meta: Omit<ValidationRule, "check">,
  check: (input: ValidationInput) => FindingDraft[],
): ValidationRule {
  return {
    ...meta,
    check: (input) =>
      check(input).map((draft) => ({ ruleId: meta.id, ruleName: meta.name, severity: meta.severity, ...draft })),
  };
}
