/**
 * `npm start`: one command from a fresh clone to a running app.
 * Starts the embedded PostgreSQL (unless DATABASE_URL is set), applies migrations, loads the
 * demo data into an empty database, builds the app if needed, serves it, and prints the URL
 * and demo logins. The embedded PostgreSQL is supervised: if it dies it is restarted (with backoff,
 * logged) and the web server reconnects by itself. Ctrl-C / SIGTERM stops the web server and the
 * database within a few seconds, whatever state the database is in, and says "Stopped".
 * `--dev` runs `next dev` instead of a production build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { loadEnvFile } from "./runtime/env-file.ts";
import { DATA_DIR, ROOT } from "./runtime/paths.ts";
import { prepareDatabase, seedIfEmpty } from "./runtime/prepare.ts";
import type { ProvidedDatabase } from "./runtime/database.ts";
import { ensureAuthSecret } from "./runtime/secret.ts";
import { ensureBuilt, SERVER_ENTRY } from "./runtime/build.ts";
import { stopChild, waitForHttp } from "./runtime/process.ts";

const t0 = Date.now();
const log = (line: string) => console.log(`[start +${((Date.now() - t0) / 1000).toFixed(1)}s] ${line}`);

async function main() {
  const startedAt = Date.now();
  const dev = process.argv.includes("--dev");
  loadEnvFile();
  const port = Number(process.env.PORT ?? 3000);

  let preparing: Promise<ProvidedDatabase | null> = Promise.resolve(null);
  let db: ProvidedDatabase | null = null;
  let web: ChildProcess | null = null;
  let stopping = false;

  // Registered first, so a Ctrl-C during the start-up does not leave a database running without us.
  const shutdown = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: stopping the web server and the database …`);
    // Each step is bounded (the web server gets 5 s, the database 5 s + 2 s), so a database that is
    // down, restarting or recovering cannot hold the shutdown up.
    if (web) await stopChild(web, 5_000);
    // Stopped while the database was still starting: wait for it (briefly) to stop it too.
    const started = db ?? (await Promise.race([preparing, new Promise<null>((r) => setTimeout(r, 10_000, null))]));
    await started?.stop().catch((e) => console.error(e));
    log("Stopped. Your data is kept for the next start.");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  const prepared = prepareDatabase("app", log);
  preparing = prepared.catch(() => null);
  db = await prepared;
  try {
    if (!stopping) await seedIfEmpty(db.url, log);
    if (!stopping && !dev) await ensureBuilt(log);
  } catch (error) {
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    return void shutdown("start-up failed", 1);
  }
  if (stopping) return;

  // Production: scripts/serve.ts (Next behind the public-page cache); --dev: `next dev`.
  const command = dev
    ? [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "dev", "-p", String(port)]
    : [SERVER_ENTRY, "--port", String(port)];
  const server = spawn(process.execPath, command, {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: ensureAuthSecret(),
      // Without NEXTAUTH_URL, next-auth takes the host from each request (any port, any name).
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  web = server;
  server.on("exit", (code) => {
    if (stopping) return;
    console.error(`[start] The web server exited (code ${code}).`);
    void shutdown("web server exited", code || 1);
  });

  const url = `http://localhost:${port}`;
  try {
    await waitForHttp(`${url}/login`, 120_000, server);
  } catch (error) {
    if (stopping) return;
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    return void shutdown("start-up failed", 1);
  }
  printWelcome(url, db, Date.now() - startedAt);
}

async function printWelcome(url: string, db: ProvidedDatabase, ms: number) {
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("../lib/seed/demo.ts");
  const { COUNTY_DEMO_ACCOUNT } = await import("../lib/seed/county.ts");
  const lines = [
    "",
    `  政府信息公开工作平台 is running: ${url}   (ready in ${(ms / 1000).toFixed(1)} s)`,
    `  Database: ${db.embedded ? `embedded PostgreSQL (pid ${db.pid()}), data in ${path.join(path.relative(ROOT, DATA_DIR) || ".", "postgres")}, restarted if it stops` : "DATABASE_URL"}`,
    "",
    `  Demo logins (password for all: ${DEMO_PASSWORD}):`,
    ...[...DEMO_ACCOUNTS, COUNTY_DEMO_ACCOUNT].map(
      (a) => `    ${a.login.padEnd(9)} ${a.displayName}  ${a.description}`,
    ),
    "",
    "  Press Ctrl-C to stop.",
    "",
  ];
  console.log(lines.join("\n"));
}

main().catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
