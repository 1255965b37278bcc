// scripts/db/migrations.ts against a real PostgreSQL (the server in DATABASE_URL). Every test
// works in a database of its own, created here and dropped afterwards.

import { randomUUID } from "node:crypto";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  createMigration,
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  deployMigrations,
  diffSchemaAgainstMigrations,
  MigrationFailedError,
  MigrationHistoryError,
  migrationStatus,
} from "@/scripts/db/migrations";
import { readMigrations, sha256Hex } from "@/scripts/db/migration-files";
import { NO_FILTERS, quoteIdent, withDatabase, withSchemaEngine } from "@/scripts/db/schema-engine";

const serverUrl = process.env.DATABASE_URL!;

// ---------------------------------------------------------------- fixtures

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A new, empty database on the test server; dropped after the test. */
async function freshDatabase(): Promise<string> {
  const name = `migrations_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await admin((c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  cleanups.push(async () => {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  });
  return withDatabase(serverUrl, name);
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return query(serverUrl, work);
}

async function query<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A temporary migrations folder holding the given migrations (name → SQL). */
async function migrationsDir(migrations: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-test-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(migrations)) await writeMigration(dir, name, sql);
  return dir;
}

async function writeMigration(dir: string, name: string, sql: string) {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

/** Everything a migration could change, to compare before and after. */
async function snapshot(url: string) {
  return query(url, async (c) => {
    const objects = await c.query(
      `SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
        ORDER BY 1, 2`,
    );
    const types = await c.query(
      `SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' AND t.typtype = 'e' ORDER BY 1`,
    );
    const history = await c.query(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY 1`,
    );
    return { objects: objects.rows, types: types.rows, history: history.rows };
  });
}

async function historyRows(url: string) {
  const { rows } = await query(url, (c) =>
    c.query(`SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name`),
  );
  return rows;
}

// ---------------------------------------------------------------- the repository's migrations

describe("deployMigrations with the repository's migrations", () => {
  it("applies every migration to a fresh database and records Prisma's checksums", async () => {
    const url = await freshDatabase();
    const onDisk = await readMigrations(DEFAULT_MIGRATIONS_DIR);
    expect(onDisk.length).toBeGreaterThan(0);

    const lines: string[] = [];
    const { applied } = await deployMigrations({ connectionString: url, log: (l) => lines.push(l) });

    expect(applied).toEqual(onDisk.map((m) => m.name));
    expect(lines.join("\n")).toContain(onDisk[0].name);
    const rows = await historyRows(url);
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    for (const row of rows) {
      const file = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(sha256Hex(file));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    // The schema itself is there.
    const tables = await query(url, (c) => c.query(`SELECT to_regclass('"Agency"') IS NOT NULL AS ok`));
    expect(tables.rows[0].ok).toBe(true);
  });

  it("creates _prisma_migrations exactly as Prisma does", async () => {
    const url = await freshDatabase();
    await deployMigrations({ connectionString: url });
    const { rows } = await query(url, (c) =>
      c.query(
        `SELECT column_name, data_type, character_maximum_length AS len, is_nullable, column_default
           FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      ),
    );
    expect(rows).toEqual([
      { column_name: "id", data_type: "character varying", len: 36, is_nullable: "NO", column_default: null },
      { column_name: "checksum", data_type: "character varying", len: 64, is_nullable: "NO", column_default: null },
      {
        column_name: "finished_at",
        data_type: "timestamp with time zone",
        len: null,
        is_nullable: "YES",
        column_default: null,
      },
      {
        column_name: "migration_name",
        data_type: "character varying",
        len: 255,
        is_nullable: "NO",
        column_default: null,
      },
      { column_name: "logs", data_type: "text", len: null, is_nullable: "YES", column_default: null },
      {
        column_name: "rolled_back_at",
        data_type: "timestamp with time zone",
        len: null,
        is_nullable: "YES",
        column_default: null,
      },
      {
        column_name: "started_at",
        data_type: "timestamp with time zone",
        len: null,
        is_nullable: "NO",
        column_default: "now()",
      },
      { column_name: "applied_steps_count", data_type: "integer", len: null, is_nullable: "NO", column_default: "0" },
    ]);
    const pk = await query(url, (c) =>
      c.query(`SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                WHERE i.indrelid = '_prisma_migrations'::regclass AND i.indisprimary`),
    );
    expect(pk.rows).toEqual([{ attname: "id" }]);
  });

  it("applies nothing the second time", async () => {
    const url = await freshDatabase();
    await deployMigrations({ connectionString: url });
    const before = await historyRows(url);

    const { applied } = await deployMigrations({ connectionString: url });

    expect(applied).toEqual([]);
    expect(await historyRows(url)).toEqual(before);
    const status = await migrationStatus({ connectionString: url });
    expect(status).toMatchObject({ upToDate: true, pending: [], modified: [], failed: [] });
  });

  it("lets two processes deploy at once: each migration is applied exactly once", async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([
      deployMigrations({ connectionString: url }),
      deployMigrations({ connectionString: url }),
    ]);
    const all = (await readMigrations(DEFAULT_MIGRATIONS_DIR)).map((m) => m.name);
    expect([...a.applied, ...b.applied].sort()).toEqual(all);
    expect((await historyRows(url)).map((r) => r.migration_name)).toEqual(all);
  });

  it("writes a history that Prisma's own engine accepts as up to date", async () => {
    const url = await freshDatabase();
    await deployMigrations({ connectionString: url });
    const migrations = await readMigrations(DEFAULT_MIGRATIONS_DIR);
    const migrationsList = {
      baseDir: DEFAULT_MIGRATIONS_DIR,
      lockfile: {
        path: "migration_lock.toml",
        content: await readFile(path.join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml"), "utf8"),
      },
      shadowDbInitScript: "",
      migrationDirectories: migrations.map((m) => ({
        path: m.name,
        migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: m.sql } },
      })),
    };
    const schema = await readFile(DEFAULT_SCHEMA_PATH, "utf8");

    const { diagnosis, appliedByPrisma } = await withSchemaEngine(
      { connectionString: url, schemaFiles: [{ path: DEFAULT_SCHEMA_PATH, content: schema }] },
      async (engine) => ({
        // What `prisma migrate status` looks at …
        diagnosis: await engine.diagnoseMigrationHistory({
          migrationsList,
          optInToShadowDatabase: false,
          filters: NO_FILTERS,
        }),
        // … and what `prisma migrate deploy` does.
        appliedByPrisma: (await engine.applyMigrations({ migrationsList, filters: NO_FILTERS })).appliedMigrationNames,
      }),
    );

    expect(diagnosis).toMatchObject({
      history: null,
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
    });
    expect(appliedByPrisma).toEqual([]);
  });
});

