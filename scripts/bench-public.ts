/**
 * `npm run bench:public`: the publication-day rush. Starts the production server (scripts/serve.ts,
 * as `npm start` runs it) on the test database with the demo data (柏香镇 2022 published), and beside it
 * a bare Node HTTP server — no framework, no routing, no cache lookup — that writes the report page's own
 * prepared bytes (taken from the production server: same body, same compression, same headers) to every
 * request: the real limit of one Node process on this machine. Then runs autocannon (50 connections,
 * 20 s per URL in 4 rounds of 5 s, the URLs in turn) against a static file of the production server, the
 * bare server, the report page and its data.json, and prints requests/s and p99 latency side by side (medians
 * of the rounds) — once as browsers ask (Accept-Encoding: gzip, deflate, br) and once for uncompressed
 * bodies — with met / NOT met for each target:
 * - the report page: ≥ 80 % of the bare server's requests/s, p99 ≤ 20 ms;
 * - the report page: ≥ 50 % of the static file's requests/s, p99 ≤ 50 ms.
 * Needs a build (`npm run build`, which also bundles the server). BENCH_SECONDS (per URL) and BENCH_ROUNDS
 * change the runs, BENCH_PORT moves the server (the bare server listens on the next port).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { ROOT } from "./runtime/paths.ts";
import { SERVER_ENTRY } from "./runtime/build.ts";
import { exited, waitForHttp } from "./runtime/process.ts";

const port = Number(process.env.BENCH_PORT ?? 3400);
const barePort = port + 1;
const base = `http://localhost:${port}`;
const bareBase = `http://localhost:${barePort}`;
const duration = Number(process.env.BENCH_SECONDS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONNECTIONS = 50;

type Target = { name: string; url: string };
const STATIC: Target = { name: "static file /robots.txt (Next)", url: `${base}/robots.txt` };
const BARE: Target = { name: "bare Node server, the page's bytes", url: `${bareBase}/reports/baixiang/2022` };
const PAGE: Target = { name: "report page /reports/baixiang/2022", url: `${base}/reports/baixiang/2022` };
const DATA: Target = { name: "open data …/2022/data.json", url: `${base}/reports/baixiang/2022/data.json` };
// The bare server and the page side by side; the static file last, as Next's work for it (and the garbage it
// leaves) would otherwise weigh on the production server's next URL.
const TARGETS = [BARE, PAGE, DATA, STATIC];
const MODES = [
  { name: "as browsers ask (Accept-Encoding: gzip, deflate, br)", headers: { "accept-encoding": "gzip, deflate, br" } },
  { name: "uncompressed (no Accept-Encoding)", headers: {} as Record<string, string> },
];

/**
 * The bare server: plain Node, run as its own process like the production server. It picks the brotli
 * or the identity bytes (a substring test of Accept-Encoding) and writes them with the recorded headers.
 * argv: port, then a JSON file { br: { headers, body }, identity: { headers, body } } (body in base64).
 */
const BARE_SERVER = `
const http = require("node:http");
const fs = require("node:fs");
const [port, file] = process.argv.slice(1);
const variants = JSON.parse(fs.readFileSync(file, "utf8"));
const br = { headers: variants.br.headers, body: Buffer.from(variants.br.body, "base64") };
const identity = { headers: variants.identity.headers, body: Buffer.from(variants.identity.body, "base64") };
http
  .createServer((req, res) => {
    const prepared = (req.headers["accept-encoding"] || "").includes("br") ? br : identity;
    res.writeHead(200, prepared.headers);
    res.end(prepared.body);
  })
  .listen(Number(port));
`;

