/**
 * `npm run bench:compile`: how long compiling one agency-year's tables (compileReportTables +
 * validateReport) takes as an agency's applications grow to 1M, against a floor: a bare
 * `count(*)` over that agency's applications, timed alternately with it in the same run. Works in a
 * database of its own on the server in DATABASE_URL (created and dropped here), so every run starts
 * from a fresh database. Figures: docs/benchmarks.md, section "Compile".
 *
 * Data: ten years of applications (2015–2024) stored in arrival order, replied 0–40 days after
 * receipt (0.5% up to 800 days; open when the reply would fall after 2025-02-15, the day the 2024
 * report is compiled; 0.2% never replied), random applicant types and outcomes; N/100 review cases;
 * three other agencies with N/10 applications each, interleaved. Random but seeded (setseed), so
 * every run builds the same rows.
 *
 * Every size compiles the report year 2024 and each older year down to 2015, and prints met / NOT met
 * against the target (within 3× of the floor; the ratio is the median of the ratios of each compile to
 * the floor run right after it, so that the load of the moment on a shared machine hits both alike). The plan of each query the compile sends (and of the
 * floor) is printed for 2024 at every size and for every year that misses: the top nodes of
 * EXPLAIN (ANALYZE, BUFFERS), with estimated and actual rows, so that a plan that flipped shows.
 *
 *   npm run bench:compile                   sizes 1k, 10k, 100k, 1M
 *   npm run bench:compile -- 1000 10000     only those sizes
 *   DATABASE_URL=postgresql://…/x npx tsx scripts/bench-compile.ts   another server
 */
import os from "node:os";
import pg from "pg";
import { createPrismaClient, type Db } from "../lib/db.ts";
import { Prisma } from "../lib/generated/prisma/client.ts";
import { validateReport } from "../lib/national-format/index.ts";
import { compileReportTables } from "../lib/annual-report/compile.ts";
import type { Queryable } from "../lib/annual-report/compile-sql.ts";
import { deployMigrations } from "./db/migrations.ts";
import { withScratchDatabase } from "./runtime/scratch-database.ts";

/** Sizes to run: `npm run bench:compile -- 1000 10000` runs only those. */
const SIZES = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1_000, 10_000, 100_000, 1_000_000];
/** The report year (compiled on 2025-02-15) first, then every older year of the data. */
const YEARS = [2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015];
const WARMUP = 3;
const RUNS = 21;
const NOISE_AGENCIES = 3;
/** Target: compile + validate within this factor of the floor. */
const TARGET_RATIO = 3;

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
  await client.query(`VACUUM ANALYZE`);
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

/** A Queryable that sends everything to `db` and remembers each query (text and parameters). */
function recording(db: Db): { db: Queryable; sent: Prisma.Sql[] } {
  const sent: Prisma.Sql[] = [];
  const $queryRaw = ((query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
    sent.push(query instanceof Prisma.Sql ? query : Prisma.sql(query, ...(values as Prisma.Sql[])));
    return db.$queryRaw(query as TemplateStringsArray, ...values);
  }) as Db["$queryRaw"];
  return { db: { $queryRaw }, sent };
}

async function compileAndValidate(db: Queryable, agencyId: number, year: number) {
  const tables = await compileReportTables(db, agencyId, year, "V2021");
  const narrative = { overview: "", problems: "", otherMatters: "" };
  const findings = validateReport({ year, vintage: "V2021", tables, narrative });
  if (findings.some((f) => f.severity === "hard")) throw new Error(`hard findings: ${JSON.stringify(findings)}`);
}

const floorQuery = (agencyId: number) =>
  Prisma.sql`SELECT count(*) FROM "DisclosureApplication" WHERE "agencyId" = ${agencyId}`;

/**
 * Median times of compile + validate and of the floor, and the median of their ratios run by run: each
 * compile is followed by a floor, so that the load of the moment (the machine is shared) hits both alike.
 */
async function measure(db: Db, agencyId: number, year: number) {
  const floor = floorQuery(agencyId);
  const times = { compile: [] as number[], floor: [] as number[], ratio: [] as number[] };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const compileMs = await elapsed(() => compileAndValidate(db, agencyId, year));
    const floorMs = await elapsed(() => db.$queryRaw(floor));
    if (i < WARMUP) continue;
    times.compile.push(compileMs);
    times.floor.push(floorMs);
    times.ratio.push(compileMs / floorMs);
  }
  return { compile: median(times.compile), floor: median(times.floor), ratio: median(times.ratio) };
}

// ---------------------------------------------------------------- plans

