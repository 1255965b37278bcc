import { readdir } from "node:fs/promises";
import path from "node:path";
import { prisma } from "@/lib/db";
import { isDatabaseUnavailable } from "./unavailable";

/**
 * What a load balancer asks a web server (`GET /healthz`): is this server up, can it reach the
 * database, and is the database's schema the one this build expects (every migration in
 * prisma/migrations applied)? `ok` only when all three hold; the answer comes within a few seconds
 * even when the database hangs.
 */
export type Health = {
  ok: boolean;
  web: "up";
  database: "reachable" | "unreachable";
  migrations: "current" | "pending" | "unknown";
  /** Migrations this build has that the database has not applied (names). */
  pendingMigrations?: string[];
  /** Milliseconds the database took to answer. */
  databaseMs?: number;
  error?: string;
};

const TIMEOUT_MS = 3_000;

type AppliedQuery = () => Promise<string[] | null>;

/** Names of migrations recorded as applied, or null when the migration table does not exist yet. */
const appliedMigrations: AppliedQuery = async () => {
  const [table] = await prisma.$queryRaw<{ exists: boolean }[]>`
    SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists`;
  if (!table?.exists) return null;
  const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.map((r) => r.migration_name);
};

/** The migration folders this build carries (prisma/migrations/<name>/migration.sql). */
export async function expectedMigrations(
  dir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations"),
): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export async function checkHealth(
  opts: { applied?: AppliedQuery; expected?: () => Promise<string[]>; timeoutMs?: number } = {},
): Promise<Health> {
  const timeoutMs = opts.timeoutMs ?? TIMEOUT_MS;
  const expected = (opts.expected ?? expectedMigrations)().catch(() => null);
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  let applied: string[] | null;
  try {
    applied = await Promise.race([(opts.applied ?? appliedMigrations)(), timeout]);
  } catch (error) {
    const unreachable = error instanceof TimedOut || isDatabaseUnavailable(error);
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      web: "up",
      database: unreachable ? "unreachable" : "reachable",
      migrations: "unknown",
      // Prisma's messages are long: keep what the server said.
      error: (/Message: `([^`]*)`/.exec(message)?.[1] ?? message.trim().split("\n").pop() ?? "").slice(0, 200),
    };
  } finally {
    clearTimeout(timer);
  }
  const databaseMs = Date.now() - started;
  const carried = await expected;
  if (!carried) return { ok: false, web: "up", database: "reachable", migrations: "unknown", databaseMs };
  const done = new Set(applied ?? []);
  const pending = carried.filter((name) => !done.has(name));
  return {
    ok: pending.length === 0,
    web: "up",
    database: "reachable",
    migrations: pending.length ? "pending" : "current",
    ...(pending.length && { pendingMigrations: pending }),
    databaseMs,
  };
}

class TimedOut extends Error {}