// ---------------------------------------------------------------- failures and edits

const CREATE_NOTES = `-- CreateTable
CREATE TABLE "Note" ("id" SERIAL PRIMARY KEY, "body" TEXT);
INSERT INTO "Note" ("body") VALUES ('one; with a semicolon'), (NULL);
CREATE FUNCTION note_count() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN (SELECT count(*) FROM "Note"); -- a ; inside a body
END;
$$;
`;

describe("deployMigrations with failing or edited migrations", () => {
  it("sends each script whole: semicolons in strings and $$ bodies are fine", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir({ "20240101000000_notes": CREATE_NOTES });
    await deployMigrations({ connectionString: url, migrationsDir: dir });
    const { rows } = await query(url, (c) => c.query(`SELECT note_count() AS n, min(body) AS body FROM "Note"`));
    expect(rows).toEqual([{ n: "2", body: "one; with a semicolon" }]);
  });

  // PostgreSQL runs the statements before the failing one: they must not survive.
  it("rolls a failing migration back completely and names the migration and the statement", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir({ "20240101000000_notes": CREATE_NOTES });
    await deployMigrations({ connectionString: url, migrationsDir: dir });
    const before = await snapshot(url);

    await writeMigration(
      dir,
      "20240102000000_broken",
      `-- CreateTable
CREATE TABLE "Tag" ("id" SERIAL PRIMARY KEY, "name" TEXT NOT NULL);

-- CreateEnum
CREATE TYPE "Colour" AS ENUM ('RED', 'GREEN');

-- AlterTable
ALTER TABLE "Note" ADD COLUMN "tagId" INTEGR;

CREATE INDEX "Tag_name_idx" ON "Tag"("name");
`,
    );
    const error = await deployMigrations({ connectionString: url, migrationsDir: dir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MigrationFailedError);
    const message = (error as Error).message;
    expect(message).toContain("20240102000000_broken");
    expect(message).toContain(`ALTER TABLE "Note" ADD COLUMN "tagId" INTEGR`);
    expect(message).toContain("line 8");
    expect(message).toMatch(/type "integr" does not exist/);
    expect(message).not.toContain("CREATE INDEX");
    expect((error as MigrationFailedError).pgCode).toBe("42704");
    // Nothing of it remains: no "Tag" table from its first statement, no enum, no history row.
    expect(await snapshot(url)).toEqual(before);
  });

  it("finds the failing statement even when PostgreSQL reports no position", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir({ "20240101000000_notes": CREATE_NOTES });
    await deployMigrations({ connectionString: url, migrationsDir: dir });
    const before = await snapshot(url);

    // SET NOT NULL fails while executing (a row has NULL), which carries no error position.
    await writeMigration(
      dir,
      "20240102000000_require_body",
      `CREATE TABLE "Tag" ("id" SERIAL PRIMARY KEY);\nALTER TABLE "Note" ALTER COLUMN "body" SET NOT NULL;\n`,
    );
    const error = await deployMigrations({ connectionString: url, migrationsDir: dir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MigrationFailedError);
    const message = (error as Error).message;
    expect(message).toContain("20240102000000_require_body");
    expect(message).toContain(`ALTER TABLE "Note" ALTER COLUMN "body" SET NOT NULL`);
    expect(message).toContain("line 2");
    expect(message).toMatch(/contains null values/);
    expect(await snapshot(url)).toEqual(before);
  });

  it("refuses to deploy when an applied migration's file was modified, and reports it", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir({ "20240101000000_notes": CREATE_NOTES });
    await deployMigrations({ connectionString: url, migrationsDir: dir });

    await writeMigration(dir, "20240101000000_notes", CREATE_NOTES.replace("TEXT", "VARCHAR(200)"));
    await writeMigration(dir, "20240102000000_tags", `CREATE TABLE "Tag" ("id" SERIAL PRIMARY KEY);\n`);
    const before = await snapshot(url);
    const error = await deployMigrations({ connectionString: url, migrationsDir: dir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MigrationHistoryError);
    expect((error as MigrationHistoryError).modified).toEqual(["20240101000000_notes"]);
    expect((error as Error).message).toMatch(/20240101000000_notes was modified after it was applied/);
    expect(await snapshot(url)).toEqual(before); // the pending migration was not applied either

    const status = await migrationStatus({ connectionString: url, migrationsDir: dir });
    expect(status).toMatchObject({
      upToDate: false,
      modified: ["20240101000000_notes"],
      pending: ["20240102000000_tags"],
      applied: [],
    });
  });

  it("does not count converted line endings as a modification (as Prisma)", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir({ "20240101000000_notes": CREATE_NOTES });
    await deployMigrations({ connectionString: url, migrationsDir: dir });
    await writeMigration(dir, "20240101000000_notes", CREATE_NOTES.replaceAll("\n", "\r\n"));

    const status = await migrationStatus({ connectionString: url, migrationsDir: dir });
    expect(status).toMatchObject({ upToDate: true, modified: [], applied: ["20240101000000_notes"] });
  });
});