/** One response exactly as sent (body not decoded), with the headers worth repeating. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          if (res.statusCode !== 200) return reject(new Error(`${url} answered ${res.statusCode}`));
          const kept: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (["date", "connection", "keep-alive", "transfer-encoding", "x-public-cache"].includes(name)) continue;
            if (typeof value === "string") kept[name] = value;
          }
          resolve({ headers: kept, body: Buffer.concat(chunks) });
        });
      })
      .on("error", reject);
  });
}

/** Starts the bare server with the report page's bytes as the production server sends them. */
async function startBareServer(dir: string): Promise<ChildProcess> {
  const [br, identity] = await Promise.all(MODES.map((mode) => rawGet(PAGE.url, mode.headers)));
  if (br.headers["content-encoding"] !== "br") throw new Error("the report page did not answer in brotli");
  const file = path.join(dir, "variants.json");
  const encode = (v: typeof br) => ({ headers: v.headers, body: v.body.toString("base64") });
  await writeFile(file, JSON.stringify({ br: encode(br), identity: encode(identity) }));
  const bare = spawn(process.execPath, ["-e", BARE_SERVER, String(barePort), file], { stdio: "inherit" });
  await waitForHttp(bareBase, 10_000, bare);
  return bare;
}

function load(url: string, seconds: number, headers: Record<string, string>): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: seconds, headers }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

async function main() {
  const server = spawn(process.execPath, [SERVER_ENTRY, "--port", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXTAUTH_SECRET: "bench", AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
  });
  let bare: ChildProcess | null = null;
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-public-"));
  try {
    await waitForHttp(STATIC.url, 60_000, server);
    for (const t of [STATIC, PAGE, DATA]) {
      const response = await fetch(t.url);
      if (!response.ok)
        throw new Error(`${t.url} answered ${response.status}: is 柏香镇 2022 published in this database?`);
      await response.arrayBuffer();
    }
    bare = await startBareServer(dir);
    for (const t of TARGETS) await load(t.url, 3, MODES[0].headers); // warm-up: caches, JIT
    const seconds = Math.max(1, Math.round(duration / ROUNDS));
    console.log(
      `\nautocannon, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${seconds} s per URL (the URLs in turn, so that ` +
        `the load of the moment on a shared machine hits each alike), on the same ${os.cpus().length} CPUs as the ` +
        `servers; load average ${loadAverage()} at the start. Figures: medians of the rounds.`,
    );
    const verdicts: string[] = [];
    for (const mode of MODES) {
      console.log(`\n  ${mode.name}`);
      const rounds = new Map<Target, autocannon.Result[]>(TARGETS.map((t) => [t, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const t of TARGETS) {
          const r = await load(t.url, seconds, mode.headers);
          if (r.non2xx || r.errors) throw new Error(`${t.url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
          rounds.get(t)!.push(r);
        }
      }
      for (const t of TARGETS) {
        const served = (await fetch(t.url, { headers: mode.headers })).headers.get("x-public-cache") ?? "";
        const runs = rounds.get(t)!;
        const bytes = median(runs.map((r) => r.throughput.average / Math.max(r.requests.average, 1)));
        console.log(
          `    ${t.name.padEnd(38)} ${median(runs.map((r) => r.requests.average))
            .toFixed(0)
            .padStart(6)} req/s` +
            `   p99 ${String(median(runs.map((r) => r.latency.p99))).padStart(4)} ms` +
            ` (rounds: ${runs.map((r) => r.latency.p99).join(", ")})` +
            `   ${(bytes / 1024).toFixed(1).padStart(5)} KB/response${served ? `   (cache ${served})` : ""}`,
        );
      }
      const page = rounds.get(PAGE)!;
      const pageP99 = median(page.map((r) => r.latency.p99));
      const target = (name: string, against: Target, share: number, p99: number) => {
        // The share of each round (the page against the other URL just before it), then their median.
        const ratio = median(page.map((r, i) => r.requests.average / rounds.get(against)![i].requests.average));
        const met = ratio >= share && pageP99 <= p99;
        const line =
          `report page: ${(ratio * 100).toFixed(0)} % of the ${name}'s requests/s, p99 ${pageP99} ms — ` +
          `target (≥ ${share * 100} %, p99 ≤ ${p99} ms) ${met ? "met" : "NOT met"}`;
        console.log(`    ${line}`);
        verdicts.push(`${mode.name.split(" (")[0]}: ${line}`);
      };
      target("bare Node server", BARE, 0.8, 20);
      target("static file", STATIC, 0.5, 50);
    }
    console.log(`\nload average ${loadAverage()} at the end\n${verdicts.join("\n")}`);
  } finally {
    bare?.kill("SIGTERM");
    server.kill("SIGTERM");
    await Promise.all([exited(server), bare ? exited(bare) : null]);
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