type PlanNode = Record<string, unknown> & { "Node Type": string; Plans?: PlanNode[] };
type Explained = {
  Plan: PlanNode;
  "Planning Time": number;
  "Execution Time": number;
  "Query Text"?: string;
  JIT?: Record<string, unknown>;
};

/** One line for a plan node: what it does, estimated → actual rows, time, buffers, and what spilled. */
function describeNode(node: PlanNode): string {
  const parts = [String(node["Node Type"])];
  if (node["Strategy"] && node["Node Type"] === "Aggregate") parts[0] = `${node["Strategy"]} Aggregate`;
  if (node["Index Name"]) parts.push(`using ${node["Index Name"]}`);
  else if (node["Relation Name"]) parts.push(`on ${node["Relation Name"]}`);
  const loops = Number(node["Actual Loops"] ?? 1);
  parts.push(`rows ${node["Plan Rows"]}→${Math.round(Number(node["Actual Rows"]) * loops)}`);
  parts.push(`${Number(node["Actual Total Time"]).toFixed(1)} ms`);
  const hit = Number(node["Shared Hit Blocks"] ?? 0);
  const read = Number(node["Shared Read Blocks"] ?? 0);
  if (hit || read) parts.push(`buffers hit ${hit} read ${read}`);
  if (node["Workers Launched"] !== undefined)
    parts.push(`workers ${node["Workers Launched"]}/${node["Workers Planned"]}`);
  if (node["Sort Method"])
    parts.push(`sort ${node["Sort Method"]} ${node["Sort Space Used"]} kB ${node["Sort Space Type"]}`);
  if (Number(node["HashAgg Batches"] ?? 1) > 1) parts.push(`hash batches ${node["HashAgg Batches"]}`);
  if (Number(node["Hash Batches"] ?? 1) > 1) parts.push(`hash batches ${node["Hash Batches"]}`);
  if (Number(node["Temp Written Blocks"] ?? 0) > 0) parts.push(`temp written ${node["Temp Written Blocks"]}`);
  if (Number(node["Heap Fetches"] ?? 0) > 0) parts.push(`heap fetches ${node["Heap Fetches"]}`);
  if (node["Exact Heap Blocks"] !== undefined)
    parts.push(`heap blocks ${node["Exact Heap Blocks"]}+${node["Lossy Heap Blocks"]} lossy`);
  return parts.join(", ");
}

const MAX_DEPTH = 5;

function planLines(node: PlanNode, depth = 0): string[] {
  if (depth > MAX_DEPTH) return [];
  const lines = [`${"  ".repeat(depth)}${depth ? "-> " : ""}${describeNode(node)}`];
  for (const child of node.Plans ?? []) lines.push(...planLines(child, depth + 1));
  return lines;
}

/**
 * Makes `client` report the plans of statements run inside functions (report_counts is one): auto_explain
 * sends each as a notice. Needs a superuser (LOAD); without it only the top-level plans are printed.
 */
