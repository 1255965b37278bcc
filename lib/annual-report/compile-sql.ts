import "server-only";
// The aggregate queries behind a compiled annual report: each counts in SQL and returns a
// handful of grouped rows, never records. Counting rules: docs/counting-rules.md.
import type { Db, Tx } from "@/lib/db";
import type {
  ApplicantType,
  ApplicationOutcome,
  DecisionKind,
  NormativeDocumentKind,
  ReviewKind,
  ReviewOutcome,
} from "@/lib/national-format";

/** A client or a transaction: anything that runs raw SQL. */
export type Queryable = Pick<Db | Tx, "$queryRaw">;

/** Table 三 figures of one applicant type, except the outcomes. */
export type ApplicationCountRow = {
  applicantType: ApplicantType;
  received: number; // 一、本年新收
  carriedOver: number; // 二、上年结转
  carriedForward: number; // 四、结转下年度继续办理
};

/** Applications of one applicant type replied to in the year with one outcome: a cell of 三、本年度办理结果. */
export type ApplicationOutcomeRow = { applicantType: ApplicantType; outcome: ApplicationOutcome; replied: number };

/** Table 四: cases of one kind pending on 31 Dec (尚未审结). */
export type ReviewPendingRow = { kind: ReviewKind; pending: number };

/** Table 四: cases of one kind decided in the year with one outcome. */
export type ReviewDecidedRow = { kind: ReviewKind; outcome: ReviewOutcome; decided: number };

/** Everything tables 二, 三 and 四 are compiled from: grouped counts, never records. */
export type ReportCounts = {
  applications: ApplicationCountRow[];
  outcomes: ApplicationOutcomeRow[];
  reviewsPending: ReviewPendingRow[];
  reviewsDecided: ReviewDecidedRow[];
  documents: { kind: NormativeDocumentKind; issued: number; repealed: number; inForce: number }[];
  decisions: { kind: DecisionKind; decisions: number }[];
  feeYuan: string; // exact decimal, "0" when none
};

/**
 * The counts of tables 二, 三 and 四 for one agency-year: one call of the database function `report_counts`
 * (migration report_year_counts), one short statement whatever the year or the number of records.
 *
 * 三 and 四 come from the year counts the database keeps beside the records (ApplicationYearCount and the
 * three tables like it, kept exact by triggers: prisma/schema.prisma, docs/decisions/0010-…): an agency has
 * a few hundred such rows however many applications it holds, so neither the work nor the plan grows with
 * the records. An application received in year r and replied to in year p (0: not yet) is 本年新收 of Y when
 * r = Y, 上年结转 when r < Y and (p = 0 or p ≥ Y), 结转下年度 when r ≤ Y and (p = 0 or p > Y) — the rules of
 * docs/counting-rules.md, since a date is in Y exactly when its year is Y; review cases alike. 二 reads the
 * records: an agency has few normative documents, and tallies and fees are per year already. The function
 * keeps its plan per connection, so a compile does not plan its seven subqueries again (about 0.6 ms, as
 * long as the rest of the compile).
 */
export async function countReport(db: Queryable, agencyId: number, year: number): Promise<ReportCounts> {
  const [row] = await db.$queryRaw<
    { counts: ReportCounts }[]
  >`SELECT "report_counts"(${agencyId}, ${year}) AS "counts"`;
  return row.counts;
}

/** Figures of the year beside the tables, for the narrative: cases filed, 信息处理费 paid on applications. */
export type YearFactCounts = {
  reviewsFiled: { kind: ReviewKind; filed: number }[];
  feeApplications: number;
  feeYuan: string; // exact decimal, "0" when none
};

