import path from "node:path";
import { DATA_DIR } from "./paths.ts";
import {
  embeddedUrl,
  ensureDatabase,
  recreateDatabase,
  redact,
  runningOwner,
  startEmbeddedPostgres,
} from "./embedded-postgres.ts";

export type ProvidedDatabase = {
  url: string;
  embedded: boolean;
  /** The embedded server's postmaster process id while it runs (null with DATABASE_URL). */
  pid: () => number | null;
  stop: () => Promise<void>;
};

/**
 * Where each purpose keeps its embedded cluster. The test cluster is separate (own folder,
 * own port), so running the tests never touches the data of a running app.
 */
const EMBEDDED = {
  app: { dir: "postgres", port: 54329, database: "disclosure" },
  test: { dir: "postgres-test", port: 54339, database: "disclosure_test" },
} as const;

/**
 * With DATABASE_URL set, use that server (creating the database when missing) and start
 * nothing. Otherwise start the embedded PostgreSQL for `purpose`.
 */
export async function provideDatabase(
  purpose: keyof typeof EMBEDDED,
  opts: { log?: (line: string) => void; fresh?: boolean; shareRunning?: boolean } = {},
): Promise<ProvidedDatabase> {
  const log = opts.log ?? (() => {});
  const external = process.env.DATABASE_URL;
  if (external) {
    log(`Using the PostgreSQL server in DATABASE_URL (${redact(external)}).`);
    await ensureDatabase(external);
    return { url: external, embedded: false, pid: () => null, stop: async () => {} };
  }
  const spec = EMBEDDED[purpose];
  const port = Number(process.env.EMBEDDED_PG_PORT ?? spec.port);
  const dataDir = path.join(DATA_DIR, spec.dir);
  const owner = opts.shareRunning ? runningOwner(dataDir, spec.dir) : null;
  if (owner) {
    // `npm start` runs it now (backup and restore work on the live database): use it, stop nothing.
    log(`Using the embedded PostgreSQL that process ${owner} runs on port ${port}.`);
    return { url: embeddedUrl(port, spec.database), embedded: true, pid: () => null, stop: async () => {} };
  }
  const started = Date.now();
  const server = await startEmbeddedPostgres({
    dataDir,
    port,
    lockName: spec.dir,
    log,
  });
  const url = server.url(spec.database);
  try {
    if (opts.fresh) await recreateDatabase(url);
    else await ensureDatabase(url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  log(`Embedded PostgreSQL ready on 127.0.0.1:${port} (${Date.now() - started} ms).`);
  return { url, embedded: true, pid: server.pid, stop: server.stop };
}
