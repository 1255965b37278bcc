/**
 * Integration tests need a real, migrated PostgreSQL in DATABASE_URL. `npm test` and
 * `npm run test:integration` provide one (scripts/with-db.ts); say so when run bare.
 */
export default function setup() {
  if (!process.env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Run integration tests with `npm run test:integration` (it starts a database).",
    );
  }
}
