/**
 * `npm run db:backup -- <file>`: writes a backup of the application's database to <file> — the server in
 * DATABASE_URL, else the embedded one (the running `npm start`'s, or started for the purpose). The app
 * may keep running: the backup reads one consistent snapshot. Format and guarantees: scripts/db/backup.ts.
 */
import { loadEnvFile } from "./runtime/env-file.ts";
import { provideDatabase } from "./runtime/database.ts";
import { redact } from "./runtime/embedded-postgres.ts";
import { backupDatabase } from "./db/backup.ts";

async function main() {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) throw new Error("usage: npm run db:backup -- <file>   (e.g. backups/disclosure-2026-03-01.backup)");
  loadEnvFile();
  const log = (line: string) => console.log(`[backup] ${line}`);
  const db = await provideDatabase("app", { log, shareRunning: true });
  try {
    log(`Backing up ${redact(db.url)} …`);
    const started = Date.now();
    const summary = await backupDatabase(db.url, file, { log });
    log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${(summary.bytes / 1024).toFixed(0)} KB.`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(`[backup] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
