// Prisma-compatible migrations without Prisma's native schema engine, which cannot be
// downloaded here (docs/decisions/0002-migrations-without-native-engine.md).
//
// - deploy / status use `pg` directly and keep the history in Prisma's own `_prisma_migrations`
//   table, with Prisma's checksums, so `prisma migrate deploy/status` agree wherever the native
//   engine exists.
// - diff / create run Prisma's schema engine compiled to wasm, so the SQL is what Prisma would
//   generate.

import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import {
  assertPostgresLockfile,
  checksumMatches,
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  LOCKFILE_CONTENT,
  LOCKFILE_NAME,
  MIGRATION_FILE,
  readLockfile,
  readMigrations,
  type MigrationFile,
} from "./migration-files.ts";
import {
  NO_FILTERS,
  withSchemaEngine,
  withTemporaryDatabase,
  type MigrationList,
  type SchemaContainer,
} from "./schema-engine.ts";
import { pgPositionToOffset, splitStatements, statementAt, type SqlStatement } from "./sql-statements.ts";

export { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from "./migration-files.ts";

/** The key Prisma's engine locks, so that our deploy and Prisma's never run at the same time. */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;
const DEFAULT_LOCK_TIMEOUT_MS = 120_000;

// Exactly the table Prisma creates (same names, types, defaults).
export const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export interface DeployOptions {
  connectionString: string;
  migrationsDir?: string;
  log?: (line: string) => void;
  /** How long to wait for another process's migration run to finish. Default 2 minutes. */
  lockTimeoutMs?: number;
}

/** A migration whose script failed; the transaction was rolled back. */
export class MigrationFailedError extends Error {
  constructor(
    message: string,
    readonly migration: string,
    readonly statement: SqlStatement | undefined,
    readonly pgCode: string | undefined,
  ) {
    super(message);
    this.name = "MigrationFailedError";
  }
}

/** The recorded history does not fit the migrations folder (modified or failed migrations). */
export class MigrationHistoryError extends Error {
  constructor(
    message: string,
    readonly modified: string[],
    readonly failed: string[],
  ) {
    super(message);
    this.name = "MigrationHistoryError";
  }
}

// ---------------------------------------------------------------- deploy

/**
 * Applies every pending migration, in folder-name order, each in its own transaction together
 * with its `_prisma_migrations` row: a migration is either fully applied and recorded, or not
 * at all. Refuses to run when an applied migration's file has changed or when the table
 * records a failed migration (left by Prisma's own engine).
 */
export async function deployMigrations(options: DeployOptions): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => {});
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  assertPostgresLockfile(await readLockfile(migrationsDir), migrationsDir);
  const migrations = await readMigrations(migrationsDir);

  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await acquireMigrationLock(client, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
    await client.query(CREATE_MIGRATIONS_TABLE);
    // Read the history only now: a process we waited for may have applied migrations.
    const history = compareHistory(migrations, await readHistory(client));
    assertHistoryUsable(history, log);

    const applied: string[] = [];
    for (const migration of history.pending) {
      const started = Date.now();
      log(`Applying migration ${migration.name}`);
      await applyMigration(client, migration);
      log(`Applied ${migration.name} in ${Date.now() - started} ms`);
      applied.push(migration.name);
    }
    if (applied.length === 0) log("No pending migrations: the database is up to date.");
    return { applied };
  } finally {
    // Closing the session also releases the advisory lock.
    await client.end();
  }
}

async function acquireMigrationLock(client: pg.Client, timeoutMs: number) {
  // lock_timeout also bounds waits for advisory locks.
  await client.query(`SET lock_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
  try {
    await client.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})`);
  } catch (error) {
    if ((error as pg.DatabaseError).code === "55P03") {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for the migration lock ` +
          `(pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})): another process is migrating this database.`,
      );
    }
    throw error;
  } finally {
    await client.query("RESET lock_timeout");
  }
}

/** One migration: script and history row in one transaction, or nothing. */
async function applyMigration(client: pg.Client, migration: MigrationFile) {
  await client.query("BEGIN");
  let scriptDone = false;
  try {
    // The whole file as one simple-protocol query, as Prisma sends it.
    await client.query(migration.sql);
    scriptDone = true;
    await client.query(
      `INSERT INTO _prisma_migrations
         (id, checksum, migration_name, logs, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, NULL, now(), clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT"); // deferred constraints are checked here
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    if (!scriptDone) throw await describeFailure(client, migration, error);
    throw new Error(
      `Migration ${migration.name} failed while being recorded and committed, and was rolled back: ` +
        (error as Error).message,
      { cause: error },
    );
  }
}

/**
 * Names the migration, the failing statement and PostgreSQL's message. PostgreSQL gives the
 * statement's position for parse and planning errors; for errors raised while executing (a
 * NOT NULL column with nulls, a duplicate key…) it does not, so we replay the statements one
 * by one in a transaction that we roll back, to find the first that fails.
 */
