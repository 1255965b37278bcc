import { spawn, type ChildProcess } from "node:child_process";
import { ROOT } from "./paths.ts";

/**
 * Runs a command to completion; rejects with its exit code. `quiet` hides output unless it fails (then
 * it is printed whole); `tail` prints that many last lines of a quiet command that succeeded.
 */
export function run(
  command: string,
  args: string[],
  opts: { env?: Record<string, string | undefined>; quiet?: boolean; cwd?: string; tail?: number } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, ...opts.env },
      stdio: opts.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) {
        if (opts.quiet && opts.tail) {
          const lines = output.trimEnd().split("\n").slice(-opts.tail);
          process.stdout.write(`${lines.join("\n")}\n`);
        }
        return resolve();
      }
      if (opts.quiet && output) process.stderr.write(output);
      reject(new CommandFailed(`${[command, ...args].join(" ")}`, code ?? 1, signal));
    });
  });
}

export class CommandFailed extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number,
    readonly signal: NodeJS.Signals | null,
  ) {
    super(`Command failed (exit ${exitCode}${signal ? `, ${signal}` : ""}): ${command}`);
  }
}

/** Resolves when the child exits, with its exit code. */
export function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode ?? 128 + 9);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 + 15 : 1)));
  });
}

/** Asks a child to stop (SIGTERM) and kills it (SIGKILL) if it has not exited after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill("SIGTERM");
  const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), graceMs).unref());
  if ((await Promise.race([done, timer])) !== "timeout") return;
  child.kill("SIGKILL");
  await done;
}

/** Polls `url` until it answers (any HTTP status) or `timeoutMs` passes. */
export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`The web server exited (code ${child.exitCode}) before it answered.`);
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
}
