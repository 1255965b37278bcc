// Validation of an imported report: the same rules as a compiled report, resting only on cells read with
// certainty. A cell printed as words (若干) is the report's own error: a hard finding at that cell. A cell the
// reader could not read (a row it could not place, a row not found) is nobody's finding: every rule that would
// need it is reported as not checked (未检查) instead of being run with a 0 in its place.
import { formatFor, getCell, type CellCode, type Vintage } from "@/lib/national-format/format";
import type { Narrative } from "@/lib/national-format/document";
import type { ReportTables } from "@/lib/national-format/tables";
import { describeCell, getRule, validateReport, type Finding } from "@/lib/national-format/validation";
import type { ImportedReport } from "./types";

export const UNREAD_RULE = "IMPORT-UNREAD";

/** A rule (at one place) that was not run because a cell it needs was not read. */
export type NotChecked = {
  ruleId: string;
  title: string;
  cellCode?: CellCode;
  /** Where the rule applies, e.g. 表三 （一）予以公开 行「总计」列. */
  where: string;
  /** The cells it needs that were not read. */
  unreadCells: CellCode[];
};

export type CheckResult = { findings: Finding[]; notChecked: NotChecked[] };

/** A year of the report's vintage, for a report whose title gave none (so the vintage is not held against it). */
function yearFor(vintage: Vintage): number {
  return vintage === formatFor(2021) ? 2021 : 2020;
}

/** Hard findings for the cells printed as something that is not a number. */
export function unreadFindings(report: ImportedReport): Finding[] {
  return report.unread
    .filter((cell) => cell.kind === "invalid")
    .map((cell) => ({
      ruleId: UNREAD_RULE,
      ruleName: "未能读取",
      severity: "hard",
      section: getCell(report.vintage, cell.code).section,
      cellCode: cell.code,
      message: `${cell.label}未能读取：${cell.reason}${cell.line ? `（第 ${cell.line} 行）` : ""}`,
    }));
}

type Context = { previous?: ReportTables; previousNarrative?: Narrative };

/** A finding's rule and place: the same key in two runs is the same rule applied to the same cells. */
const placeOf = (finding: Finding) => `${finding.ruleId}|${finding.section}|${finding.cellCode ?? ""}`;

function messagesByPlace(findings: Finding[]): Map<string, string> {
  const byPlace = new Map<string, string>();
  for (const finding of findings) {
    const place = placeOf(finding);
    byPlace.set(place, [byPlace.get(place), finding.message].filter(Boolean).join("\n"));
  }
  return byPlace;
}

/** A value far from any printed figure: a rule whose outcome changes with it depends on the cell. */
const PROBE = 1_000_003;

/**
 * Every finding on an imported report, hard first, and the rules not checked. Which rules need an unread cell
 * is found by running them again with that cell given a value: a rule at a place whose outcome changes needs
 * it (the rules stay the engine's own, whatever they become).
 */
export function checkImported(report: ImportedReport, context: Context = {}): CheckResult {
  const validate = (tables: ReportTables) =>
    validateReport({
      year: report.year ?? yearFor(report.vintage),
      vintage: report.vintage,
      tables,
      narrative: report.narrative,
      ...context,
    });
  const base = validate(report.tables);
  const needs = new Map<string, CellCode[]>();
  if (report.unread.length) {
    const baseMessages = messagesByPlace(base);
    for (const { code } of report.unread) {
      const value = getCell(report.vintage, code).kind === "money" ? String(PROBE) : PROBE;
      const probe = messagesByPlace(
        validate({ ...report.tables, cells: { ...report.tables.cells, [code]: { value } } }),
      );
      for (const place of new Set([...baseMessages.keys(), ...probe.keys()])) {
        if (baseMessages.get(place) !== probe.get(place)) needs.set(place, [...(needs.get(place) ?? []), code]);
      }
    }
  }
  const checked = base.filter((finding) => !needs.has(placeOf(finding)));
  const findings = [...unreadFindings(report), ...checked];
  const notChecked = [...needs].map(([place, unreadCells]): NotChecked => {
    const [ruleId, section, cellCode] = place.split("|");
    return {
      ruleId,
      title: getRule(ruleId)?.title ?? ruleId,
      ...(cellCode && { cellCode }),
      where: cellCode ? describeCell(report.vintage, cellCode) : `第${section}部分`,
      unreadCells,
    };
  });
  return {
    findings: [...findings.filter((f) => f.severity === "hard"), ...findings.filter((f) => f.severity === "soft")],
    notChecked,
  };
}

/** The findings of `checkImported` (rules needing unread cells are left out, not failed). */
export function checkImportedReport(report: ImportedReport, context: Context = {}): Finding[] {
  return checkImported(report, context).findings;
}