async function describeFailure(client: pg.Client, migration: MigrationFile, error: unknown): Promise<Error> {
  const pgError = error as Partial<pg.DatabaseError>;
  if (typeof pgError.code !== "string") {
    // Not from the server (e.g. the connection broke): PostgreSQL discards the transaction.
    return new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
  }
  const statement = pgError.position
    ? statementAt(migration.sql, pgPositionToOffset(migration.sql, Number(pgError.position)))
    : await findFailingStatement(client, migration.sql);

  const lines = [
    `Migration ${migration.name} failed and was rolled back: the database is unchanged.`,
    statement
      ? `Failing statement (${MIGRATION_FILE} line ${statement.line}):\n${indent(truncate(statement.text, 2000))}`
      : "The failing statement could not be identified.",
    `PostgreSQL error ${pgError.code}: ${pgError.message}`,
  ];
  if (pgError.detail) lines.push(`Detail: ${pgError.detail}`);
  if (pgError.hint) lines.push(`Hint: ${pgError.hint}`);
  if (pgError.where) lines.push(`Where: ${pgError.where}`);
  const failure = new MigrationFailedError(lines.join("\n"), migration.name, statement, pgError.code);
  failure.cause = error;
  return failure;
}

async function findFailingStatement(client: pg.Client, sql: string): Promise<SqlStatement | undefined> {
  const statements = splitStatements(sql);
  try {
    await client.query("BEGIN");
    for (const statement of statements) {
      try {
        await client.query(statement.text);
      } catch {
        return statement;
      }
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    await client.query("ROLLBACK").catch(() => {});
  }
}

// ---------------------------------------------------------------- history

interface HistoryRow {
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

async function readHistory(client: pg.Client): Promise<HistoryRow[]> {
  const { rows } = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, started_at, finished_at, rolled_back_at, logs
       FROM _prisma_migrations ORDER BY started_at, migration_name`,
  );
  return rows;
}

interface HistoryComparison {
  applied: MigrationFile[];
  pending: MigrationFile[];
  modified: { migration: MigrationFile; recordedChecksum: string }[];
  failed: HistoryRow[];
  /** Recorded as applied but absent from the folder. */
  unknown: string[];
}

// The same rules as Prisma: rolled-back rows do not count; a row without finished_at (and not
// rolled back) is a failed migration.
function compareHistory(migrations: MigrationFile[], rows: HistoryRow[]): HistoryComparison {
  const live = rows.filter((row) => row.rolled_back_at === null);
  const byName = new Map(live.map((row) => [row.migration_name, row]));
  const result: HistoryComparison = { applied: [], pending: [], modified: [], failed: [], unknown: [] };

  for (const migration of migrations) {
    const row = byName.get(migration.name);
    if (!row) result.pending.push(migration);
    else if (row.finished_at === null)
      continue; // reported as failed below
    else if (!checksumMatches(migration.sql, row.checksum)) {
      result.modified.push({ migration, recordedChecksum: row.checksum });
    } else result.applied.push(migration);
  }
  const names = new Set(migrations.map((m) => m.name));
  result.failed = live.filter((row) => row.finished_at === null);
  result.unknown = live
    .filter((row) => row.finished_at !== null && !names.has(row.migration_name))
    .map((row) => row.migration_name);
  return result;
}

function assertHistoryUsable(history: HistoryComparison, log: (line: string) => void) {
  for (const name of history.unknown) {
    log(`Warning: migration ${name} is recorded in the database but missing from the migrations folder.`);
  }
  if (history.modified.length === 0 && history.failed.length === 0) return;

  const problems: string[] = [];
  for (const { migration, recordedChecksum } of history.modified) {
    problems.push(
      `Migration ${migration.name} was modified after it was applied ` +
        `(recorded checksum ${recordedChecksum}, file now ${migration.checksum}). ` +
        `Applied migrations must not change: restore the file and put the change in a new migration.`,
    );
  }
  for (const row of history.failed) {
    const logs = row.logs?.trim() ? `\n${indent(row.logs.trim())}` : "";
    problems.push(
      `Migration ${row.migration_name} started at ${row.started_at.toISOString()} failed${logs}\n` +
        `Repair the database by hand, then mark it rolled back ` +
        `(UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '${row.migration_name}' AND finished_at IS NULL) ` +
        `or use \`prisma migrate resolve\`.`,
    );
  }
  throw new MigrationHistoryError(
    `No migration was applied:\n${problems.map((p) => `- ${p}`).join("\n")}`,
    history.modified.map((m) => m.migration.name),
    history.failed.map((row) => row.migration_name),
  );
}

// ---------------------------------------------------------------- status

export interface MigrationStatus {
  /** Whether the database has a _prisma_migrations table at all. */
  hasMigrationsTable: boolean;
  /** In the folder and applied, unchanged since. */
  applied: string[];
  /** In the folder, not applied yet. */
  pending: string[];
  /** Applied, but the file's checksum no longer matches the recorded one. */
  modified: string[];
  /** Recorded as started but never finished (only Prisma's native engine leaves these). */
  failed: string[];
  /** Recorded as applied, but no such folder. */
  missingFromFolder: string[];
  /** True when nothing is pending, modified, failed or missing. */
  upToDate: boolean;
}