// ---------------------------------------------------------------- diff and create (schema engine)

describe("diffSchemaAgainstMigrations and createMigration", () => {
  const extraModel = `\nmodel MigrationTestExtra {\n  id    Int    @id @default(autoincrement())\n  label String\n}\n`;

  async function schemaWithExtraModel(): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), "schema-test-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = path.join(dir, "schema.prisma");
    await writeFile(file, (await readFile(DEFAULT_SCHEMA_PATH, "utf8")) + extraModel);
    return file;
  }

  async function shadowDatabasesLeft(): Promise<string[]> {
    const { rows } = await admin((c) =>
      c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`),
    );
    return rows.map((r) => r.datname);
  }

  it("finds no difference between schema.prisma and the repository's migrations", async () => {
    const leftBefore = await shadowDatabasesLeft();
    expect(await diffSchemaAgainstMigrations({ connectionString: serverUrl })).toBe("");
    expect(await shadowDatabasesLeft()).toEqual(leftBefore);
  });

  it("returns the SQL for a model that no migration creates", async () => {
    const schemaPath = await schemaWithExtraModel();
    const diff = await diffSchemaAgainstMigrations({ connectionString: serverUrl, schemaPath });
    expect(diff).toContain(`CREATE TABLE "MigrationTestExtra"`);
    expect(diff).not.toContain(`CREATE TABLE "Agency"`);
  });

  // Three schema-engine runs, each with temporary databases: the slowest test here.
  it("creates a migration that makes the schema and the migrations agree", { timeout: 90_000 }, async () => {
    const schemaPath = await schemaWithExtraModel();
    const dir = await migrationsDir({});
    for (const m of await readMigrations(DEFAULT_MIGRATIONS_DIR)) await writeMigration(dir, m.name, m.sql);

    const name = await createMigration({ connectionString: serverUrl, name: "extra", migrationsDir: dir, schemaPath });

    expect(name).toMatch(/^\d{14}_extra$/);
    const sql = await readFile(path.join(dir, name!, "migration.sql"), "utf8");
    expect(sql).toContain(`CREATE TABLE "MigrationTestExtra"`);
    expect(await readFile(path.join(dir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
    expect(await diffSchemaAgainstMigrations({ connectionString: serverUrl, migrationsDir: dir, schemaPath })).toBe("");
    expect(
      await createMigration({ connectionString: serverUrl, name: "again", migrationsDir: dir, schemaPath }),
    ).toBeNull();

    // And the new migration deploys.
    const url = await freshDatabase();
    const { applied } = await deployMigrations({ connectionString: url, migrationsDir: dir });
    expect(applied.at(-1)).toBe(name);
  });
});

afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
