import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

/**
 * One PostgreSQL server process (the postmaster), kept running: if it exits without being asked to
 * (a crash, an out-of-memory kill, a `kill -9`), it is started again after a pause that doubles on each
 * failure (0.5 s … 30 s, back to 0.5 s once it has run for a minute), and every step is logged.
 * PostgreSQL recovers from its write-ahead log on the next start, so every committed transaction survives.
 *
 * `stop()` ends it whatever state it is in — running, starting, recovering, waiting to be restarted, or
 * already gone — within a bounded time: a fast shutdown (SIGINT: open transactions are rolled back, the
 * clients disconnected, a checkpoint written), then an immediate one (SIGQUIT: recovered on the next
 * start, like a crash), then SIGKILL.
 */
export type PostgresProcess = {
  /** The postmaster's process id while it runs. */
  pid(): number | null;
  /** Resolves when the server is stopped and will not be restarted. */
  stop(): Promise<void>;
};

export type PostgresProcessOptions = {
  binary: string;
  args: string[];
  spawnOptions: SpawnOptions;
  log: (line: string) => void;
  /** Everything the server writes (its log); the last lines go into error messages. */
  onOutput?: (text: string) => void;
  /** How long a fast shutdown may take before an immediate one, and that before SIGKILL. */
  stopGraceMs?: number;
};

const READY = "database system is ready to accept connections";
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;
const STABLE_MS = 60_000;

export async function startPostgresProcess(opts: PostgresProcessOptions): Promise<PostgresProcess> {
  const grace = opts.stopGraceMs ?? 5_000;
  const recent: string[] = [];
  let child: ChildProcess | null = null;
  let stopping = false;
  let failures = 0;
  let readySince = 0;
  let downSince = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let stopped: Promise<void> | null = null;

  const output = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    opts.onOutput?.(text);
    recent.push(...text.split("\n").filter(Boolean));
    recent.splice(0, Math.max(0, recent.length - 20));
  };

  /** Spawns the postmaster; resolves once it accepts connections, rejects if it exits first. */
  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(opts.binary, opts.args, { ...opts.spawnOptions, stdio: ["ignore", "pipe", "pipe"] });
      child = proc;
      let ready = false;
      const onData = (chunk: Buffer) => {
        output(chunk);
        if (!ready && chunk.toString("utf8").includes(READY)) {
          ready = true;
          readySince = Date.now();
          resolve();
        }
      };
      proc.stdout?.on("data", onData);
      proc.stderr?.on("data", onData);
      proc.on("error", (error) => {
        if (!ready) reject(error);
      });
      proc.on("exit", (code, signal) => {
        if (child === proc) child = null;
        if (!ready) {
          const tail = recent.slice(-8).join("\n");
          return reject(new Error(`PostgreSQL exited (${signal ?? `code ${code}`}) while starting.\n${tail}`));
        }
        if (!stopping) unexpectedExit(code, signal);
      });
    });

  const unexpectedExit = (code: number | null, signal: NodeJS.Signals | null) => {
    downSince = Date.now();
    if (Date.now() - readySince > STABLE_MS) failures = 0;
    opts.log(`PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); restarting it …`);
    scheduleRestart();
  };

  const scheduleRestart = () => {
    if (stopping) return;
    const delay = Math.min(FIRST_RETRY_MS * 2 ** failures, MAX_RETRY_MS);
    failures++;
    retryTimer = setTimeout(async () => {
      if (stopping) return;
      try {
        await launch();
        if (stopping) return;
        opts.log(
          `PostgreSQL is back (pid ${child?.pid}, ${((Date.now() - downSince) / 1000).toFixed(1)} s after it stopped).`,
        );
      } catch (error) {
        if (stopping) return;
        const next = Math.min(FIRST_RETRY_MS * 2 ** failures, MAX_RETRY_MS);
        const reason = (error instanceof Error ? error.message : String(error)).split("\n").slice(-1)[0];
        opts.log(`PostgreSQL did not start (attempt ${failures}): ${reason}; next try in ${next / 1000} s`);
        scheduleRestart();
      }
    }, delay);
  };

  /** Sends `signal` and waits up to `ms` for the process to exit; true when it did. */
  const signalAndWait = (proc: ChildProcess, signal: NodeJS.Signals, ms: number) =>
    new Promise<boolean>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve(true);
      const timer = setTimeout(() => resolve(false), ms);
      proc.once("exit", () => {
        clearTimeout(timer);
        resolve(true);
      });
      try {
        proc.kill(signal);
      } catch {
        // already gone
      }
    });

  const stop = async () => {
    stopping = true;
    clearTimeout(retryTimer);
    const proc = child;
    if (!proc) return;
    if (await signalAndWait(proc, "SIGINT", grace)) return;
    opts.log(`PostgreSQL did not stop within ${grace / 1000} s; immediate shutdown`);
    if (await signalAndWait(proc, "SIGQUIT", 2_000)) return;
    await signalAndWait(proc, "SIGKILL", 2_000);
  };

  await launch();
  return {
    pid: () => child?.pid ?? null,
    stop: () => (stopped ??= stop()),
  };
}
