import { defineConfig } from "vitest/config";
import path from "node:path";

// Server-only modules (`import "server-only"`) are plain modules outside Next.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

// Two projects: `unit` is pure (no database); `integration` talks to a real PostgreSQL
// whose URL scripts/with-db.ts puts in DATABASE_URL.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          // Property tests run hundreds of cases; a busy 2-core machine needs more than the default 5 s.
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000, // the build runs beside them in npm test
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
