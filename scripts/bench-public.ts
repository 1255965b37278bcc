/**
 * `npm run bench:public`: the publication-day rush. Starts the production build (`next start`) on
 * the test database with the demo data (柏香镇 2022 published), then runs autocannon (50
 * connections, 20 s each) against the public report page, its data.json, and a static file of
 * the same server, and prints requests/s and p99 latency side by side.
 * Needs a build (`npm run build`); run it with nothing else busy on the machine.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { ROOT } from "./runtime/paths.ts";
import { exited, waitForHttp } from "./runtime/process.ts";

const port = Number(process.env.BENCH_PORT ?? 3400);
const base = `http://localhost:${port}`;
const duration = Number(process.env.BENCH_SECONDS ?? 20);
const TARGETS = [
  { name: "static file (public/robots.txt)", path: "/robots.txt" },
  { name: "report page /reports/baixiang/2022", path: "/reports/baixiang/2022" },
  { name: "open data /reports/baixiang/2022/data.json", path: "/reports/baixiang/2022/data.json" },
];

function load(url: string, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 50, duration: seconds }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function main() {
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXTAUTH_SECRET: "bench", AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    await waitForHttp(`${base}/robots.txt`, 60_000, server);
    for (const t of TARGETS) {
      const response = await fetch(base + t.path);
      if (!response.ok) throw new Error(`${t.path} answered ${response.status}: is 柏香镇 2022 published in this database?`);
      await load(base + t.path, 3); // warm-up: fill the caches, JIT the server
    }
    const rows: string[] = [];
    for (const t of TARGETS) {
      const r = await load(base + t.path, duration);
      if (r.non2xx || r.errors) throw new Error(`${t.path}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      rows.push(`${t.name.padEnd(46)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(r.latency.p99).padStart(4)} ms`);
    }
    console.log(`\nautocannon, 50 connections, ${duration} s each, production build (next start):`);
    for (const row of rows) console.log(`  ${row}`);
  } finally {
    server.kill("SIGTERM");
    await exited(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
