/**
 * `npm start`: one command from a fresh clone to a running app.
 * Starts the embedded PostgreSQL (unless DATABASE_URL is set), applies migrations, loads the
 * demo data into an empty database, builds the app if needed, serves it, and prints the URL
 * and demo logins. Ctrl-C / SIGTERM stops the web server and the database cleanly.
 * `--dev` runs `next dev` instead of a production build.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { loadEnvFile } from "./runtime/env-file.ts";
import { ROOT } from "./runtime/paths.ts";
import { prepareDatabase, seedIfEmpty } from "./runtime/prepare.ts";
import { ensureAuthSecret } from "./runtime/secret.ts";
import { ensureBuilt, SERVER_ENTRY } from "./runtime/build.ts";
import { exited, waitForHttp } from "./runtime/process.ts";

const t0 = Date.now();
const log = (line: string) => console.log(`[start +${((Date.now() - t0) / 1000).toFixed(1)}s] ${line}`);

async function main() {
  const startedAt = Date.now();
  const dev = process.argv.includes("--dev");
  loadEnvFile();
  const port = Number(process.env.PORT ?? 3000);

  const db = await prepareDatabase("app", log);
  let stopping = false;
  const stopDatabase = async () => {
    await db.stop().catch((e) => console.error(e));
  };

  try {
    await seedIfEmpty(db.url, log);
    if (!dev) await ensureBuilt(log);
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  // Production: scripts/serve.ts (Next behind the public-page cache); --dev: `next dev`.
  const command = dev
    ? [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "dev", "-p", String(port)]
    : [SERVER_ENTRY, "--port", String(port)];
  const web = spawn(process.execPath, command, {
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

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping the web server and the database …`);
    web.kill("SIGTERM");
    await exited(web);
    await stopDatabase();
    log("Stopped. Your data is kept for the next start.");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  web.on("exit", async (code) => {
    if (stopping) return;
    stopping = true;
    await stopDatabase();
    console.error(`[start] The web server exited (code ${code}).`);
    process.exit(code || 1);
  });

  const url = `http://localhost:${port}`;
  await waitForHttp(`${url}/login`, 120_000, web);
  printWelcome(url, db.embedded, Date.now() - startedAt);
}

async function printWelcome(url: string, embedded: boolean, ms: number) {
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("../lib/seed/demo.ts");
  const lines = [
    "",
    `  政府信息公开工作平台 is running: ${url}   (ready in ${(ms / 1000).toFixed(1)} s)`,
    `  Database: ${embedded ? "embedded PostgreSQL, data in .data/postgres" : "DATABASE_URL"}`,
    "",
    `  Demo logins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map((a) => `    ${a.login.padEnd(9)} ${a.displayName}  ${a.description}`),
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
