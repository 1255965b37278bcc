/**
 * `npm test`: the whole suite, in the order that fails fastest.
 * typecheck ‖ lint ‖ format ‖ unit (side by side) → (database) schema/migration check → integration ‖ build
 * → e2e.
 * Integration and e2e run against a real PostgreSQL: DATABASE_URL when set, else a fresh
 * database in the embedded test cluster (.data/postgres-test).
 */
import path from "node:path";
import { loadEnvFile } from "./runtime/env-file.ts";
import { ROOT } from "./runtime/paths.ts";
import { prepareDatabase, seedIfEmpty } from "./runtime/prepare.ts";
import { ensureBuilt, ensurePrismaClient } from "./runtime/build.ts";
import { run } from "./runtime/process.ts";
import { findChromium, NO_CHROMIUM_MESSAGE } from "../e2e/chromium.ts";
import { diffSchemaAgainstMigrations } from "./db/migrations.ts";

const bin = (pkg: string, file: string) => path.join(ROOT, "node_modules", pkg, file);
const node = process.execPath;
const results: { step: string; ok: boolean; seconds: number }[] = [];

async function step(name: string, fn: () => Promise<void>) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  try {
    await fn();
    results.push({ step: name, ok: true, seconds: (Date.now() - started) / 1000 });
  } catch (error) {
    results.push({ step: name, ok: false, seconds: (Date.now() - started) / 1000 });
    throw error;
  }
}

/** Runs steps side by side; fails (after all have finished) when any failed. */
async function steps(list: [string, () => Promise<void>][]) {
  const outcomes = await Promise.allSettled(list.map(([name, fn]) => step(name, fn)));
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
  if (failed) throw failed.reason;
}

async function main() {
  loadEnvFile();
  const chromium = findChromium();
  if (!chromium) {
    console.error(NO_CHROMIUM_MESSAGE);
    process.exit(1);
  }
  const log = (line: string) => console.log(`[test] ${line}`);
  await ensurePrismaClient(log);

  // Static checks and unit tests need no database: they run side by side (each prints its output when it
  // fails, and its last lines when it passes).
  const quiet = { quiet: true, tail: 4 };
  await steps([
    ["typecheck", () => run(node, [bin("typescript", "bin/tsc"), "--noEmit"], quiet)],
    ["lint", () => run(node, [bin("eslint", "bin/eslint.js"), ".", "--max-warnings=0"], quiet)],
    [
      "format (prettier --check)",
      () => run(node, [bin("prettier", "bin/prettier.cjs"), "--check", ".", "--log-level=warn"], quiet),
    ],
    ["unit tests", () => run(node, [bin("vitest", "vitest.mjs"), "run", "--project", "unit"], { ...quiet, tail: 6 })],
  ]);

  const db = await prepareDatabase("test", log, { fresh: !process.env.DATABASE_URL });
  const env = { DATABASE_URL: db.url };
  try {
    // The e2e tests sign in as the demo users; integration tests make their own agencies.
    await seedIfEmpty(db.url, log);
    await step("schema matches migrations", async () => {
      const diff = await diffSchemaAgainstMigrations({ connectionString: db.url });
      if (diff.trim())
        throw new Error(
          `prisma/schema.prisma and prisma/migrations disagree. Run \`npm run db:migrate:create -- <name>\`.\n${diff}`,
        );
    });
    // The production build does not need the database: it runs beside the integration tests.
    await steps([
      [
        "integration tests",
        () => run(node, [bin("vitest", "vitest.mjs"), "run", "--project", "integration"], { env, ...quiet, tail: 6 }),
      ],
      ["build", () => ensureBuilt(log, { quiet: true })],
    ]);
    await step("end-to-end tests (Chromium)", () => run(node, [bin("@playwright/test", "cli.js"), "test"], { env }));
  } finally {
    await db.stop();
  }
}

function summary() {
  console.log("\n=== summary");
  for (const r of results) console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.step} (${r.seconds.toFixed(1)} s)`);
  const passed = results.filter((r) => r.ok).length;
  console.log(`steps: ${passed} passed, ${results.length - passed} failed`);
}

main()
  .then(() => {
    summary();
    process.exit(0);
  })
  .catch((error) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    summary();
    process.exit(1);
  });
