/**
 * `npm run bench:county`: the county overview (lib/county-oversight/query.ts) for 300 agencies under one county
 * holding 1,000,000 applications over 10 years, against a floor: a bare `count(*)` of the same agencies'
 * applications, run alternately with it. Prints p50/p95 of both and their ratio, and the whole overview as the
 * page loads it (the SQL plus each report's findings, compiled from the counts). Target: the SQL's p95 ≤ 300 ms.
 * Works in a scratch database on the server in DATABASE_URL (created and dropped here). Figures: docs/benchmarks.md.
 *
 *   npm run bench:county                   300 agencies, 1,000,000 applications
 *   npm run bench:county -- 30 100000      smaller
 */
import os from "node:os";
import pg from "pg";
import { createPrismaClient } from "../lib/db.ts";
import { Prisma } from "../lib/generated/prisma/client.ts";
import { overviewQuery } from "../lib/county-oversight/query.ts";
import { countyOverview } from "../lib/county-oversight/operations.ts";
import { deployMigrations } from "./db/migrations.ts";
import { withScratchDatabase } from "./runtime/scratch-database.ts";

const AGENCIES = Number(process.argv[2] ?? 300);
const APPLICATIONS = Number(process.argv[3] ?? 1_000_000);
const YEAR = 2024;
const TODAY = "2025-02-15";
const RUNS = 40;
const WARMUP = 5;
const TARGET_MS = 300;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function fill(client: pg.Client) {
  const t0 = performance.now();
  await client.query("SELECT setseed(0.16)");
  const county = await client.query<{ id: number }>(
    `INSERT INTO "Agency" (slug, name, level, "townshipReportDeadlineMonth", "townshipReportDeadlineDay", "updatedAt")
     VALUES ('bench-county', '测试市人民政府', 'COUNTY_GOVERNMENT', 1, 20, now()) RETURNING id`,
  );
  const countyId = county.rows[0].id;
  await client.query(
    `INSERT INTO "Agency" (slug, name, level, "parentId", "updatedAt")
     SELECT 'bench-' || g, '测试' || g || '镇人民政府', 'TOWNSHIP_GOVERNMENT', $1, now() FROM generate_series(1, $2) g`,
    [countyId, AGENCIES],
  );
  await client.query(
    `INSERT INTO "Department" ("agencyId", name, "isDisclosureOffice", "updatedAt")
     SELECT id, '党政办公室', true, now() FROM "Agency" WHERE "parentId" = $1`,
    [countyId],
  );
  const user = await client.query<{ id: number }>(
    `INSERT INTO "User" (login, "displayName", "passwordHash", "updatedAt") VALUES ('bench', '测试', 'x', now()) RETURNING id`,
  );
  // Every tenth agency is not on the platform: no members (its figures would come from an imported report).
  await client.query(
    `INSERT INTO "Membership" ("userId", "agencyId", role)
     SELECT $1, id, 'HEAD' FROM "Agency" WHERE "parentId" = $2 AND id % 10 <> 0`,
    [user.rows[0].id, countyId],
  );
  // Applications spread over the agencies and 2015–2024, in arrival order; replied 0–40 days later (2% late
  // against a 28-day deadline, 0.2% never), open when the reply would fall after TODAY.
  await client.query(
    `INSERT INTO "DisclosureApplication"
       ("agencyId", "departmentId", "regNo", channel, "receivedOn", "applicantType", "applicantName", "requestText",
        "dueOn", outcome, "repliedOn", "updatedAt")
     SELECT d."agencyId", d.id, 'B-' || g, 'ONLINE', received,
            (enum_range(NULL::"ApplicantType"))[1 + floor(random() * 6)::int], '申请人' || g, '申请公开相关政府信息',
            received + 28,
            CASE WHEN replied IS NULL THEN NULL ELSE (enum_range(NULL::"ApplicationOutcome"))[1 + floor(random() * 21)::int] END,
            replied, now()
       FROM (SELECT g, 1 + (g % $1) AS k, received,
                    CASE WHEN random() < 0.002 OR received + delay > DATE '${TODAY}' THEN NULL ELSE received + delay END AS replied
               FROM (SELECT g, DATE '2015-01-01' + ((g - 1)::bigint * 3653 / $2)::int AS received,
                            floor(random() * CASE WHEN random() < 0.02 THEN 60 ELSE 28 END)::int AS delay
                       FROM generate_series(1, $2) g) s) a
       JOIN "Department" d ON d."agencyId" = (SELECT min(id) FROM "Agency" WHERE "parentId" = $3) + a.k - 1
      ORDER BY received`,
    [AGENCIES, APPLICATIONS, countyId],
  );
  await client.query(
    `INSERT INTO "ReviewCase" ("agencyId", "departmentId", kind, "filedOn", outcome, "decidedOn", "updatedAt")
     SELECT "agencyId", "departmentId", (enum_range(NULL::"ReviewKind"))[1 + floor(random() * 3)::int], "receivedOn" + 60,
            (enum_range(NULL::"ReviewOutcome"))[1 + floor(random() * 3)::int], "receivedOn" + 200, now()
       FROM "DisclosureApplication" WHERE id % 100 = 0`,
  );
  await client.query(
    `INSERT INTO "Outlet" ("agencyId", name) SELECT id, '《日报》' FROM "Agency" WHERE "parentId" = $1`,
    [countyId],
  );
  await client.query(
    `INSERT INTO "SubmissionCategory" ("agencyId", name) SELECT id, '政府工作' FROM "Agency" WHERE "parentId" = $1`,
    [countyId],
  );
  await client.query(
    `INSERT INTO "InfoSubmission" ("agencyId", "departmentId", "categoryId", title, "isoYear", "isoWeek", "updatedAt")
     SELECT d."agencyId", d.id, c.id, '工作信息', y, w, now()
       FROM "Department" d JOIN "SubmissionCategory" c ON c."agencyId" = d."agencyId",
            generate_series(2015, 2024) y, generate_series(1, 52, 2) w`,
  );
  await client.query(
    `INSERT INTO "SubmissionPlacement" ("submissionId", "outletId", "adoptedOn")
     SELECT s.id, o.id, CASE WHEN random() < 0.2 THEN DATE '2024-06-01' END
       FROM "InfoSubmission" s JOIN "Outlet" o ON o."agencyId" = s."agencyId"`,
  );
  // Reports of every year for most agencies: older years published (a revision with the tables' cells),
  // the report year in every state; agencies not on the platform have imported reports.
  await client.query(
    `INSERT INTO "AnnualReport" ("agencyId", year, vintage, status, source, "importedCells", "updatedAt")
     SELECT a.id, y, 'V2021',
            (CASE WHEN y < $2 THEN 'PUBLISHED' ELSE (ARRAY['DRAFT','SUBMITTED','APPROVED','PUBLISHED'])[1 + a.id % 4] END)::"ReportStatus",
            (CASE WHEN a.id % 10 = 0 THEN 'IMPORTED' ELSE 'COMPILED' END)::"ReportSource",
            CASE WHEN a.id % 10 = 0 THEN jsonb_build_object('s3.new.total', jsonb_build_object('value', 12)) END,
            now()
       FROM "Agency" a, generate_series(2015, $2) y WHERE a."parentId" = $1 AND a.id % 7 <> 0`,
    [countyId, YEAR],
  );
  await client.query(
    `INSERT INTO "ReportRevision" ("reportId", number, snapshot, "publishedAt")
     SELECT r.id, 1, jsonb_build_object('schemaVersion', 1, 'document', jsonb_build_object('tables', jsonb_build_object(
              'vintage', 'V2021', 'cells', jsonb_build_object('s3.new.total', jsonb_build_object('value', 100),
              's3.outcome.total.total', jsonb_build_object('value', 98), 's3.carryForward.total', jsonb_build_object('value', 2),
              's4.reconsideration.total', jsonb_build_object('value', 1), 's4.reconsideration.corrected', jsonb_build_object('value', 0),
              's4.litigationDirect.total', jsonb_build_object('value', 0), 's4.litigationDirect.corrected', jsonb_build_object('value', 0),
              's4.litigationAfterReconsideration.total', jsonb_build_object('value', 0),
              's4.litigationAfterReconsideration.corrected', jsonb_build_object('value', 0)))),
              'findingCounts', jsonb_build_object('hard', 0, 'soft', 1)),
            make_date(r.year + 1, 1, 10 + r.id % 20)
       FROM "AnnualReport" r WHERE r.status = 'PUBLISHED' AND r.source = 'COMPILED'`,
  );
  await client.query("VACUUM ANALYZE");
  return { countyId, userId: user.rows[0].id, fillSeconds: (performance.now() - t0) / 1000 };
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set (npm run bench:county sets it).");
  await withScratchDatabase(serverUrl, "bench_county", async (url) => {
    await deployMigrations({ connectionString: url });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const db = createPrismaClient(url);
    try {
      const { countyId, userId, fillSeconds } = await fill(client);
      const counts = await client.query(
        `SELECT (SELECT count(*) FROM "DisclosureApplication")::int AS apps,
                (SELECT count(*) FROM "Agency" WHERE "parentId" = $1)::int AS agencies`,
        [countyId],
      );
      console.log(
        `bench:county — ${counts.rows[0].agencies} agencies, ${counts.rows[0].apps.toLocaleString("en")} applications, ` +
          `10 years; filled in ${fillSeconds.toFixed(0)} s; ${os.cpus().length} CPUs`,
      );
      const floorSql = `SELECT count(*) FROM "DisclosureApplication" d JOIN "Agency" a ON a.id = d."agencyId" WHERE a."parentId" = $1`;
      const overview: number[] = [];
      const floor: number[] = [];
      let rows = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        let t = performance.now();
        rows = (await overviewQuery(db, countyId, YEAR, TODAY)).length;
        const o = performance.now() - t;
        t = performance.now();
        await client.query(floorSql, [countyId]);
        const f = performance.now() - t;
        if (i >= WARMUP) {
          overview.push(o);
          floor.push(f);
        }
      }
      const p = (v: number[], q: number) => percentile(v, q).toFixed(1);
      console.log(`overview SQL (${rows} rows): p50 ${p(overview, 50)} ms, p95 ${p(overview, 95)} ms`);
      console.log(`bare count over the same rows:  p50 ${p(floor, 50)} ms, p95 ${p(floor, 95)} ms`);
      console.log(`ratio (p95): ${(percentile(overview, 95) / percentile(floor, 95)).toFixed(2)}`);
      console.log(`target p95 ≤ ${TARGET_MS} ms: ${percentile(overview, 95) <= TARGET_MS ? "met" : "NOT met"}`);
      // The page: the SQL plus each report's findings (validation over the compiled counts).
      const actor = {
        userId,
        agencyId: countyId,
        role: "COUNTY" as const,
        departmentId: null,
        inDisclosureOffice: false,
      };
      const page: number[] = [];
      for (let i = 0; i < 6; i++) {
        const t = performance.now();
        await countyOverview(db, actor, YEAR, TODAY);
        if (i > 0) page.push(performance.now() - t);
      }
      console.log(`whole overview with findings of every report: p50 ${p(page, 50)} ms, max ${p(page, 100)} ms`);
      // The plan of the overview statement, to see what a slow run spends its time on.
      let sent: Prisma.Sql | undefined;
      await overviewQuery(
        {
          $queryRaw: ((query: TemplateStringsArray, ...values: unknown[]) => {
            sent = Prisma.sql(query, ...values);
            return Promise.resolve([]);
          }) as never,
        },
        countyId,
        YEAR,
        TODAY,
      );
      const plan = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${sent!.text}`,
        sent!.values as unknown[],
      );
      console.log(
        plan.rows
          .map((r) => r["QUERY PLAN"])
          .filter((l) => /actual time|Index|Scan/.test(l))
          .join("\n"),
      );
    } finally {
      await db.$disconnect();
      await client.end();
    }
  });
}

await main();
