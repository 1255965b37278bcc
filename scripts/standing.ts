/**
 * `npm run test:standing`: the reliability tests that need the whole deployment, run by .ci/run after
 * `npm test` (after a build). On loopback: `npm start` (its supervised embedded PostgreSQL and web server
 * A), a second web server B (`.next/serve.mjs`) on the same database, and a small reverse proxy in front
 * of both (scripts/standing/proxy.ts). It checks, and prints the figures:
 *   1. the sign-in throttle is shared: failures on A and B add up;
 *   2. a session made on A works on B;
 *   3. a publication on A is served by B within a second;
 *   4. 200 concurrent readers and 20 writers through the proxy for STANDING_SECONDS (60): 0 errors,
 *      0 lost writes (every acknowledged write is in the database afterwards);
 *   5. kill -9 of the database under that load: every acknowledged write survives, the supervisor brings
 *      it back, public pages answer throughout (from the cache);
 *   6. kill -9 of a web server mid-publish (STANDING_PUBLISH_KILLS times): the report is either approved
 *      without a new revision or published with exactly one;
 *   7. SIGTERM to `npm start` right after a database kill: "Stopped" within a few seconds.
 * Ports: STANDING_PORT (proxy; A and B are the next two, default 3140), STANDING_PG_PORT (default 54440).
 */
import { randomUUID } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ROOT } from "./runtime/paths.ts";
import { SERVER_ENTRY, ensureBuilt } from "./runtime/build.ts";
import { embeddedUrl } from "./runtime/embedded-postgres.ts";
import { exited, stopChild, waitForHttp } from "./runtime/process.ts";
import { callAction, findAction, signIn } from "./standing/client.ts";
import { currentYearInChina } from "../lib/calendar/dates.ts";
import { DEMO_PASSWORD } from "../lib/seed/demo.ts";

