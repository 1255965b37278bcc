/**
 * Backup and restore of the application's database, with nothing but a PostgreSQL connection: the
 * embedded distribution ships no pg_dump, and a system pg_dump older than the server refuses to dump it
 * (docs/decisions/0007-reliability.md). A backup holds, from one consistent snapshot (REPEATABLE READ,
 * read only — writers are not blocked):
 *   - the schema, as the migrations that built it (their SQL, checked against _prisma_migrations);
 *   - every table's rows in PostgreSQL's own COPY text format (exact for every type);
 *   - every sequence's position.
 * File layout (gzip): a magic line, a header line (JSON), then per table a JSON line and its COPY rows
 * ending with `\.`, then a trailer line (JSON) with each table's row count, which the restore checks.
 *
 * A restore runs in one transaction: it replays the migrations, loads the rows with the tables'
 * triggers off and foreign keys re-added (and so checked) afterwards, sets the sequences, checks every
 * count against the trailer and announces the change to the web servers' page caches. A truncated or
 * corrupt file, or any error, leaves the database as it was. It refuses a database that holds anything
 * unless `force` is given, then replaces everything in its `public` schema.
 */
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { checksumMatches, DEFAULT_MIGRATIONS_DIR, readMigrations } from "./migration-files.ts";
import { CREATE_MIGRATIONS_TABLE } from "./migrations.ts";
import { quoteIdent } from "./schema-engine.ts";

const MAGIC = "GOV-DISCLOSURE-BACKUP 1";
const END_OF_ROWS = "\\.";
const MIGRATIONS_TABLE = "_prisma_migrations";

