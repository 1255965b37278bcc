// Runs Prisma's schema engine (the same Rust code as the native binary, published as wasm in
// @prisma/schema-engine-wasm) against PostgreSQL through @prisma/adapter-pg, for the jobs that
// need it: computing migration SQL from schema.prisma. Applying migrations does not use it
// (see migrations.ts).
//
// Workarounds, each needed in practice (see docs/decisions/0002-migrations-without-native-engine.md):
// - Node 20 cannot import the package's entry (it imports a .wasm file): instantiate by hand.
// - adapter-pg cannot describe catalog columns of type "char" (OID 18): report them as
//   character columns ourselves.
// - adapter-pg's executeScript splits scripts on every ";": send scripts whole instead.
// - adapter-pg's own shadow database can point at the main database and leaks: we create each
//   shadow database ourselves, under a unique name, and always drop it WITH (FORCE).
// - The engine's timers and pools outlive free(): unref timers, close every pool we open.

import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type * as WasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export type SchemaEngine = WasmBindings.SchemaEngine;
export type MigrationList = WasmBindings.MigrationList;
export type SchemaFilter = WasmBindings.SchemaFilter;
export type SchemaContainer = WasmBindings.SchemaContainer;

export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

const WASM_PACKAGE_ENTRY = "@prisma/schema-engine-wasm/schema_engine_bg";
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// ---------------------------------------------------------------- loading the wasm module

type Bindings = typeof WasmBindings;

let bindings: Promise<Bindings> | undefined;
let lastPanicMessage: string | undefined;
let poisonedBy: string | undefined;

/**
 * The instantiated engine bindings. One instance serves every engine in the process: the
 * generated glue keeps the instance (and views of its memory) in module state, so it cannot
 * be re-instantiated either. After a panic the instance must not be used again.
 */
function loadBindings(): Promise<Bindings> {
  if (poisonedBy !== undefined) {
    return Promise.reject(
      new Error(`Prisma schema engine panicked earlier in this process (${poisonedBy}); restart the process.`),
    );
  }
  bindings ??= instantiate().catch((error: unknown) => {
    bindings = undefined;
    throw error;
  });
  return bindings;
}

async function instantiate(): Promise<Bindings> {
  installPanicRegistry();
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const require = createRequire(import.meta.url);
  const wasmFile = path.join(path.dirname(require.resolve(WASM_PACKAGE_ENTRY)), "schema_engine_bg.wasm");
  const imports = { ...glue, ...unrefTimerImports(glue) } as unknown as WebAssembly.ModuleImports;
  const { instance } = await WebAssembly.instantiate(await readFile(wasmFile), {
    "./schema_engine_bg.js": imports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

// The Rust side reports panics through this global before trapping.
function installPanicRegistry() {
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  if (g.PRISMA_WASM_PANIC_REGISTRY) return;
  g.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      lastPanicMessage = message;
    },
  };
  // A panic inside an async engine call escapes as an uncaught "RuntimeError: unreachable"
  // that says nothing (the process ends); at least print the reason. Observing only.
  process.on("uncaughtExceptionMonitor", (error) => {
    if (error instanceof WebAssembly.RuntimeError && lastPanicMessage) {
      console.error(`Prisma schema engine panicked: ${lastPanicMessage}`);
    }
  });
}

// The engine arms timers (e.g. lock timeouts) that it never clears; unref them so that they
// cannot keep a finished process alive.
function unrefTimerImports(glue: Record<string, unknown>): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(glue)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof fn !== "function") continue;
    overrides[name] = (...args: unknown[]) => {
      const timer = fn(...args);
      (timer as NodeJS.Timeout | undefined)?.unref?.();
      return timer;
    };
  }
  return overrides;
}

// ---------------------------------------------------------------- connections

/** The connection string with its database replaced (all other parameters kept). */
export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

// Result sets whose rows contain "char" columns, and which columns: filled by CharAwareClient,
// read when the adapter builds its result (rows arrays are handed over unchanged).
const charColumnsByRows = new WeakMap<object, number[]>();

/**
 * A pg client that relabels "char" (OID 18) columns as text so adapter-pg accepts them, and
 * remembers where they were so the adapter can report them as character columns, which is
 * what the engine's catalog queries expect.
 */
class CharAwareClient extends pg.Client {
  // pg's query() has many overloads (callback, promise, submittable); handle them generically.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    const run = super.query as (...a: unknown[]) => unknown;
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => {
        if (result) noteCharColumns(result);
        (last as (e: unknown, r: unknown) => void)(error, result);
      };
      return run.apply(this, args) as never;
    }
    const returned = run.apply(this, args);
    if (returned instanceof Promise) {
      return returned.then((result) => {
        noteCharColumns(result);
        return result;
      }) as never;
    }
    return returned as never;
  }
}

function noteCharColumns(result: unknown) {
  for (const set of Array.isArray(result) ? result : [result]) {
    const { fields, rows } = (set ?? {}) as { fields?: { dataTypeID: number }[]; rows?: object };
    if (!fields || !rows) continue;
    const columns: number[] = [];
    fields.forEach((field, index) => {
      if (field.dataTypeID !== PG_CHAR_OID) return;
      field.dataTypeID = PG_TEXT_OID;
      columns.push(index);
    });
    if (columns.length > 0) charColumnsByRows.set(rows, columns);
  }
}

function reportCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsByRows.get(result.rows) ?? []) {
      result.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return result;
  };
  return queryable;
}

/**
 * Opens adapter-pg connections and remembers every pool, so that all of them are closed at
 * the end even when the engine forgets (or disposes some itself, twice).
 */
class AdapterPool {
  private readonly disposers: (() => Promise<void>)[] = [];

  async connect(connectionString: string): Promise<SqlDriverAdapter> {
    const factory = new PrismaPg({ connectionString, Client: CharAwareClient });
    const adapter = await factory.connect();
    const pool = adapter.underlyingDriver();

    // Patch the instance in place: the engine's binding layer calls its methods directly.
    reportCharColumns(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) =>
      reportCharColumns<Transaction>(await startTransaction(isolationLevel));
    adapter.executeScript = (script) => executeWholeScript(pool, script);

    let disposed: Promise<void> | undefined;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = () => (disposed ??= dispose());
    this.disposers.push(() => adapter.dispose());
    return adapter;
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled(this.disposers.map((dispose) => dispose()));
  }
}

// One simple-protocol query: PostgreSQL runs a multi-statement string as one implicit
// transaction and parses quotes and $$ bodies itself.
async function executeWholeScript(pool: pg.Pool, script: string): Promise<void> {
  try {
    await pool.query(script);
  } catch (error) {
    const e = error as pg.DatabaseError;
    if (typeof e.code !== "string" || typeof e.severity !== "string") throw error;
    throw new DriverAdapterError({
      kind: "postgres",
      code: e.code,
      severity: e.severity,
      message: e.message,
      detail: e.detail,
      column: e.column,
      hint: e.hint,
    });
  }
}

// ---------------------------------------------------------------- sessions

export interface EngineSessionOptions {
  /** A PostgreSQL server (and an existing database on it) where we may create databases. */
  connectionString: string;
  /** The Prisma schema files, for the engine's initial configuration. */
  schemaFiles: SchemaContainer[];
}

/**
 * Runs `work` with a schema engine whose main connection is `connectionString` and whose
 * shadow databases are created on the same server, then frees the engine, closes every pool
 * and drops every shadow database, whatever happened.
 */
export async function withSchemaEngine<T>(
  options: EngineSessionOptions,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const glue = await loadBindings();
  const admin = new pg.Client({ connectionString: options.connectionString });
  await admin.connect();
  const adapters = new AdapterPool();
  const shadowDatabases: string[] = [];

  // The engine asks for a fresh, empty shadow database for each history it replays.
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => adapters.connect(options.connectionString),
    connectToShadowDb: async () => {
      const name = await createUniqueDatabase(admin, "prisma_migrate_shadow_db");
      shadowDatabases.push(name);
      return adapters.connect(withDatabase(options.connectionString, name));
    },
  };

  let engine: SchemaEngine | undefined;
  try {
    // The engine panics on an empty list (it wants undefined instead).
    const datamodels = options.schemaFiles.map((f): [string, string] => [f.path, f.content]);
    engine = await glue.SchemaEngine.new(
      { datamodels: datamodels.length > 0 ? datamodels : undefined },
      () => {}, // engine log lines (JSON); not needed
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return await work(engine);
  } catch (error) {
    throw engineError(error);
  } finally {
    freeQuietly(engine);
    await adapters.closeAll();
    await dropDatabases(admin, shadowDatabases);
    await admin.end();
  }
}

// After a panic the instance traps on every call, free() included: cleanup must go on.
function freeQuietly(engine: SchemaEngine | undefined) {
  try {
    engine?.free();
  } catch {
    // nothing left to free
  }
}

/**
 * Runs `work` with the URL of a new, empty database on the server of `connectionString`,
 * dropped afterwards whatever happens.
 */
export async function withTemporaryDatabase<T>(
  connectionString: string,
  work: (url: string) => Promise<T>,
): Promise<T> {
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  try {
    const name = await createUniqueDatabase(admin, "prisma_migrate_tmp_db");
    try {
      return await work(withDatabase(connectionString, name));
    } finally {
      await dropDatabases(admin, [name]);
    }
  } finally {
    await admin.end();
  }
}

// Names are unique so that concurrent runs (and tests) never collide; the prefix says who
// made a database, should one ever be left behind.
async function createUniqueDatabase(admin: pg.Client, prefix: string): Promise<string> {
  const name = `${prefix}_${randomUUID().replaceAll("-", "")}`;
  await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  return name;
}

// WITH (FORCE) ends any connection the engine left open (PostgreSQL 13+).
async function dropDatabases(admin: pg.Client, names: string[]) {
  for (const name of names) {
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } catch (error) {
      console.warn(`Could not drop shadow database ${name}: ${(error as Error).message}`);
    }
  }
}

/** A readable Error from whatever the engine threw (panics, connector errors with traces). */
function engineError(error: unknown): Error {
  if (error instanceof WebAssembly.RuntimeError) {
    poisonedBy = (lastPanicMessage ?? error.message).split("\n").at(-1);
    return new Error(`Prisma schema engine panicked: ${lastPanicMessage ?? error.message}`, { cause: error });
  }
  if (!(error instanceof Error)) return new Error(String(error));
  // Connector errors end with a span trace ("   0: sql_schema_connector::…"): drop it.
  const message = error.message.split(/\n\s+0: /)[0].trim();
  if (message === error.message) return error;
  return new Error(message, { cause: error });
}