const PROXY_PORT = Number(process.env.STANDING_PORT ?? 3140);
const [A_PORT, B_PORT] = [PROXY_PORT + 1, PROXY_PORT + 2];
const PG_PORT = Number(process.env.STANDING_PG_PORT ?? 54440);
const SECONDS = Number(process.env.STANDING_SECONDS ?? 60);
const PUBLISH_KILLS = Number(process.env.STANDING_PUBLISH_KILLS ?? 3);
const READERS = 200;
const WRITERS = 20;
const SECRET = "standing-test-shared-secret-0123456789";
const PROXY = `http://127.0.0.1:${PROXY_PORT}`;
const A = `http://127.0.0.1:${A_PORT}`;
const B = `http://127.0.0.1:${B_PORT}`;
const PUBLIC_PATHS = [
  "/",
  "/reports/baixiang/2022",
  "/reports/baixiang/2022/r/1",
  "/reports/baixiang/2022/data.json",
  "/reports/baixiang/2022/report.docx",
];
const RUN = Date.now().toString(36);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "disclosure-standing-"));
fs.chmodSync(dataDir, 0o755);
const databaseUrl = embeddedUrl(PG_PORT, "disclosure");
const started = Date.now();
const log = (line: string) => console.log(`[standing +${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const failures: string[] = [];
let passed = 0;
function check(ok: boolean, what: string) {
  log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (ok) passed++;
  else failures.push(what);
}

const children: ChildProcess[] = [];
let startOutput = "";

function spawnStart(): ChildProcess {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", "start.ts")],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: "",
        DISCLOSURE_DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(PG_PORT),
        PORT: String(A_PORT),
        NEXTAUTH_SECRET: SECRET,
      },
    },
  );
  child.stdout!.on("data", (d: Buffer) => (startOutput += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (startOutput += d.toString()));
  children.push(child);
  return child;
}

function spawnServer(port: number): ChildProcess {
  const child = spawn(process.execPath, [SERVER_ENTRY, "--port", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "ignore"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, AUTH_TRUST_HOST: "true" },
  });
  children.push(child);
  return child;
}

function postmasterPid(): number {
  return Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------- load: readers and writers

type Load = {
  reads: number;
  readErrors: number;
  writesTried: number;
  writeErrors: number;
  acknowledged: { title: string; id: number }[];
  firstWriteAfter: (t: number) => number | null;
  errorsSample: string[];
};

let loads = 0;

async function runLoad(seconds: number, cookies: string[], during?: (load: Load) => Promise<void>): Promise<Load> {
  // Titles unique across the loads of a run: each load checks its own writes by title.
  const phase = ++loads;
  const createSubmission = findAction("lib/submissions/actions.ts", "createSubmissionAction");
  const [dept] = await query<{ id: number }>(
    `SELECT d.id FROM "Department" d JOIN "Agency" a ON a.id = d."agencyId" WHERE a.slug = 'baixiang' AND d."isDisclosureOffice"`,
  );
  const [category] = await query<{ id: number }>(
    `SELECT c.id FROM "SubmissionCategory" c JOIN "Agency" a ON a.id = c."agencyId" WHERE a.slug = 'baixiang' ORDER BY c.id LIMIT 1`,
  );
  const [outlet] = await query<{ id: number }>(
    `SELECT o.id FROM "Outlet" o JOIN "Agency" a ON a.id = o."agencyId" WHERE a.slug = 'baixiang' ORDER BY o.id LIMIT 1`,
  );
  const week = `${currentYearInChina()}-W01`;
  const writeTimes: number[] = [];
  const ackTimes: number[] = [];
  const load: Load = {
    reads: 0,
    readErrors: 0,
    writesTried: 0,
    writeErrors: 0,
    acknowledged: [],
    errorsSample: [],
    // When the first write sent after `t` was acknowledged (its request started after t).
    firstWriteAfter: (t) => ackTimes[writeTimes.findIndex((w) => w > t)] ?? null,
  };
  const deadline = Date.now() + seconds * 1000;
  const note = (message: string) => {
    if (load.errorsSample.length < 5) load.errorsSample.push(message);
  };

  const reader = async (i: number) => {
    for (let n = i; Date.now() < deadline; n++) {
      const url = PROXY + PUBLIC_PATHS[n % PUBLIC_PATHS.length];
      try {
        const response = await fetch(url, { headers: { "accept-encoding": "gzip, br" } });
        await response.arrayBuffer();
        if (response.status === 200) load.reads++;
        else {
          load.readErrors++;
          note(`GET ${url}: ${response.status}`);
        }
      } catch (error) {
        load.readErrors++;
        note(`GET ${url}: ${(error as Error).message}`);
      }
    }
  };
  const writer = async (i: number) => {
    for (let n = 0; Date.now() < deadline; n++) {
      const title = `standing-${RUN}-p${phase}-w${i}-${n}`;
      const sentAt = Date.now();
      load.writesTried++;
      try {
        const result = await callAction(
          PROXY,
          createSubmission,
          createSubmission.page,
          [
            ["departmentId", String(dept.id)],
            ["categoryId", String(category.id)],
            ["title", title],
            ["summary", "standing test"],
            ["week", week],
            ["outletIds", String(outlet.id)],
            ["_once", randomUUID()], // as the form sends it: a replay would return this first answer
          ],
          cookies[i % cookies.length],
        );
        const id = Number(/\/office\/submissions\/(\d+)/.exec(result.redirectTo ?? "")?.[1]);
        if (result.ok && id) {
          load.acknowledged.push({ title, id });
          writeTimes.push(sentAt);
          ackTimes.push(Date.now());
        } else {
          load.writeErrors++;
          note(`write: ${result.status} ${result.message}`);
          await sleep(100);
        }
      } catch (error) {
        load.writeErrors++;
        note(`write: ${(error as Error).message}`);
        await sleep(100);
      }
    }
  };
  await Promise.all([
    ...Array.from({ length: READERS }, (_, i) => reader(i)),
    ...Array.from({ length: WRITERS }, (_, i) => writer(i)),
    during?.(load),
  ]);
  return load;
}

async function lostWrites(load: Load): Promise<number> {
  const rows = await query<{ id: number; title: string }>(
    `SELECT id, title FROM "InfoSubmission" WHERE title LIKE $1`,
    [`standing-${RUN}-%`],
  );
  const found = new Map(rows.map((r) => [r.title, r.id]));
  const lost = load.acknowledged.filter((w) => found.get(w.title) !== w.id);
  for (const w of lost.slice(0, 5)) {
    const same = rows.filter((r) => r.title === w.title).map((r) => r.id);
    const byId = await query<{ title: string }>(`SELECT title FROM "InfoSubmission" WHERE id = $1`, [w.id]);
    log(
      `  lost: ${w.title} acknowledged as id ${w.id} (now: ${byId[0]?.title ?? "no row"}), rows with its title: ${same}`,
    );
  }
  return lost.length;
}

function printLoad(label: string, load: Load, seconds: number) {
  log(
    `${label}: ${load.reads} public reads (${(load.reads / seconds).toFixed(0)}/s), ${load.readErrors} read errors; ` +
      `${load.writesTried} writes tried, ${load.acknowledged.length} acknowledged, ${load.writeErrors} failed`,
  );
  for (const sample of load.errorsSample) log(`  e.g. ${sample}`);
}

// ---------------------------------------------------------------- the report workflow over HTTP

const transition = () => findAction("lib/annual-report/actions.ts", "transitionReportAction");

async function report2022() {
  const [row] = await query<{ status: string; version: number; revisions: number }>(
    `SELECT r.status, r.version, (SELECT count(*)::int FROM "ReportRevision" v WHERE v."reportId" = r.id) AS revisions
       FROM "AnnualReport" r JOIN "Agency" a ON a.id = r."agencyId" WHERE a.slug = 'baixiang' AND r.year = 2022`,
  );
  return row;
}

async function move(base: string, cookie: string, step: string, signal?: AbortSignal) {
  const { version } = await report2022();
  return callAction(
    base,
    transition(),
    "/office/reports/2022",
    [
      ["year", "2022"],
      ["version", String(version)],
      ["transition", step],
      ["comment", step === "reopen" ? "standing test: correction" : ""],
      ["changeNote", `standing test correction ${RUN}`],
    ],
    cookie,
    signal,
  );
}

/** Brings 2022 to APPROVED from wherever it is (reopen → submit → approve). */
async function approve(base: string, cookie: string) {
  const steps: Record<string, string[]> = {
    PUBLISHED: ["reopen", "submit", "approve"],
    DRAFT: ["submit", "approve"],
    SUBMITTED: ["approve"],
    APPROVED: [],
  };
  for (const step of steps[(await report2022()).status]) {
    // The head acknowledges each warning in turn before approving (docs/decisions/0008).
    if (step === "approve") await acknowledgeWarnings(base, cookie);
    const result = await move(base, cookie, step);
    if (!result.ok) throw new Error(`${step}: ${result.message}`);
  }
}

const acknowledge = () => findAction("lib/annual-report/actions.ts", "acknowledgeFindingAction");

/** Acknowledges, as the head, every warning the report page offers to acknowledge (its forms' hidden fields). */
async function acknowledgeWarnings(base: string, cookie: string) {
  const page = await (await fetch(`${base}/office/reports/2022`, { headers: { cookie } })).text();
  const unescape = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const forms = [...page.matchAll(/name="ruleId" value="([^"]*)"\/?><input type="hidden" name="key" value="([^"]*)"/g)];
  for (const [, ruleId, key] of forms) {
    const result = await callAction(
      base,
      acknowledge(),
      "/office/reports/2022",
      [
        ["year", "2022"],
        ["ruleId", unescape(ruleId)],
        ["key", unescape(key)],
        ["reason", "standing test: reviewed"],
      ],
      cookie,
    );
    if (!result.ok) throw new Error(`acknowledge ${ruleId}: ${result.message}`);
  }
}

async function servedRevision(base: string): Promise<string | null> {
  const response = await fetch(`${base}/reports/baixiang/2022/data.json`);
  await response.arrayBuffer();
  return response.headers.get("x-report-revision");
}

// ---------------------------------------------------------------- the run

async function main() {
  await ensureBuilt(log);
  log(`data folder ${dataDir}; proxy ${PROXY} → A ${A_PORT} (npm start), B ${B_PORT}; PostgreSQL ${PG_PORT}`);
  const start = spawnStart();
  await waitForHttp(`${A}/login`, 180_000, start);
  for (let i = 0; !startOutput.includes("is running") && i < 100; i++) await sleep(100);
  let serverB = spawnServer(B_PORT);
  const proxy = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      path.join(ROOT, "scripts", "standing", "proxy.ts"),
      String(PROXY_PORT),
      String(A_PORT),
      String(B_PORT),
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
  );
  children.push(proxy);
  await Promise.all([waitForHttp(`${B}/login`, 60_000, serverB), waitForHttp(`${PROXY}/healthz`, 30_000, proxy)]);
  log("deployment up");

  // 1. The sign-in throttle is kept in the database: failures on A and on B add up.
  for (let i = 0; i < 5; i++) await signIn(i % 2 ? B : A, "officer2", "wrong-password");
  const locked = await signIn(B, "officer2", DEMO_PASSWORD);
  check(
    !locked.ok && locked.error.includes("登录失败次数过多"),
    "throttle shared: 5 failures on A and B lock the login on B",
  );

  // 2. A session made on A works on B (the same secret; nothing kept per process).
  const officerOnA = await signIn(A, "officer", DEMO_PASSWORD);
  const office = await fetch(`${B}/office`, { headers: { cookie: officerOnA.cookie }, redirect: "manual" });
  const officeHtml = await office.text();
  check(officerOnA.ok && office.status === 200 && officeHtml.includes("李晓梅"), "a session made on A works on B");

  // 3. A publication on A is served by B within a second.
  const head = await signIn(A, "head", DEMO_PASSWORD);
  if (!head.ok) throw new Error(`head could not sign in: ${head.error}`);
  await approve(A, head.cookie);
  const before = await servedRevision(B); // B has the current revision cached
  await servedRevision(B);
  const published = await move(A, head.cookie, "publish");
  const publishedAt = Date.now();
  let seenAfter = -1;
  while (Date.now() - publishedAt < 5_000) {
    if ((await servedRevision(B)) !== before) {
      seenAfter = Date.now() - publishedAt;
      break;
    }
    await sleep(20);
  }
  check(
    published.ok && seenAfter >= 0 && seenAfter <= 1000,
    `a publication on A is served by B after ${seenAfter} ms (revision ${before} → ${await servedRevision(B)})`,
  );

  // 4. Steady load through the proxy.
  const cookies = [];
  for (let i = 0; i < WRITERS; i++) cookies.push((await signIn(PROXY, "officer", DEMO_PASSWORD)).cookie);
  log(`load: ${READERS} readers and ${WRITERS} writers through the proxy for ${SECONDS} s …`);
  const steady = await runLoad(SECONDS, cookies);
  printLoad("steady load", steady, SECONDS);
  const steadyLost = await lostWrites(steady);
  check(
    steady.readErrors === 0 && steady.writeErrors === 0,
    `steady load: 0 errors (${steady.readErrors + steady.writeErrors})`,
  );
  check(
    steady.acknowledged.length > 0 && steadyLost === 0,
    `steady load: 0 lost writes (${steadyLost} of ${steady.acknowledged.length})`,
  );

  // 5. kill -9 of the database under load.
  const OUTAGE_SECONDS = 20;
  let killedAt = 0;
  let killedPid = 0;
  log(`load for ${OUTAGE_SECONDS} s with kill -9 of PostgreSQL after 5 s …`);
  const outage = await runLoad(OUTAGE_SECONDS, cookies, async () => {
    await sleep(5_000);
    killedPid = postmasterPid();
    killedAt = Date.now();
    process.kill(killedPid, "SIGKILL");
  });
  printLoad("load with a database kill", outage, OUTAGE_SECONDS);
  const backAt = outage.firstWriteAfter(killedAt + 1);
  const outageLost = await lostWrites(outage);
  check(
    /PostgreSQL exited unexpectedly[\s\S]*PostgreSQL is back/.test(startOutput),
    "the supervisor restarted PostgreSQL",
  );
  check(postmasterPid() !== killedPid, `PostgreSQL runs again (pid ${killedPid} → ${postmasterPid()})`);
  check(
    backAt !== null,
    `writes acknowledged again ${backAt ? ((backAt - killedAt) / 1000).toFixed(1) : "—"} s after the kill`,
  );
  check(outage.readErrors === 0, `public pages answered throughout the outage (${outage.readErrors} errors)`);
  check(
    outageLost === 0,
    `every acknowledged write survived the kill (${outageLost} lost of ${outage.acknowledged.length})`,
  );

  // 6. kill -9 of a web server mid-publish: all or nothing.
  const outcomes: string[] = [];
  for (let i = 0; i < PUBLISH_KILLS; i++) {
    await approve(A, head.cookie);
    const { revisions } = await report2022();
    const headOnB = head.cookie; // the same session is good on B
    const request = move(B, headOnB, "publish").catch(() => null);
    await sleep(20 + Math.floor(Math.random() * 1500)); // before or after the commit, whichever it hits
    serverB.kill("SIGKILL");
    await request;
    await exited(serverB);
    const after = await report2022();
    const outcome =
      after.status === "APPROVED" && after.revisions === revisions
        ? "approved, no revision"
        : after.status === "PUBLISHED" && after.revisions === revisions + 1
          ? "published, one revision"
          : `INCONSISTENT (${after.status}, ${after.revisions - revisions} new revisions)`;
    outcomes.push(outcome);
    serverB = spawnServer(B_PORT);
    await waitForHttp(`${B}/login`, 60_000, serverB);
  }
  check(
    outcomes.every((o) => !o.startsWith("INCONSISTENT")),
    `web server killed mid-publish ${PUBLISH_KILLS}×: ${outcomes.join("; ")}`,
  );

  // 7. SIGTERM right after a database kill: everything stops within a few seconds.
  process.kill(postmasterPid(), "SIGKILL");
  await sleep(100);
  const stopAsked = Date.now();
  start.kill("SIGTERM");
  await exited(start);
  const stopSeconds = (Date.now() - stopAsked) / 1000;
  check(
    startOutput.includes("Stopped.") && stopSeconds < 10,
    `npm start stopped ${stopSeconds.toFixed(1)} s after SIGTERM with the database just killed, and said "Stopped"`,
  );

  for (const line of startOutput.split("\n").filter((l) => /PostgreSQL (exited|is back|did not)/.test(l)))
    log(`supervisor: ${line}`);
  log(
    `figures: ${steady.reads + outage.reads} public reads, ${steady.readErrors + outage.readErrors} read errors; ` +
      `${steady.acknowledged.length + outage.acknowledged.length} writes acknowledged, ` +
      `${steady.acknowledged.length + outage.acknowledged.length - steadyLost - outageLost} found; ` +
      `recovery ${backAt ? ((backAt - killedAt) / 1000).toFixed(1) : "—"} s; publication seen on B after ${seenAfter} ms`,
  );
}

async function cleanUp() {
  await Promise.all(children.map((child) => stopChild(child, 5_000)));
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main()
  .catch((error) => {
    failures.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
    console.error(error);
    if (startOutput)
      console.error(`--- npm start output (last lines)\n${startOutput.split("\n").slice(-30).join("\n")}`);
  })
  .finally(async () => {
    await cleanUp();
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`standing tests took ${seconds} s`);
    console.log(`standing: ${passed} passed, ${failures.length} failed`);
    process.exit(failures.length ? 1 : 0);
  });