type Header = {
  createdAt: string;
  serverVersion: string;
  database: string;
  migrations: { name: string; checksum: string; sql: string }[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
};
type TableLine = { table: string; columns: string[] };
type Trailer = { end: true; rows: Record<string, number> };

export type BackupSummary = { tables: number; rows: number; bytes: number; migrations: number };

export async function backupDatabase(
  connectionString: string,
  file: string,
  opts: { log?: (line: string) => void; migrationsDir?: string } = {},
): Promise<BackupSummary> {
  const log = opts.log ?? (() => {});
  const partial = `${file}.partial`;
  const client = new pg.Client({ connectionString, application_name: "db:backup" });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const header: Header = {
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query<{ v: string }>("SHOW server_version")).rows[0].v,
      database: (await client.query<{ d: string }>("SELECT current_database() AS d")).rows[0].d,
      migrations: await appliedMigrationScripts(client, opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR),
      sequences: await sequencePositions(client),
    };
    const tables = await tableColumns(client);

    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const gzip = zlib.createGzip({ level: 6 });
    const output = fs.createWriteStream(partial);
    const written = pipeline(gzip, output);
    const write = async (text: string) => {
      if (!gzip.write(text)) await once(gzip, "drain");
    };
    await write(`${MAGIC}\n${JSON.stringify(header)}\n`);
    const rows: Record<string, number> = {};
    for (const { table, columns } of tables) {
      await write(`${JSON.stringify({ table, columns } satisfies TableLine)}\n`);
      const copy = client.query(copyTo(`COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) TO STDOUT`));
      copy.pipe(gzip, { end: false });
      await once(copy, "end");
      rows[table] = copy.rowCount ?? 0;
      await write(`${END_OF_ROWS}\n`);
    }
    await write(`${JSON.stringify({ end: true, rows } satisfies Trailer)}\n`);
    gzip.end();
    await written;
    await client.query("COMMIT");
    const handle = fs.openSync(partial, "r+");
    fs.fsyncSync(handle);
    fs.closeSync(handle);
    fs.renameSync(partial, file);
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    log(`Backed up ${tables.length} tables (${total} rows) and ${header.migrations.length} migrations to ${file}.`);
    return { tables: tables.length, rows: total, bytes: fs.statSync(file).size, migrations: header.migrations.length };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The SQL of every applied migration, in order; refuses a history this code cannot reproduce. */
async function appliedMigrationScripts(client: pg.Client, migrationsDir: string): Promise<Header["migrations"]> {
  const exists = await client.query(`SELECT to_regclass('${MIGRATIONS_TABLE}') IS NOT NULL AS e`);
  if (!exists.rows[0].e)
    throw new Error("The database has no migrations table: it is not this application's database.");
  const { rows } = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM ${MIGRATIONS_TABLE}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const files = new Map((await readMigrations(migrationsDir)).map((m) => [m.name, m]));
  return rows.map((row) => {
    const file = files.get(row.migration_name);
    if (!file || !checksumMatches(file.sql, row.checksum)) {
      throw new Error(
        `Migration ${row.migration_name} of the database is ${file ? "different in" : "missing from"} ${migrationsDir}: ` +
          "back up with the version of the application that migrated this database.",
      );
    }
    return { name: file.name, checksum: row.checksum, sql: file.sql };
  });
}

async function tableColumns(client: pg.Client): Promise<TableLine[]> {
  const { rows } = await client.query<{ table: string; columns: string[] }>(`
    SELECT c.relname AS table, array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind = 'r'
     GROUP BY c.relname
     ORDER BY c.relname`);
  return rows;
}

async function sequencePositions(client: pg.Client): Promise<Header["sequences"]> {
  const { rows: names } = await client.query<{ name: string }>(
    "SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename",
  );
  const out: Header["sequences"] = [];
  for (const { name } of names) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${quoteIdent(name)}`,
    );
    out.push({ name, lastValue: rows[0].last_value, isCalled: rows[0].is_called });
  }
  return out;
}

/** What a database holds outside PostgreSQL's own schemas: tables, views, sequences (name → rows or -1). */
export async function databaseContents(client: pg.Client): Promise<{ relations: number; tables: string[] }> {
  const { rows } = await client.query<{ name: string; kind: string }>(`
    SELECT n.nspname || '.' || c.relname AS name, c.relkind::text AS kind
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
       AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
     ORDER BY 1`);
  return { relations: rows.length, tables: rows.filter((r) => r.kind === "r").map((r) => r.name) };
}

export class RestoreRefused extends Error {}

async function* linesOf(stream: NodeJS.ReadableStream): AsyncGenerator<string, void, undefined> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  for await (const chunk of stream) {
    const parts = (rest + decoder.write(chunk as Buffer)).split("\n");
    rest = parts.pop()!;
    yield* parts;
  }
  rest += decoder.end();
  if (rest) yield rest;
}

export type RestoreSummary = { tables: number; rows: number; migrations: number; backupCreatedAt: string };

export async function restoreDatabase(
  connectionString: string,
  file: string,
  opts: { force?: boolean; log?: (line: string) => void } = {},
): Promise<RestoreSummary> {
  const log = opts.log ?? (() => {});
  if (!fs.existsSync(file)) throw new RestoreRefused(`No such file: ${file}`);
  const gunzip = zlib.createGunzip();
  fs.createReadStream(file)
    .on("error", (error) => gunzip.destroy(error))
    .pipe(gunzip);
  // Not readline: it waits forever when a truncated file makes gunzip fail; iterating the stream throws.
  const lines = linesOf(gunzip);
  const next = async (): Promise<string> => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`${file} ends early: the backup is incomplete.`);
    return value;
  };
  let header: Header;
  try {
    if ((await next()) !== MAGIC) throw new RestoreRefused(`${file} is not a backup made by npm run db:backup.`);
    header = JSON.parse(await next()) as Header;
  } catch (error) {
    if (error instanceof RestoreRefused) throw error;
    throw new RestoreRefused(`${file} is not a backup made by npm run db:backup (${(error as Error).message}).`);
  }

  const client = new pg.Client({ connectionString, application_name: "db:restore" });
  let abortCopy: ((reason: Error) => Promise<void>) | null = null;
  await client.connect();
  try {
    const contents = await databaseContents(client);
    const database = (await client.query<{ d: string }>("SELECT current_database() AS d")).rows[0].d;
    if (contents.relations > 0 && !opts.force) {
      throw new RestoreRefused(
        `The database "${database}" is not empty (${contents.tables.length} tables, e.g. ${contents.tables.slice(0, 3).join(", ")}).\n` +
          "A restore replaces everything in it. Back it up first if it may be needed (npm run db:backup -- <file>),\n" +
          "then run the restore again with --force.",
      );
    }
    await client.query("BEGIN");
    // Wait for running transactions of web servers, but not forever.
    await client.query("SET LOCAL lock_timeout = '30s'");
    if (contents.relations > 0) {
      log(`Replacing the contents of "${database}" …`);
      await client.query("DROP SCHEMA public CASCADE");
      await client.query("CREATE SCHEMA public");
    }
    await client.query(CREATE_MIGRATIONS_TABLE);
    for (const migration of header.migrations) await client.query(migration.sql);
    log(`Schema rebuilt from ${header.migrations.length} migrations.`);

    const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(`
      SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
        FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`);
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
    const tables = (await tableColumns(client)).map((t) => t.table);
    for (const table of tables) await client.query(`ALTER TABLE ${quoteIdent(table)} DISABLE TRIGGER USER`);

    const loaded: Record<string, number> = {};
    let trailer: Trailer | null = null;
    while (!trailer) {
      const line = JSON.parse(await next()) as TableLine | Trailer;
      if ("end" in line) {
        trailer = line;
        break;
      }
      if (!tables.includes(line.table)) throw new Error(`The backup has a table the schema lacks: ${line.table}`);
      const copy = client.query(
        copyFrom(`COPY ${quoteIdent(line.table)} (${line.columns.map(quoteIdent).join(", ")}) FROM STDIN`),
      );
      const finished = new Promise<void>((resolve, reject) => {
        copy.on("finish", resolve);
        copy.on("error", reject);
      });
      // Until the COPY ends, the connection takes no other statement: a failure must abort it first.
      abortCopy = async (reason: Error) => {
        copy.destroy(reason);
        await finished.catch(() => {});
      };
      for (let row = await next(); row !== END_OF_ROWS; row = await next()) {
        if (!copy.write(`${row}\n`)) await once(copy, "drain");
      }
      copy.end();
      await finished;
      abortCopy = null;
      loaded[line.table] = copy.rowCount ?? 0;
    }
    for (const [table, rows] of Object.entries(trailer.rows)) {
      if (loaded[table] !== rows)
        throw new Error(`${table}: ${loaded[table] ?? 0} rows loaded, the backup has ${rows}.`);
    }

    for (const seq of header.sequences) {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [
        quoteIdent(seq.name),
        seq.lastValue,
        seq.isCalled,
      ]);
    }
    for (const fk of foreignKeys)
      await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.definition}`);
    for (const table of tables) await client.query(`ALTER TABLE ${quoteIdent(table)} ENABLE TRIGGER USER`);
    // Web servers drop their cached public pages (lib/public-cache/changes.ts) when this commits.
    await client.query("NOTIFY public_content, 'restore'");
    await client.query("COMMIT");
    const rows = Object.values(loaded).reduce((a, b) => a + b, 0);
    log(`Restored ${Object.keys(loaded).length} tables (${rows} rows) from the backup of ${header.createdAt}.`);
    return {
      tables: Object.keys(loaded).length,
      rows,
      migrations: header.migrations.length,
      backupCreatedAt: header.createdAt,
    };
  } catch (error) {
    await abortCopy?.(error instanceof Error ? error : new Error(String(error)));
    await client.query("ROLLBACK").catch(() => {});
    if (error instanceof RestoreRefused) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const damaged = (error as { code?: string }).code?.startsWith("Z_") ? `${file} is damaged or incomplete: ` : "";
    throw new Error(`${damaged}${reason}\nNothing was changed: the database is as it was before the restore.`);
  } finally {
    gunzip.destroy();
    await client.end().catch(() => {});
  }
}
