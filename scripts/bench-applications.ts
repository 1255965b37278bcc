/**
 * `npm run bench:applications`: server time of the application list queries (first page, filtered
 * pages, searches) and of the office dashboard with 100k applications in one agency, at p95 over
 * RUNS runs each (after WARMUP runs). Works in a database of its own on the server in DATABASE_URL
 * (created and dropped here). Figures: docs/benchmarks.md, section "Applications". Target: ≤ 150 ms.
 *
 * Data: N applications of one agency (six departments) received over ten years up to TODAY, replied
 * 0–40 days after receipt (open when that falls after TODAY; 0.2% never replied), random channels,
 * applicant types, outcomes, applicant names and request texts from a few dozen topics; three other
 * agencies with N/10 each, interleaved. Random but seeded (setseed), so every run builds the same rows.
 * `npm run bench:applications -- 10000` runs another size.
 */
import pg from "pg";
import { createPrismaClient, type Db } from "../lib/db.ts";
import type { Actor } from "../lib/auth/permissions.ts";
import { agencyCalendar } from "../lib/calendar/agency-calendar.ts";
import { applications } from "../lib/applications/operations.ts";
import { applicationDashboard } from "../lib/applications/dashboard.ts";
import { deployMigrations } from "./db/migrations.ts";
import { withScratchDatabase } from "./runtime/scratch-database.ts";

const N = Number(process.argv[2] ?? 100_000);
const TODAY = "2026-11-27";
const WARMUP = 5;
const RUNS = 50;
const NOISE_AGENCIES = 3;
const DEPARTMENTS = 6;

const TOPICS = [
  "农村土地承包经营权流转合同及备案情况",
  "宅基地使用权审批材料",
  "低保、特困人员救助资金发放名单",
  "高标准农田建设项目招标和验收文件",
  "征地补偿安置方案及补偿款发放明细",
  "道路维修工程的招标文件和验收报告",
  "村级财务收支公开情况",
  "危房改造补助对象及金额",
  "环境保护督察整改情况",
  "河道采砂许可及监管记录",
  "城乡居民医疗保险缴费标准",
  "退役军人优抚对象名单",
  "集体资产清产核资结果",
  "学校改扩建项目预算和决算",
  "拆除违法建筑的行政决定书",
  "耕地地力保护补贴发放情况",
  "自来水管网改造工程合同",
  "乡镇财政预算执行情况",
  "人居环境整治专项资金使用情况",
  "扶贫项目资产台账",
];
const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "赵",
  "黄",
  "周",
  "吴",
  "徐",
  "孙",
  "胡",
  "朱",
  "高",
  "林",
  "何",
  "郭",
  "马",
  "欧阳",
];
const GIVEN = [
  "建华",
  "晓梅",
  "伟",
  "芳",
  "强",
  "敏",
  "静",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀英",
  "霞",
  "平",
];

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;

