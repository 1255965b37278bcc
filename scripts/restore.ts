/**
 * `npm run db:restore -- <file> [--force]`: restores a backup made by `npm run db:backup` into the
 * application's database (DATABASE_URL, else the embedded one), then applies any migration newer than
 * the backup. Refuses a database that holds anything unless --force is given, in which case everything
 * in it is replaced. All or nothing: a failure leaves the database as it was. Running web servers may
 * stay up; they reconnect and drop their cached public pages.
 */
import { loadEnvFile } from "./runtime/env-file.ts";
import { provideDatabase } from "./runtime/database.ts";
import { redact } from "./runtime/embedded-postgres.ts";
import { RestoreRefused, restoreDatabase } from "./db/backup.ts";
import { deployMigrations } from "./db/migrations.ts";

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new RestoreRefused("usage: npm run db:restore -- <file> [--force]");
  loadEnvFile();
  const log = (line: string) => console.log(`[restore] ${line}`);
  const db = await provideDatabase("app", { log, shareRunning: true });
  try {
    log(`Restoring ${file} into ${redact(db.url)} …`);
    const started = Date.now();
    await restoreDatabase(db.url, file, { force: args.includes("--force"), log });
    const { applied } = await deployMigrations({ connectionString: db.url, log });
    if (applied.length) log(`Applied ${applied.length} migration(s) newer than the backup.`);
    log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(`[restore] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof RestoreRefused ? 2 : 1);
});
