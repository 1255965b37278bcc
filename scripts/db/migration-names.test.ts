import { describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, readMigrations } from "./migration-files";

/**
 * Migrations apply in folder-name order, and `npm run db:migrate:create` names a new one after the current
 * UTC time. A hand-written migration dated in the future would sort after migrations created later, so
 * they would apply in the wrong order on a fresh database.
 */
describe("the repository's migration folder names", () => {
  it("start with a real UTC timestamp that is not in the future", async () => {
    const migrations = await readMigrations(DEFAULT_MIGRATIONS_DIR);
    expect(migrations.length).toBeGreaterThan(0);
    for (const { name } of migrations) {
      const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})_[a-z0-9_]+$/.exec(name);
      expect(match, `${name}: expected YYYYMMDDHHMMSS_snake_case`).not.toBeNull();
      const [y, mo, d, h, mi, s] = match!.slice(1).map(Number);
      const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
      expect(at.getUTCMonth(), `${name}: not a date`).toBe(mo - 1);
      expect(at.getUTCDate(), `${name}: not a date`).toBe(d);
      expect(at.getTime(), `${name}: dated in the future`).toBeLessThanOrEqual(Date.now() + 60_000);
    }
  });
});
