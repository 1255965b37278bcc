/**
 * Database migrations without Prisma's native engine (see scripts/db/migrations.ts).
 *
 *   tsx scripts/db/cli.ts deploy          apply pending migrations
 *   tsx scripts/db/cli.ts status          applied / pending / modified migrations (exit 1 unless up to date)
 *   tsx scripts/db/cli.ts create <name>   write prisma/migrations/<timestamp>_<name>/migration.sql from schema.prisma
 *   tsx scripts/db/cli.ts check           exit 1 and print the SQL when schema.prisma and the migrations disagree
 *
 * DATABASE_URL names the database (deploy, status) or, for create and check, a server where
 * temporary shadow databases may be created.
 */
import {
  createMigration,
  deployMigrations,
  diffSchemaAgainstMigrations,
  migrationStatus,
  type MigrationStatus,
} from "./migrations.ts";

const USAGE = "Usage: tsx scripts/db/cli.ts deploy | status | create <name> | check";

type Command = (args: string[], connectionString: string) => Promise<number>;

const commands: Record<string, Command> = {
  async deploy(_args, connectionString) {
    const { applied } = await deployMigrations({ connectionString, log: console.log });
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s).`);
    return 0;
  },

  async status(_args, connectionString) {
    const status = await migrationStatus({ connectionString });
    printStatus(status);
    return status.upToDate ? 0 : 1;
  },

  async create(args, connectionString) {
    const [name] = args;
    if (!name || args.length > 1) {
      console.error(`create needs exactly one name, e.g. add_report_notes.\n${USAGE}`);
      return 2;
    }
    await createMigration({ connectionString, name, log: console.log });
    return 0;
  },

  async check(_args, connectionString) {
    const diff = await diffSchemaAgainstMigrations({ connectionString });
    if (diff === "") {
      console.log("schema and migrations agree");
      return 0;
    }
    console.log("prisma/schema.prisma and prisma/migrations disagree. The missing migration would be:\n");
    console.log(diff.trimEnd());
    console.log("\nCreate it with: npm run db:migrate:create -- <name>");
    return 1;
  },
};

function printStatus(status: MigrationStatus) {
  const section = (title: string, names: string[]) => {
    if (names.length > 0) console.log(`${title}:\n${names.map((n) => `  ${n}`).join("\n")}`);
  };
  if (!status.hasMigrationsTable) console.log("The database has no _prisma_migrations table yet.");
  section("Applied", status.applied);
  section("Pending", status.pending);
  section("Modified after being applied (checksum differs)", status.modified);
  section("Failed (recorded by Prisma's engine, never finished)", status.failed);
  section("Applied but missing from prisma/migrations", status.missingFromFolder);
  console.log(status.upToDate ? "Database schema is up to date." : "Database schema is not up to date.");
}

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(USAGE);
    return 2;
  }
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error(
      "DATABASE_URL is not set. Set it to a PostgreSQL URL (postgresql://user:password@host:5432/db), " +
        "or run through scripts/with-db.ts (npm run db:migrate), which provides one.",
    );
    return 2;
  }
  return command(args, connectionString);
}

main().then(
  (code) => exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    exit(1);
  },
);

// Everything we open is closed, so the process ends by itself; should a library leave a
// handle behind, do not hang: exit anyway shortly after.
function exit(code: number) {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 2000).unref();
}
