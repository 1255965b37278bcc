/**
 * `npm run bench:compile`: how long compiling one agency-year's tables (compileReportTables +
 * validateReport) takes as an agency's applications grow to 1M, against a floor: a bare
 * `count(*)` over that agency's applications. Works in a database of its own on the server in
 * DATABASE_URL (created and dropped here). Figures: docs/benchmarks.md, section "Compile".
 *
 * Data: ten years of applications (2015–2024) stored in arrival order, replied 0–40 days after
 * receipt (0.5% up to 800 days; open when the reply would fall after 2025-02-15, the day the 2024
 * report is compiled; 0.2% never replied), random applicant types and outcomes; N/100 review cases;
 * three other agencies with N/10 applications each, interleaved. Random but seeded (setseed), so
 * every run builds the same rows.
 */
import pg from "pg";
import { createPrismaClient, type Db } from "../lib/db.ts";
import { validateReport } from "../lib/national-format/index.ts";
import { compileReportTables } from "../lib/annual-report/compile.ts";
import { deployMigrations } from "./db/migrations.ts";
import { withScratchDatabase } from "./runtime/scratch-database.ts";

/** Sizes to run: `npm run bench:compile -- 1000 10000` runs only those. */
const SIZES = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1_000, 10_000, 100_000, 1_000_000];
const YEAR = 2024;
/** Older report years, timed at the largest size: they read every application replied since. */
const OLDER_YEARS = [2022, 2020, 2018];
const WARMUP = 3;
const RUNS = 9;
const NOISE_AGENCIES = 3;

/** Applications of `agencyIds` (N for the first, N/10 for each other), interleaved, in receivedOn order. */
function applicationsSql(n: number, agencyIds: number[], departmentIds: number[]) {
  const series = agencyIds
    .map((agencyId, i) => {
      const rows = i === 0 ? n : Math.ceil(n / 10);
      return `SELECT ${agencyId} AS agency, ${departmentIds[i]} AS department, g,
                     DATE '2015-01-01' + ((g - 1)::bigint * 3653 / ${rows})::int AS received
                FROM generate_series(1, ${rows}) g`;
    })
    .join(" UNION ALL ");
  return `
    INSERT INTO "DisclosureApplication"
      ("agencyId", "departmentId", "regNo", "channel", "receivedOn", "applicantType", "applicantName",
       "requestText", "outcome", "repliedOn", "updatedAt")
    SELECT agency, department, 'B-' || g, 'ONLINE', received,
           CASE WHEN random() < 0.7 THEN 'NATURAL_PERSON'
                ELSE (enum_range(NULL::"ApplicantType"))[2 + floor(random() * 5)::int] END::"ApplicantType",
           '申请人' || g,
           '申请公开本机关关于农村土地承包经营权流转、宅基地使用情况审核及社会救助资金发放的相关政府信息，包括文件、名单与金额。',
           CASE WHEN replied IS NULL THEN NULL
                ELSE (enum_range(NULL::"ApplicationOutcome"))[1 + floor(random() * 21)::int] END,
           replied, now()
      FROM (SELECT *, CASE WHEN stuck OR received + delay > DATE '2025-02-15' THEN NULL ELSE received + delay END AS replied
              FROM (SELECT *, floor(random() * CASE WHEN random() < 0.005 THEN 800 ELSE 41 END)::int AS delay,
                           random() < 0.002 AS stuck
                      FROM (${series}) s) d) r
     ORDER BY received`;
}

/** N/100 review cases of the first agency, filed over the same ten years, decided 30–400 days later. */
function reviewCasesSql(n: number, agencyId: number, departmentId: number) {
  const rows = Math.max(1, Math.floor(n / 100));
  return `
    INSERT INTO "ReviewCase" ("agencyId", "departmentId", "kind", "filedOn", "outcome", "decidedOn", "updatedAt")
    SELECT ${agencyId}, ${departmentId}, (enum_range(NULL::"ReviewKind"))[1 + floor(random() * 3)::int],
           filed, CASE WHEN decided IS NULL THEN NULL ELSE (enum_range(NULL::"ReviewOutcome"))[1 + floor(random() * 3)::int] END,
           decided, now()
      FROM (SELECT filed, CASE WHEN filed + delay > DATE '2025-02-15' THEN NULL ELSE filed + delay END AS decided
              FROM (SELECT DATE '2015-01-01' + ((g - 1)::bigint * 3653 / ${rows})::int AS filed,
                           30 + floor(random() * 371)::int AS delay
                      FROM generate_series(1, ${rows}) g) s) d
     ORDER BY filed`;
}