/** Compares the migrations folder with `_prisma_migrations`. Reads only. */
export async function migrationStatus(options: {
  connectionString: string;
  migrationsDir?: string;
}): Promise<MigrationStatus> {
  const migrations = await readMigrations(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
    );
    const hasMigrationsTable = rows[0].exists;
    const history = compareHistory(migrations, hasMigrationsTable ? await readHistory(client) : []);
    const status = {
      hasMigrationsTable,
      applied: history.applied.map((m) => m.name),
      pending: history.pending.map((m) => m.name),
      modified: history.modified.map((m) => m.migration.name),
      failed: history.failed.map((row) => row.migration_name),
      missingFromFolder: history.unknown,
    };
    const upToDate = [status.pending, status.modified, status.failed, status.missingFromFolder].every(
      (list) => list.length === 0,
    );
    return { ...status, upToDate };
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------- diff and create

export interface SchemaEngineOptions {
  /** A server where temporary shadow databases may be created (its database must exist). */
  connectionString: string;
  migrationsDir?: string;
  schemaPath?: string;
}

/**
 * The SQL that takes a database built from the migrations to what schema.prisma describes,
 * or "" when they agree. Replays the migrations in a temporary shadow database.
 */
export async function diffSchemaAgainstMigrations(options: SchemaEngineOptions): Promise<string> {
  const { schemaFiles, migrationsList } = await loadEngineInputs(options);
  return withSchemaEngine({ connectionString: options.connectionString, schemaFiles }, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: schemaFiles },
      script: true,
      exitCode: true, // 2 when the migration would not be empty
      filters: NO_FILTERS,
    });
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  });
}

/**
 * Writes `<migrationsDir>/<YYYYMMDDHHMMSS>_<name>/migration.sql` with the SQL Prisma's
 * `migrate dev --create-only` would generate (including its data-loss warnings), and the
 * lockfile. Returns the new folder's name, or null when schema.prisma has no changes.
 * `connectionString` only serves to create (and drop) temporary databases on its server.
 */
export async function createMigration(
  options: SchemaEngineOptions & { name: string; log?: (line: string) => void },
): Promise<string | null> {
  const log = options.log ?? (() => {});
  assertMigrationName(options.name);
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const { schemaFiles, migrationsList } = await loadEngineInputs(options);

  // Prisma's createMigration takes the schema of the migration history from a cache that
  // only diagnoseMigrationHistory/devDiagnostic fill, and only for the migrations applied to
  // the main database (`migrate dev` applies them first). Called alone it fails with "shadow
  // DB must be provided through an external factory". So: a temporary main database with
  // every migration applied, then diagnose (replays them in a shadow database), then create.
  const created = await withTemporaryDatabase(options.connectionString, async (mainUrl) => {
    await deployMigrations({ connectionString: mainUrl, migrationsDir });
    return withSchemaEngine({ connectionString: mainUrl, schemaFiles }, async (engine) => {
      await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters: NO_FILTERS });
      return engine.createMigration({
        draft: false,
        migrationName: options.name,
        migrationsList,
        schema: { files: schemaFiles },
        filters: NO_FILTERS,
      });
    });
  });

  if (created.migrationScript === null) {
    log("schema.prisma and the migrations agree: no migration created.");
    return null;
  }
  const folder = path.join(migrationsDir, created.generatedMigrationName);
  await mkdir(migrationsDir, { recursive: true });
  await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EEXIST") throw new Error(`Migration folder ${folder} already exists.`);
    throw error;
  });
  await writeFile(path.join(folder, `migration.${created.extension}`), created.migrationScript);
  await writeFile(path.join(migrationsDir, LOCKFILE_NAME), LOCKFILE_CONTENT);
  log(`Created ${path.relative(process.cwd(), path.join(folder, MIGRATION_FILE))}`);
  return created.generatedMigrationName;
}

// Prisma's CLI turns names into folder-safe ones; we ask for one instead of guessing.
function assertMigrationName(name: string) {
  if (!/^[A-Za-z0-9_]{1,200}$/.test(name)) {
    throw new Error(`Invalid migration name "${name}": use letters, digits and underscores (e.g. add_report_notes).`);
  }
}

async function loadEngineInputs(options: SchemaEngineOptions) {
  const migrationsDir = path.resolve(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const schemaPath = path.resolve(options.schemaPath ?? DEFAULT_SCHEMA_PATH);
  const lockfile = await readLockfile(migrationsDir);
  assertPostgresLockfile(lockfile, migrationsDir);
  const schemaFiles: SchemaContainer[] = [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
  const migrations = await readMigrations(migrationsDir);
  const migrationsList: MigrationList = {
    baseDir: migrationsDir,
    // Without a lockfile yet (first migration) the engine still needs to know the provider.
    lockfile: { path: LOCKFILE_NAME, content: lockfile ?? LOCKFILE_CONTENT },
    shadowDbInitScript: "",
    migrationDirectories: migrations.map((m) => ({
      path: m.name,
      migrationFile: { path: MIGRATION_FILE, content: { tag: "ok", value: m.sql } },
    })),
  };
  return { schemaFiles, migrationsList };
}

// ---------------------------------------------------------------- helpers

function indent(text: string): string {
  return text.replace(/^/gm, "    ");
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
