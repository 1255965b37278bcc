import { deployMigrations } from "../db/migrations.ts";
import { provideDatabase, type ProvidedDatabase } from "./database.ts";
import { ensurePrismaClient } from "./build.ts";

/**
 * Everything a process needs before the app can talk to its database: the generated Prisma
 * client, a running PostgreSQL (embedded unless DATABASE_URL is set), and every migration applied.
 */
export async function prepareDatabase(
  purpose: "app" | "test",
  log: (line: string) => void,
  opts: { fresh?: boolean } = {},
): Promise<ProvidedDatabase> {
  await ensurePrismaClient(log);
  const db = await provideDatabase(purpose, { log, fresh: opts.fresh });
  try {
    const { applied } = await deployMigrations({ connectionString: db.url, log });
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}

/** Loads the demo agency when the database holds no agency yet. Returns whether it did. */
export async function seedIfEmpty(url: string, log: (line: string) => void): Promise<boolean> {
  const { createPrismaClient } = await import("../../lib/db.ts");
  const { isDatabaseEmpty, seedDemo } = await import("../../lib/seed/demo.ts");
  const db = createPrismaClient(url);
  try {
    if (!(await isDatabaseEmpty(db))) return false;
    log("Loading the demo data (柏香镇人民政府, 2022) …");
    await seedDemo(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}