async function reportNestedPlans(client: pg.Client): Promise<{ take: () => Explained[]; available: boolean }> {
  const notices: string[] = [];
  try {
    await client.query("LOAD 'auto_explain'");
    await client.query(`SET auto_explain.log_min_duration = 0; SET auto_explain.log_analyze = on;
                        SET auto_explain.log_buffers = on; SET auto_explain.log_nested_statements = on;
                        SET auto_explain.log_format = json; SET auto_explain.log_level = notice;
                        SET auto_explain.log_min_duration = -1; SET client_min_messages = notice`);
  } catch {
    return { take: () => [], available: false };
  }
  client.on("notice", (notice) => notices.push(notice.message ?? ""));
  const take = () =>
    notices
      .splice(0)
      .filter((message) => message.includes("plan:"))
      .map((message) => JSON.parse(message.slice(message.indexOf("plan:") + 5)) as Explained);
  return { take, available: true };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of one query, printed as its top nodes, and the plans of the statements it
 * runs inside functions (after five runs, so that a function shows the plan it keeps in its cache).
 */
async function explain(
  client: pg.Client,
  nested: Awaited<ReturnType<typeof reportNestedPlans>>,
  label: string,
  query: Prisma.Sql,
) {
  const values = query.values as unknown[];
  for (let i = 0; i < 5; i++) await client.query(query.text, values);
  if (nested.available) await client.query("SET auto_explain.log_min_duration = 0");
  const { rows } = await client.query<{ "QUERY PLAN": Explained[] }>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.text}`,
    values,
  );
  if (nested.available) await client.query("SET auto_explain.log_min_duration = -1");
  const [plan] = rows[0]["QUERY PLAN"];
  const jit = plan.JIT ? `, JIT ${(plan.JIT["Timing"] as { Total: number }).Total.toFixed(1)} ms` : "";
  const head = `${label}: planning ${plan["Planning Time"].toFixed(2)} ms, execution ${plan["Execution Time"].toFixed(2)} ms${jit}`;
  const lines = [head, ...planLines(plan.Plan).map((line) => `  ${line}`)];
  // auto_explain reports the EXPLAIN itself too: keep the statements run inside functions.
  for (const inner of nested.take().filter((p) => !String(p["Query Text"]).startsWith("EXPLAIN"))) {
    const text = String(inner["Query Text"]).replace(/\s+/g, " ").trim().slice(0, 50);
    lines.push(`  inside: ${text} …`, ...planLines(inner.Plan).map((line) => `    ${line}`));
  }
  return lines;
}

/** The plans of each query one compile sends, and of the floor. */
async function plans(
  db: Db,
  client: pg.Client,
  nested: Awaited<ReturnType<typeof reportNestedPlans>>,
  agencyId: number,
  year: number,
) {
  const recorder = recording(db);
  await compileAndValidate(recorder.db, agencyId, year);
  const lines: string[] = [];
  for (const [i, query] of recorder.sent.entries()) {
    const firstLine = query.text.trim().split("\n")[0].trim().slice(0, 60);
    lines.push(...(await explain(client, nested, `compile query ${i + 1} (${firstLine})`, query)));
  }
  lines.push(...(await explain(client, nested, "floor", floorQuery(agencyId))));
  return lines;
}

// ---------------------------------------------------------------- run

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run `npm run bench:compile`.");
  await withScratchDatabase(serverUrl, "bench_compile", async (url) => {
    await deployMigrations({ connectionString: url });
    const db = createPrismaClient(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const nested = await reportNestedPlans(client);
    const missed: string[] = [];
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
      const settings = await client.query<Record<string, string>>(
        `SELECT current_setting('server_version') AS version, current_setting('jit') AS jit,
                pg_jit_available()::text AS jit_available,
                current_setting('max_parallel_workers_per_gather') AS parallel,
                current_setting('work_mem') AS work_mem, current_setting('shared_buffers') AS shared_buffers,
                current_setting('random_page_cost') AS random_page_cost`,
      );
      const s = settings.rows[0];
      console.log(
        `PostgreSQL ${s.version} (jit ${s.jit}, LLVM available ${s.jit_available}, parallel workers per gather ${s.parallel}, ` +
          `work_mem ${s.work_mem}, shared_buffers ${s.shared_buffers}, random_page_cost ${s.random_page_cost})`,
      );
      console.log(
        `${os.cpus().length} CPUs, load average ${load()} at the start; median of ${RUNS} runs after ${WARMUP} warm-up runs, ` +
          `each compile followed by a floor (ratio: the median of the ${RUNS} ratios); ` +
          `target: compile + validate ≤ ${TARGET_RATIO}× the floor`,
      );
      for (const n of SIZES) {
        const size = n.toLocaleString("en-US");
        const started = performance.now();
        await fill(client, n, agencyIds, departmentIds);
        const fillSeconds = (performance.now() - started) / 1000;
        console.log(`\nN = ${size} (filled in ${fillSeconds.toFixed(1)} s; load average ${load()})`);
        console.log(
          "year".padStart(6),
          "compile+validate ms".padStart(20),
          "floor ms".padStart(9),
          "ratio".padStart(6),
          "  target",
        );
        for (const year of YEARS) {
          const { compile, floor, ratio } = await measure(db, agencyIds[0], year);
          const met = ratio <= TARGET_RATIO;
          if (!met) missed.push(`N = ${size}, ${year}: ${ratio.toFixed(2)}×`);
          console.log(
            String(year).padStart(6),
            compile.toFixed(2).padStart(20),
            floor.toFixed(2).padStart(9),
            ratio.toFixed(2).padStart(6),
            `  ${met ? "met" : "NOT met"}`,
          );
          if (year === YEARS[0] || !met) {
            const lines = await plans(db, client, nested, agencyIds[0], year);
            console.log(lines.map((line) => `         ${line}`).join("\n"));
          }
        }
      }
    } finally {
      await client.end();
      await db.$disconnect();
    }
    console.log(`\nload average ${load()} at the end`);
    console.log(
      missed.length
        ? `Target (≤ ${TARGET_RATIO}× the floor at every size and year): NOT met — ${missed.join("; ")}`
        : `Target (≤ ${TARGET_RATIO}× the floor at every size and year): met`,
    );
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
