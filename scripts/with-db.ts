/**
 * `tsx scripts/with-db.ts [--app] [--fresh] [--seed] -- <command …>`: runs a command with DATABASE_URL
 * pointing at a migrated database — the server in DATABASE_URL when set, else the embedded test
 * cluster (.data/postgres-test, its own port), stopped again afterwards. `--fresh` recreates the
 * embedded test database; `--seed` loads the demo data when the database is empty.
 */
import { spawn } from "node:child_process";
import { loadEnvFile } from "./runtime/env-file.ts";
import { prepareDatabase, seedIfEmpty } from "./runtime/prepare.ts";
import { exited } from "./runtime/process.ts";

async function main() {
  const separator = process.argv.indexOf("--");
  const options = process.argv.slice(2, separator < 0 ? undefined : separator);
  const command = separator < 0 ? [] : process.argv.slice(separator + 1);
  if (!command.length) throw new Error("usage: tsx scripts/with-db.ts [--app] [--fresh] [--seed] -- <command …>");
  loadEnvFile();
  const log = (line: string) => console.log(`[db] ${line}`);
  // --app: the app's own database (as `npm start` uses), e.g. for `npm run db:migrate`; else the test cluster.
  const purpose = options.includes("--app") ? "app" : "test";
  const db = await prepareDatabase(purpose, log, {
    fresh: options.includes("--fresh") && purpose === "test" && !process.env.DATABASE_URL,
  });
  if (options.includes("--seed")) await seedIfEmpty(db.url, log);
  const child = spawn(command[0], command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: db.url },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const code = await exited(child);
  await db.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