/** The first and last day of a report year, as the date literals the queries compare with. */
function bounds(year: number) {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * Review cases filed in the year per kind (table 四 counts decided + pending, whatever the filing year), and
 * the 信息处理费 paid in the year: FEE_PAID events dated in it, for the amount paid or else the amount the
 * application's fee notice asked. One round trip; cases and fee events are few.
 */
export async function countYearFacts(db: Queryable, agencyId: number, year: number): Promise<YearFactCounts> {
  const { start, end } = bounds(year);
  const [row] = await db.$queryRaw<YearFactCounts[]>`
    SELECT
      (SELECT coalesce(json_agg(r), '[]')
         FROM (SELECT "kind", count(*)::int AS "filed"
                 FROM "ReviewCase"
                WHERE "agencyId" = ${agencyId} AND "filedOn" BETWEEN ${start}::date AND ${end}::date
                GROUP BY "kind") r) AS "reviewsFiled",
      (SELECT count(DISTINCT e."applicationId")::int
         FROM "ApplicationEvent" e JOIN "DisclosureApplication" a ON a."id" = e."applicationId"
        WHERE a."agencyId" = ${agencyId} AND e."kind" = 'FEE_PAID'
          AND e."occurredOn" BETWEEN ${start}::date AND ${end}::date) AS "feeApplications",
      (SELECT coalesce(sum(coalesce(e."amount", a."feeAmount", 0)), 0)::text
         FROM "ApplicationEvent" e JOIN "DisclosureApplication" a ON a."id" = e."applicationId"
        WHERE a."agencyId" = ${agencyId} AND e."kind" = 'FEE_PAID'
          AND e."occurredOn" BETWEEN ${start}::date AND ${end}::date) AS "feeYuan"`;
  return row;
}

// ---------------------------------------------------------------- weekly information submissions

/** Submissions of an ISO week-year; adopted = at least one placement with adoptedOn set. */
export async function countSubmissions(db: Queryable, agencyId: number, isoYear: number) {
  const [row] = await db.$queryRaw<{ submitted: number; adopted: number }[]>`
    SELECT count(*)::int AS "submitted",
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "SubmissionPlacement" p
                                           WHERE p."submissionId" = s."id" AND p."adoptedOn" IS NOT NULL))::int AS "adopted"
      FROM "InfoSubmission" s
     WHERE s."agencyId" = ${agencyId} AND s."isoYear" = ${isoYear}`;
  return row;
}

export type DepartmentSubmissionRow = { departmentId: number; name: string; submitted: number; adopted: number };

/** Per department: every active department (zeros included) and any other with submissions that year. */
export function countSubmissionsByDepartment(db: Queryable, agencyId: number, isoYear: number) {
  return db.$queryRaw<DepartmentSubmissionRow[]>`
    SELECT d."id" AS "departmentId", d."name",
           count(s."id")::int AS "submitted",
           count(s."id") FILTER (WHERE EXISTS (SELECT 1 FROM "SubmissionPlacement" p
                                                WHERE p."submissionId" = s."id" AND p."adoptedOn" IS NOT NULL))::int AS "adopted"
      FROM "Department" d
      LEFT JOIN "InfoSubmission" s
        ON s."departmentId" = d."id" AND s."agencyId" = ${agencyId} AND s."isoYear" = ${isoYear}
     WHERE d."agencyId" = ${agencyId}
     GROUP BY d."id"
    HAVING d."active" OR count(s."id") > 0
     ORDER BY d."sortOrder", d."id"`;
}

export type OutletSubmissionRow = { outletId: number; name: string; submitted: number; adopted: number };

/** Per outlet: placements sent and adopted, for every active outlet and any other used that year. */
export function countPlacementsByOutlet(db: Queryable, agencyId: number, isoYear: number) {
  return db.$queryRaw<OutletSubmissionRow[]>`
    SELECT o."id" AS "outletId", o."name",
           count(s."id")::int AS "submitted",
           count(s."id") FILTER (WHERE p."adoptedOn" IS NOT NULL)::int AS "adopted"
      FROM "Outlet" o
      LEFT JOIN ("SubmissionPlacement" p
                 JOIN "InfoSubmission" s
                   ON s."id" = p."submissionId" AND s."agencyId" = ${agencyId} AND s."isoYear" = ${isoYear})
        ON p."outletId" = o."id"
     WHERE o."agencyId" = ${agencyId}
     GROUP BY o."id"
    HAVING o."active" OR count(s."id") > 0
     ORDER BY o."sortOrder", o."id"`;
}

/** Names of the categories the year's submissions use, in sortOrder. */
export async function submissionCategoryNames(db: Queryable, agencyId: number, isoYear: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT c."name"
      FROM "SubmissionCategory" c
     WHERE c."agencyId" = ${agencyId}
       AND c."id" IN (SELECT s."categoryId" FROM "InfoSubmission" s
                       WHERE s."agencyId" = ${agencyId} AND s."isoYear" = ${isoYear})
     ORDER BY c."sortOrder", c."id"`;
  return rows.map((row) => row.name);
}
