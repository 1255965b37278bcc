import { randomUUID } from "node:crypto";
import pg from "pg";
import { quoteIdent, withDatabase } from "../db/schema-engine.ts";

/**
 * Runs `work` against a new, uniquely named database on the server at `serverUrl`, dropped afterwards
 * whatever happens: benchmarks fill millions of rows and must never touch other data.
 */
export async function withScratchDatabase(
  serverUrl: string,
  prefix: string,
  work: (url: string) => Promise<void>,
): Promise<void> {
  const name = `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
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
