import { defineConfig } from "prisma/config";

// Prisma's CLI insists on a native schema engine even for `generate`, which needs none.
// Pointing it at any existing file skips the download (see docs/decisions/0002-migrations-without-native-engine.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/placeholder" },
});