/** Applications of `agencyIds` (N for the first, N/10 for each other), interleaved, in receivedOn order. */
function applicationsSql(agencyIds: number[], departmentIds: number[][]) {
  const series = agencyIds
    .map((agencyId, i) => {
      const rows = i === 0 ? N : Math.ceil(N / 10);
      return `SELECT ${agencyId} AS agency, ARRAY[${departmentIds[i].join(",")}] AS departments, g,
                     DATE '${TODAY}' - 3652 + ((g - 1)::bigint * 3652 / ${rows})::int AS received
                FROM generate_series(1, ${rows}) g`;
    })
    .join(" UNION ALL ");
  return `
    INSERT INTO "DisclosureApplication"
      ("agencyId", "departmentId", "regNo", "channel", "submittedOn", "receivedOn", "applicantType", "applicantName",
       "applicantContact", "requestText", "dueOn", "outcome", "repliedOn", "updatedAt")
    SELECT agency, departments[1 + (g % array_length(departments, 1))],
           extract(year FROM received)::int || '-' || lpad(seq::text, greatest(4, length(seq::text)), '0'),
           (enum_range(NULL::"ApplicationChannel"))[1 + floor(random() * 6)::int], received - 2, received,
           CASE WHEN random() < 0.7 THEN 'NATURAL_PERSON'
                ELSE (enum_range(NULL::"ApplicantType"))[2 + floor(random() * 5)::int] END::"ApplicantType",
           (${sqlArray(SURNAMES)})[1 + floor(random() * ${SURNAMES.length})::int] || (${sqlArray(GIVEN)})[1 + floor(random() * ${GIVEN.length})::int],
           '139' || lpad((floor(random() * 100000000))::text, 8, '0'),
           '申请公开' || (${sqlArray(TOPICS)})[1 + floor(random() * ${TOPICS.length})::int] || '（' || extract(year FROM received)::int - 1 || '年度）',
           received + 28,
           CASE WHEN replied IS NULL THEN NULL
                ELSE (enum_range(NULL::"ApplicationOutcome"))[1 + floor(random() * 21)::int] END,
           replied, now()
      FROM (SELECT *, CASE WHEN stuck OR received + delay > DATE '${TODAY}' THEN NULL ELSE received + delay END AS replied,
                   row_number() OVER (PARTITION BY agency, extract(year FROM received) ORDER BY g) AS seq
              FROM (SELECT *, floor(random() * 41)::int AS delay, random() < 0.002 AS stuck FROM (${series}) s) d) r
     ORDER BY received`;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

async function time(label: string, work: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const started = performance.now();
    await work();
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  const p95 = percentile(times, 0.95);
  console.log(
    label.padEnd(58),
    percentile(times, 0.5).toFixed(1).padStart(8),
    p95.toFixed(1).padStart(8),
    p95 <= 150 ? "" : "  over target",
  );
  return p95;
}

async function setUp(db: Db, client: pg.Client) {
  const agencies = [];
  for (let i = 0; i <= NOISE_AGENCIES; i++) {
    agencies.push(
      await db.agency.create({
        data: {
          slug: `bench-${i}`,
          name: `基准镇${i}人民政府`,
          level: "TOWNSHIP_GOVERNMENT",
          departments: {
            create: Array.from({ length: DEPARTMENTS }, (_, d) => ({
              name: `科室${d + 1}`,
              isDisclosureOffice: d === 0,
            })),
          },
        },
        include: { departments: { orderBy: { id: "asc" } } },
      }),
    );
  }
  const started = performance.now();
  await client.query("SELECT setseed(0.2026)");
  await client.query(
    applicationsSql(
      agencies.map((a) => a.id),
      agencies.map((a) => a.departments.map((d) => d.id)),
    ),
  );
  await client.query(`VACUUM ANALYZE "DisclosureApplication"`);
  console.log(
    `Filled ${N.toLocaleString("en-US")} applications (+${(NOISE_AGENCIES * Math.ceil(N / 10)).toLocaleString("en-US")} in other agencies) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return agencies[0];
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run `npm run bench:applications`.");
  await withScratchDatabase(serverUrl, "bench_applications", async (url) => {
    await deployMigrations({ connectionString: url });
    const db = createPrismaClient(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const agency = await setUp(db, client);
      const department = agency.departments[1];
      const head: Actor = {
        userId: 1,
        agencyId: agency.id,
        role: "HEAD",
        departmentId: null,
        inDisclosureOffice: false,
      };
      const officer: Actor = {
        userId: 2,
        agencyId: agency.id,
        role: "OFFICER",
        departmentId: department.id,
        inDisclosureOffice: false,
      };
      const server = await client.query<{ server_version: string }>("SHOW server_version");
      console.log(
        `PostgreSQL ${server.rows[0].server_version}; today ${TODAY}; ms per call incl. the agency calendar, ${RUNS} runs after ${WARMUP} warm-up`,
      );
      console.log("query".padEnd(58), "median".padStart(8), "p95".padStart(8));

      const list = (actor: Actor, params: Record<string, string>) => () =>
        applications.list(db, actor, params, { today: TODAY });
      const p95s = [
        await time("list: first page (head, whole agency)", list(head, {})),
        await time("list: first page (officer, own department)", list(officer, {})),
        await time(
          "list: page 3, department + year 2024 + outcome (head)",
          list(head, { departmentId: String(department.id), year: "2024", outcome: "GRANTED", page: "3" }),
        ),
        await time("list: open cases (officer)", list(officer, { status: "open" })),
        await time("list: overdue (head)", list(head, { status: "overdue" })),
        await time(
          "list: received 2025-03-01..2025-06-30, replied late (head)",
          list(head, { from: "2025-03-01", to: "2025-06-30", status: "repliedLate" }),
        ),
        await time("list: open on 2024-12-31 (head)", list(head, { openOn: "2024-12-31" })),
        await time("search: request text 宅基地 (head)", list(head, { q: "宅基地" })),
        await time(
          "search: request text 招标文件和验收, page 5 (head)",
          list(head, { q: "招标文件和验收", page: "5" }),
        ),
        await time("search: registration number 2023-0456 (head)", list(head, { q: "2023-0456" })),
        await time("search: applicant name 欧阳建华 (officer)", list(officer, { q: "欧阳建华" })),
        await time("search: no match 不存在的内容 (head)", list(head, { q: "不存在的内容" })),
        await time("dashboard (head, whole agency)", async () =>
          applicationDashboard(db, head, TODAY, await agencyCalendar(db, agency.id)),
        ),
        await time("dashboard (officer, own department)", async () =>
          applicationDashboard(db, officer, TODAY, await agencyCalendar(db, agency.id)),
        ),
      ];
      console.log(`Worst p95: ${Math.max(...p95s).toFixed(1)} ms (target ≤ 150 ms)`);
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
