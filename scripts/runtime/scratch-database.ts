import { randomUUID } from "node:crypto";
import pg from "pg";
import { quoteIdent, withDatabase } from "../db/schema-engine.ts";

/**
 * Runs `work` against a new, uniquely named database on the server at `serverUrl`, dropped afterwards
 * whatever happens: benchmarks fill millions of rows and must never touch other data. The name starts
 * with the database `serverUrl` names (e.g. `issue18_bench_compile_3f…` for …/issue18), so that on a
 * shared server whose scratch databases these are shows at a glance.
 */
export async function withScratchDatabase(
  serverUrl: string,
  prefix: string,
  work: (url: string) => Promise<void>,
): Promise<void> {
  const owner = decodeURIComponent(new URL(serverUrl).pathname.slice(1));
  const name = [owner, prefix, randomUUID().replaceAll("-", "").slice(0, 16)].filter(Boolean).join("_").slice(-63);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  try {
    await work(withDatabase(serverUrl, name));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await admin.end();
  }
}
