/**
 * `npm run bench:start`: prints how long `npm start` takes from a fresh data folder to the first
 * page served (cold: initdb, migrations, demo data), and from an existing one (warm).
 * Run after a build (`npm run build` or one `npm start`): the build is not what is measured.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./runtime/paths.ts";
import { exited } from "./runtime/process.ts";
import { ensureBuilt } from "./runtime/build.ts";

const port = 3200;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "disclosure-bench-"));
fs.chmodSync(dataDir, 0o755);

async function timeStart(label: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: "",
      PORT: String(port),
      EMBEDDED_PG_PORT: "54349",
      DISCLOSURE_DATA_DIR: dataDir,
    },
  });
  child.stdout?.resume();
  let ms = 0;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${label}: npm start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://localhost:${port}/`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) {
        ms = performance.now() - started;
        break;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGTERM");
  await exited(child);
  console.log(`${label.padEnd(6)} ${(ms / 1000).toFixed(2)} s  (start command → first page served)`);
  return ms;
}

async function main() {
  delete process.env.DATABASE_URL;
  await ensureBuilt((line) => console.log(line));
  console.log(`data folder: ${dataDir}`);
  await timeStart("cold");
  await timeStart("warm");
  await timeStart("warm");
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
