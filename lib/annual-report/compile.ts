import "server-only";
// Compiles the tables of an annual report (sections 二, 三, 四) and the year's information-submission
// figures from an agency's records. Counting happens in SQL (./compile-sql.ts: one statement over the
// year counts the database keeps); this file only places the grouped counts in cells through the format's
// mapping helpers. Rules: docs/counting-rules.md.
import {
  APPLICANT_TYPES,
  APPLICATION_OUTCOMES,
  DECISION_KINDS,
  NORMATIVE_DOCUMENT_KINDS,
  REVIEW_KINDS,
  REVIEW_OUTCOMES,
  applicationCell,
  decisionCell,
  deriveTotals,
  feeAmountCell,
  normativeDocumentCells,
  outcomeCell,
  reviewCell,
  yuanToWan,
  type CellCode,
  type CellValues,
  type ReportTables,
  type ReviewKind,
  type Vintage,
} from "@/lib/national-format";
import {
  countYearFacts,
  countPlacementsByOutlet,
  countReport,
  countSubmissions,
  countSubmissionsByDepartment,
  submissionCategoryNames,
  type DepartmentSubmissionRow,
  type OutletSubmissionRow,
  type Queryable,
} from "./compile-sql";

/** Integer cells as they are being counted; several outcomes may add to one cell (2019 （六）其他处理). */
class Counts {
  private readonly counts = new Map<CellCode, number>();

  /** Declares a cell the records can give: 0 unless something is counted in it. */
  zero(code: CellCode | undefined) {
    if (code && !this.counts.has(code)) this.counts.set(code, 0);
  }

  add(code: CellCode | undefined, n: number) {
    if (!code) return;
    const current = this.counts.get(code);
    if (current === undefined) throw new Error(`cell ${code} is not compiled from records`);
    this.counts.set(code, current + n);
  }

  values(): CellValues {
    return Object.fromEntries([...this.counts].map(([code, value]) => [code, { value }]));
  }
}

/**
 * Every cell of the vintage that records can give, with its 总计 cells derived. Cells the records
 * cannot give (most of the 2019 table 二) are left out, for manual entry; every other cell is
 * present, 0 when there are no records.
 */
export async function compileReportTables(
  db: Queryable,
  agencyId: number,
  year: number,
  vintage: Vintage,
): Promise<ReportTables> {
  const { applications, outcomes, reviewsPending, reviewsDecided, documents, decisions, feeYuan } = await countReport(
    db,
    agencyId,
    year,
  );
  const counts = new Counts();

  // 三
  for (const applicant of APPLICANT_TYPES) {
    for (const row of ["new", "carriedOver", "carryForward"] as const) counts.zero(applicationCell(row, applicant));
    for (const outcome of APPLICATION_OUTCOMES) counts.zero(outcomeCell(vintage, outcome, applicant));
  }
  for (const row of applications) {
    counts.add(applicationCell("new", row.applicantType), row.received);
    counts.add(applicationCell("carriedOver", row.applicantType), row.carriedOver);
    counts.add(applicationCell("carryForward", row.applicantType), row.carriedForward);
  }
  // Replies without an outcome are counted nowhere: the 勾稽关系 of 三 then flags them.
  for (const row of outcomes) counts.add(outcomeCell(vintage, row.outcome, row.applicantType), row.replied);

  // 四
  for (const kind of REVIEW_KINDS) {
    for (const outcome of [...REVIEW_OUTCOMES, null]) counts.zero(reviewCell(kind, outcome));
  }
  for (const row of reviewsPending) counts.add(reviewCell(row.kind, null), row.pending);
  for (const row of reviewsDecided) counts.add(reviewCell(row.kind, row.outcome), row.decided);

  // 二
  for (const kind of NORMATIVE_DOCUMENT_KINDS) {
    const { issued, repealed, inForce } = normativeDocumentCells(vintage, kind); // 2019: issued only
    for (const code of [issued, repealed, inForce]) counts.zero(code);
  }
  for (const kind of DECISION_KINDS) counts.zero(decisionCell(kind));
  for (const row of documents) {
    const cells = normativeDocumentCells(vintage, row.kind);
    counts.add(cells.issued, row.issued);
    counts.add(cells.repealed, row.repealed);
    counts.add(cells.inForce, row.inForce);
  }
  for (const row of decisions) counts.add(decisionCell(row.kind), row.decisions);

  const base = counts.values();
  const feeCell = feeAmountCell(vintage);
  if (feeCell) base[feeCell] = { value: yuanToWan(feeYuan) };
  return deriveTotals(vintage, base);
}

export type SubmissionStats = {
  submitted: number;
  adopted: number; // submissions adopted by at least one outlet
  byOutlet: OutletSubmissionRow[]; // placements sent to the outlet and adopted by it
  byDepartment: DepartmentSubmissionRow[];
  categories: string[]; // names of the categories used, in sortOrder
};

/** 信息上报 figures of a year (the ISO week-year of the submissions), as section 一 quotes them. */
export async function compileSubmissionStats(db: Queryable, agencyId: number, year: number): Promise<SubmissionStats> {
  const [totals, byOutlet, byDepartment, categories] = await Promise.all([
    countSubmissions(db, agencyId, year),
    countPlacementsByOutlet(db, agencyId, year),
    countSubmissionsByDepartment(db, agencyId, year),
    submissionCategoryNames(db, agencyId, year),
  ]);
  return { ...totals, byOutlet, byDepartment, categories };
}

/** The year's figures the narrative states beside the tables (validation rule 8 and the generated draft). */
export type YearFacts = {
  reviewsFiled: { reconsideration: number; litigationDirect: number; litigationAfterReconsideration: number };
  applicationFees: { applications: number; yuan: string };
};

export async function compileYearFacts(db: Queryable, agencyId: number, year: number): Promise<YearFacts> {
  const counts = await countYearFacts(db, agencyId, year);
  const filed = (kind: ReviewKind) => counts.reviewsFiled.find((row) => row.kind === kind)?.filed ?? 0;
  return {
    reviewsFiled: {
      reconsideration: filed("RECONSIDERATION"),
      litigationDirect: filed("LITIGATION_DIRECT"),
      litigationAfterReconsideration: filed("LITIGATION_AFTER_RECONSIDERATION"),
    },
    applicationFees: { applications: counts.feeApplications, yuan: counts.feeYuan },
  };
}
