/**
 * `npm run bench:public`: the publication-day rush. Starts the production server (scripts/serve.ts,
 * as `npm start` runs it) on the test database with the demo data (柏香镇 2022 published), then
 * runs autocannon (50 connections, 20 s each) against the public report page, its data.json, and a
 * static file of the same server, and prints requests/s and p99 latency side by side — once as
 * browsers ask (Accept-Encoding: gzip, deflate, br) and once for uncompressed bodies.
 * Needs a build (`npm run build`, which also bundles the server); run it with nothing else busy on the machine.
 * BENCH_SECONDS shortens the runs, BENCH_PORT moves the server.
 */
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { ROOT } from "./runtime/paths.ts";
import { SERVER_ENTRY } from "./runtime/build.ts";
import { exited, waitForHttp } from "./runtime/process.ts";

const port = Number(process.env.BENCH_PORT ?? 3400);
const base = `http://localhost:${port}`;
const duration = Number(process.env.BENCH_SECONDS ?? 20);
const STATIC = { name: "static file (public/robots.txt)", path: "/robots.txt" };
const PAGE = { name: "report page /reports/baixiang/2022", path: "/reports/baixiang/2022" };
const DATA = { name: "open data …/2022/data.json", path: "/reports/baixiang/2022/data.json" };
const MODES = [
  { name: "as browsers ask (Accept-Encoding: gzip, deflate, br)", headers: { "accept-encoding": "gzip, deflate, br" } },
  { name: "uncompressed (no Accept-Encoding)", headers: {} as Record<string, string> },
];

function load(url: string, seconds: number, headers: Record<string, string>): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 50, duration: seconds, headers }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function main() {
  const server = spawn(process.execPath, [SERVER_ENTRY, "--port", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXTAUTH_SECRET: "bench", AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    await waitForHttp(`${base}/robots.txt`, 60_000, server);
    for (const t of [STATIC, PAGE, DATA]) {
      const response = await fetch(base + t.path);
      if (!response.ok)
        throw new Error(`${t.path} answered ${response.status}: is 柏香镇 2022 published in this database?`);
      await response.arrayBuffer();
      await load(base + t.path, 3, MODES[0].headers); // warm-up: fill the caches, JIT the server
    }
    console.log(`\nautocannon, 50 connections, ${duration} s each, production server (scripts/serve.ts):`);
    for (const mode of MODES) {
      console.log(`\n  ${mode.name}`);
      const results = new Map<string, autocannon.Result>();
      for (const t of [STATIC, PAGE, DATA]) {
        const served = (await fetch(base + t.path, { headers: mode.headers })).headers.get("x-public-cache") ?? "Next";
        const r = await load(base + t.path, duration, mode.headers);
        if (r.non2xx || r.errors) throw new Error(`${t.path}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        results.set(t.path, r);
        const bytes = r.throughput.average / Math.max(r.requests.average, 1);
        console.log(
          `    ${t.name.padEnd(36)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p99 ${String(r.latency.p99).padStart(4)} ms` +
            `   ${(bytes / 1024).toFixed(1).padStart(6)} KB/response   (${served})`,
        );
      }
      const page = results.get(PAGE.path)!;
      const ratio = page.requests.average / results.get(STATIC.path)!.requests.average;
      const met = ratio >= 0.5 && page.latency.p99 <= 50;
      console.log(
        `    report page: ${(ratio * 100).toFixed(0)} % of the static file's requests/s, p99 ${page.latency.p99} ms — target (≥ 50 %, ≤ 50 ms) ${met ? "met" : "NOT met"}`,
      );
    }
  } finally {
    server.kill("SIGTERM");
    await exited(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
