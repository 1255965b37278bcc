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

/** The calendar year as two `date` literals; bound as text and cast in SQL. */
function bounds(year: number) {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Table 三 figures of one (applicant type, outcome) group; outcome null: not replied (in the year). */
export type ApplicationCountRow = {
  applicantType: ApplicantType;
  outcome: ApplicationOutcome | null;
  received: number; // 一、本年新收
  carriedOver: number; // 二、上年结转
  closed: number; // 三、本年度办理结果 (this group's outcome)
  carriedForward: number; // 四、结转下年度继续办理
};

/**
 * Table 三 in two queries, so that compiling an old year costs about what last year does:
 * - applications received, replied or open in the year: three bounded index ranges, received in the
 *   year (agencyId, receivedOn), replied in the year or not replied (agencyId, repliedOn); grouping on
 *   the two enum columns keeps the groups few and known to the planner (a hash aggregate, no sort);
 * - applications open across the whole year (received before it, replied after it): carried over and
 *   carried forward. An index-only scan of (agencyId, repliedOn, receivedOn, applicantType) that
 *   filters on receivedOn in the index: the applications replied in later years are never fetched.
 */
export async function countApplications(db: Queryable, agencyId: number, year: number): Promise<ApplicationCountRow[]> {
  const { start, end } = bounds(year);
  const [touched, openAllYear] = await Promise.all([
    db.$queryRaw<ApplicationCountRow[]>`
      SELECT "applicantType"::text AS "applicantType", "outcome"::text AS "outcome",
             count(*) FILTER (WHERE "receivedOn" BETWEEN ${start}::date AND ${end}::date)::int AS "received",
             count(*) FILTER (WHERE "receivedOn" < ${start}::date
                                AND ("repliedOn" IS NULL OR "repliedOn" >= ${start}::date))::int AS "carriedOver",
             count(*) FILTER (WHERE "repliedOn" BETWEEN ${start}::date AND ${end}::date)::int AS "closed",
             count(*) FILTER (WHERE "receivedOn" <= ${end}::date
                                AND ("repliedOn" IS NULL OR "repliedOn" > ${end}::date))::int AS "carriedForward"
        FROM "DisclosureApplication"
       WHERE "agencyId" = ${agencyId}
         AND ("receivedOn" BETWEEN ${start}::date AND ${end}::date
              OR "repliedOn" BETWEEN ${start}::date AND ${end}::date
              OR "repliedOn" IS NULL)
       GROUP BY "applicantType", "outcome"`,
    db.$queryRaw<{ applicantType: ApplicantType; open: number }[]>`
      SELECT "applicantType"::text AS "applicantType", count(*)::int AS "open"
        FROM "DisclosureApplication"
       WHERE "agencyId" = ${agencyId} AND "repliedOn" > ${end}::date AND "receivedOn" < ${start}::date
       GROUP BY "applicantType"`,
  ]);
  // Open all year: carried over into it and carried forward out of it.
  const acrossYear = openAllYear.map(({ applicantType, open }): ApplicationCountRow => ({
    applicantType,
    outcome: null,
    received: 0,
    carriedOver: open,
    closed: 0,
    carriedForward: open,
  }));
  return [...touched, ...acrossYear];
}

/** Table 四 figures of one (kind, outcome) group; outcome null = not decided. */
export type ReviewCountRow = {
  kind: ReviewKind;
  outcome: ReviewOutcome | null;
  decided: number; // decided in the year (this group's outcome)
  pending: number; // 尚未审结 on 31 Dec
};

/**
 * Table 四 in one query, on (agencyId, decidedOn): cases decided on or after 1 Jan, or not decided.
 * For an old year that includes every case decided since; cases are few (about 1 per 100 applications).
 */
export function countReviewCases(db: Queryable, agencyId: number, year: number) {
  const { start, end } = bounds(year);
  return db.$queryRaw<ReviewCountRow[]>`
    SELECT "kind"::text AS "kind", "outcome"::text AS "outcome",
           count(*) FILTER (WHERE "decidedOn" BETWEEN ${start}::date AND ${end}::date)::int AS "decided",
           count(*) FILTER (WHERE "filedOn" <= ${end}::date
                              AND ("decidedOn" IS NULL OR "decidedOn" > ${end}::date))::int AS "pending"
      FROM "ReviewCase"
     WHERE "agencyId" = ${agencyId}
       AND ("decidedOn" >= ${start}::date OR "decidedOn" IS NULL)
     GROUP BY "kind", "outcome"`;
}

/** Table 二 figures: normative documents and decisions per kind, fees in yuan. */
export type ProactiveDisclosureCounts = {
  documents: { kind: NormativeDocumentKind; issued: number; repealed: number; inForce: number }[];
  decisions: { kind: DecisionKind; decisions: number }[];
  feeYuan: string; // exact decimal, "0" when none
};

/** Table 二 in one round trip. An agency has few normative documents: all are read to count those in force. */
export async function countProactiveDisclosure(db: Queryable, agencyId: number, year: number) {
  const { start, end } = bounds(year);
  const [row] = await db.$queryRaw<ProactiveDisclosureCounts[]>`
    SELECT
      (SELECT coalesce(json_agg(d), '[]')
         FROM (SELECT "kind",
                      count(*) FILTER (WHERE "issuedOn" BETWEEN ${start}::date AND ${end}::date)::int AS "issued",
                      count(*) FILTER (WHERE "repealedOn" BETWEEN ${start}::date AND ${end}::date)::int AS "repealed",
                      count(*) FILTER (WHERE "issuedOn" <= ${end}::date
                                         AND ("repealedOn" IS NULL OR "repealedOn" > ${end}::date))::int AS "inForce"
                 FROM "NormativeDocument"
                WHERE "agencyId" = ${agencyId}
                GROUP BY "kind") d) AS "documents",
      (SELECT coalesce(json_agg(t), '[]')
         FROM (SELECT "kind", sum("count")::int AS "decisions"
                 FROM "DecisionTally"
                WHERE "agencyId" = ${agencyId} AND "year" = ${year}
                GROUP BY "kind") t) AS "decisions",
      (SELECT coalesce(sum("amount"), 0)::text
         FROM "FeeCollection"
        WHERE "agencyId" = ${agencyId} AND "year" = ${year}) AS "feeYuan"`;
  return row;
}

/** Figures of the year beside the tables, for the narrative: cases filed, 信息处理费 paid on applications. */
export type YearFactCounts = {
  reviewsFiled: { kind: ReviewKind; filed: number }[];
  feeApplications: number;
  feeYuan: string; // exact decimal, "0" when none
};

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
