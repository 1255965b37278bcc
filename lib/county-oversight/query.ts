import "server-only";
import type { Queryable } from "@/lib/annual-report/compile-sql";

/**
 * One statement for the whole overview of a year: every agency under the county with its report's state, the
 * first publication, and the key figures — from the report's own tables when it has them (the latest
 * published revision's snapshot, or the imported cells), else from the year counts the database keeps
 * (docs/decisions/0010) — with late replies of the year and open applications past their deadline today.
 * It counts, never lists records: no applicant data leaves the database.
 */
export type OverviewSqlRow = {
  agencyId: number;
  slug: string;
  name: string;
  level: string;
  onPlatform: boolean;
  reportStatus: string | null;
  reportSource: string | null;
  firstPublishedAt: Date | null; // the first revision's publication (the day in China: lib/calendar/dates.ts)
  fromReport: boolean;
  /** A published report's finding counts as it was published (null: compile them now). */
  publishedFindings: { hard: number; soft: number } | null;
  received: number | null;
  closed: number | null;
  carriedForward: number | null;
  reconsideration: number | null;
  litigation: number | null;
  corrected: number | null;
  submitted: number | null;
  adopted: number | null;
  lateReplies: number | null;
  openOverdue: number | null;
};

export async function overviewQuery(
  db: Queryable,
  countyId: number,
  year: number,
  today: string,
): Promise<OverviewSqlRow[]> {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  return db.$queryRaw<OverviewSqlRow[]>`
    WITH ag AS (
      SELECT a.id, a.slug, a.name, a.level::text AS level,
             EXISTS (SELECT 1 FROM "Membership" m WHERE m."agencyId" = a.id) AS "onPlatform"
      FROM "Agency" a WHERE a."parentId" = ${countyId}
    ),
    rep AS (
      SELECT r."agencyId", r.status::text AS status, r.source::text AS source,
             (SELECT min(v."publishedAt") FROM "ReportRevision" v WHERE v."reportId" = r.id) AS "firstPublishedAt",
             COALESCE(
               CASE WHEN r.source = 'IMPORTED' THEN r."importedCells" END,
               (SELECT v.snapshot->'document'->'tables'->'cells' FROM "ReportRevision" v
                 WHERE v."reportId" = r.id ORDER BY v.number DESC LIMIT 1)
             ) AS cells,
             CASE WHEN r.status = 'PUBLISHED' AND r.source = 'COMPILED' THEN
               (SELECT v.snapshot->'findingCounts' FROM "ReportRevision" v
                 WHERE v."reportId" = r.id ORDER BY v.number DESC LIMIT 1)
             END AS "publishedFindings"
      FROM "AnnualReport" r WHERE r.year = ${year} AND r."agencyId" IN (SELECT id FROM ag)
    ),
    yc AS (
      SELECT "agencyId",
             sum(count) FILTER (WHERE "receivedYear" = ${year}) AS received,
             sum(count) FILTER (WHERE "receivedYear" <= ${year} AND ("repliedYear" = 0 OR "repliedYear" > ${year}))
               AS "carriedForward"
      FROM "ApplicationYearCount" WHERE "agencyId" IN (SELECT id FROM ag) GROUP BY 1
    ),
    oc AS (
      SELECT "agencyId", sum(count) AS closed FROM "ApplicationOutcomeCount"
      WHERE "repliedYear" = ${year} AND "agencyId" IN (SELECT id FROM ag) GROUP BY 1
    ),
    rp AS (
      SELECT "agencyId",
             sum(count) FILTER (WHERE kind = 'RECONSIDERATION') AS reconsideration,
             sum(count) FILTER (WHERE kind <> 'RECONSIDERATION') AS litigation
      FROM "ReviewYearCount"
      WHERE "filedYear" <= ${year} AND ("decidedYear" = 0 OR "decidedYear" > ${year})
        AND "agencyId" IN (SELECT id FROM ag) GROUP BY 1
    ),
    rd AS (
      SELECT "agencyId",
             sum(count) FILTER (WHERE kind = 'RECONSIDERATION') AS reconsideration,
             sum(count) FILTER (WHERE kind <> 'RECONSIDERATION') AS litigation,
             sum(count) FILTER (WHERE outcome = 'CORRECTED') AS corrected
      FROM "ReviewOutcomeCount" WHERE "decidedYear" = ${year} AND "agencyId" IN (SELECT id FROM ag) GROUP BY 1
    ),
    sub AS (
      SELECT s."agencyId", count(*) AS submitted,
             count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM "SubmissionPlacement" p WHERE p."submissionId" = s.id AND p."adoptedOn" IS NOT NULL
             )) AS adopted
      FROM "InfoSubmission" s WHERE s."isoYear" = ${year} AND s."agencyId" IN (SELECT id FROM ag) GROUP BY 1
    ),
    late AS (
      -- Per agency, so that each is a range of the (agencyId, repliedOn, dueOn) index read index-only, never
      -- a scan of every application of the county.
      SELECT ag.id AS "agencyId", l.n FROM ag CROSS JOIN LATERAL (
        SELECT count(*) AS n FROM "DisclosureApplication" d
        WHERE d."agencyId" = ag.id
          AND d."repliedOn" >= ${from}::date AND d."repliedOn" < ${to}::date AND d."repliedOn" > d."dueOn"
      ) l
    ),
    overdue AS (
      SELECT d."agencyId", count(*) AS n FROM "DisclosureApplication" d
      WHERE d."agencyId" IN (SELECT id FROM ag) AND d."repliedOn" IS NULL AND d."dueOn" < ${today}::date
      GROUP BY 1
    )
    SELECT ag.id AS "agencyId", ag.slug, ag.name, ag.level, ag."onPlatform",
           rep.status AS "reportStatus", rep.source AS "reportSource",
           rep."firstPublishedAt", rep."publishedFindings",
           (rep.cells IS NOT NULL) AS "fromReport",
           CASE WHEN rep.cells IS NOT NULL THEN (rep.cells->'s3.new.total'->>'value')::int
                WHEN ag."onPlatform" THEN COALESCE(yc.received, 0)::int END AS received,
           CASE WHEN rep.cells IS NOT NULL THEN (rep.cells->'s3.outcome.total.total'->>'value')::int
                WHEN ag."onPlatform" THEN COALESCE(oc.closed, 0)::int END AS closed,
           CASE WHEN rep.cells IS NOT NULL THEN (rep.cells->'s3.carryForward.total'->>'value')::int
                WHEN ag."onPlatform" THEN COALESCE(yc."carriedForward", 0)::int END AS "carriedForward",
           CASE WHEN rep.cells IS NOT NULL THEN (rep.cells->'s4.reconsideration.total'->>'value')::int
                WHEN ag."onPlatform" THEN (COALESCE(rp.reconsideration, 0) + COALESCE(rd.reconsideration, 0))::int
                END AS reconsideration,
           CASE WHEN rep.cells IS NOT NULL THEN (rep.cells->'s4.litigationDirect.total'->>'value')::int
                  + (rep.cells->'s4.litigationAfterReconsideration.total'->>'value')::int
                WHEN ag."onPlatform" THEN (COALESCE(rp.litigation, 0) + COALESCE(rd.litigation, 0))::int
                END AS litigation,
           CASE WHEN rep.cells IS NOT NULL THEN (rep.cells->'s4.reconsideration.corrected'->>'value')::int
                  + (rep.cells->'s4.litigationDirect.corrected'->>'value')::int
                  + (rep.cells->'s4.litigationAfterReconsideration.corrected'->>'value')::int
                WHEN ag."onPlatform" THEN COALESCE(rd.corrected, 0)::int END AS corrected,
           CASE WHEN ag."onPlatform" THEN COALESCE(sub.submitted, 0)::int END AS submitted,
           CASE WHEN ag."onPlatform" THEN COALESCE(sub.adopted, 0)::int END AS adopted,
           CASE WHEN ag."onPlatform" THEN COALESCE(late.n, 0)::int END AS "lateReplies",
           CASE WHEN ag."onPlatform" THEN COALESCE(overdue.n, 0)::int END AS "openOverdue"
    FROM ag
    LEFT JOIN rep ON rep."agencyId" = ag.id
    LEFT JOIN yc ON yc."agencyId" = ag.id
    LEFT JOIN oc ON oc."agencyId" = ag.id
    LEFT JOIN rp ON rp."agencyId" = ag.id
    LEFT JOIN rd ON rd."agencyId" = ag.id
    LEFT JOIN sub ON sub."agencyId" = ag.id
    LEFT JOIN late ON late."agencyId" = ag.id
    LEFT JOIN overdue ON overdue."agencyId" = ag.id
    ORDER BY ag.name`;
}