async function fill(client: pg.Client, n: number, agencyIds: number[], departmentIds: number[]) {
  await client.query(`TRUNCATE "ReviewCase", "DisclosureApplication" CASCADE`);
  await client.query("SELECT setseed(0.2024)");
  await client.query(applicationsSql(n, agencyIds, departmentIds));
  await client.query(reviewCasesSql(n, agencyIds[0], departmentIds[0]));
  await client.query(`VACUUM ANALYZE "DisclosureApplication", "ReviewCase"`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Median times of compile + validate and of the floor, run alternately so that load on the machine hits both alike. */
async function measure(db: Db, agencyId: number, year: number) {
  const compile = async () => {
    const tables = await compileReportTables(db, agencyId, year, "V2021");
    const narrative = { overview: "", problems: "", otherMatters: "" };
    const findings = validateReport({ year, vintage: "V2021", tables, narrative });
    if (findings.some((f) => f.severity === "hard")) throw new Error(`hard findings: ${JSON.stringify(findings)}`);
  };
  const floor = () => db.$queryRaw`SELECT count(*) FROM "DisclosureApplication" WHERE "agencyId" = ${agencyId}`;
  const times = { compile: [] as number[], floor: [] as number[] };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const compileMs = await elapsed(compile);
    const floorMs = await elapsed(floor);
    if (i < WARMUP) continue;
    times.compile.push(compileMs);
    times.floor.push(floorMs);
  }
  return { compile: median(times.compile), floor: median(times.floor) };
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run `npm run bench:compile`.");
  await withScratchDatabase(serverUrl, "bench_compile", async (url) => {
    await deployMigrations({ connectionString: url });
    const db = createPrismaClient(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const agencies = await Promise.all(
        Array.from({ length: 1 + NOISE_AGENCIES }, (_, i) =>
          db.agency.create({
            data: {
              slug: `bench-${i}`,
              name: `基准镇${i}人民政府`,
              level: "TOWNSHIP_GOVERNMENT",
              departments: { create: { name: "党政办公室", isDisclosureOffice: true } },
            },
            include: { departments: true },
          }),
        ),
      );
      const agencyIds = agencies.map((a) => a.id);
      const departmentIds = agencies.map((a) => a.departments[0].id);
      const server = await client.query<{ server_version: string }>("SHOW server_version");
      const version = server.rows[0].server_version;
      console.log(`PostgreSQL ${version}; report year ${YEAR}; median of ${RUNS} runs after ${WARMUP} warm-up runs`);
      const row = (label: string, { compile, floor }: { compile: number; floor: number }, note = "") => {
        const ratio = (compile / floor).toFixed(2);
        console.log(
          label.padStart(9),
          compile.toFixed(2).padStart(20),
          floor.toFixed(2).padStart(9),
          ratio.padStart(6),
          note,
        );
      };
      console.log(
        "N".padStart(9),
        "compile+validate ms".padStart(20),
        "floor ms".padStart(9),
        "ratio".padStart(6),
        "  (fill s)",
      );
      for (const n of SIZES) {
        const started = performance.now();
        await fill(client, n, agencyIds, departmentIds);
        const fillSeconds = (performance.now() - started) / 1000;
        row(n.toLocaleString("en-US"), await measure(db, agencyIds[0], YEAR), `  (${fillSeconds.toFixed(1)})`);
      }
      console.log(`Older report years at N = ${SIZES.at(-1)!.toLocaleString("en-US")}:`);
      for (const year of OLDER_YEARS) row(String(year), await measure(db, agencyIds[0], year));
    } finally {
      await client.end();
      await db.$disconnect();
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
