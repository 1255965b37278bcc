import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";

/**
 * Accounts of their own for tests that lock, reset or revoke: created in the e2e database directly
 * (DATABASE_URL, as scripts/with-db.ts and scripts/test-all.ts set it), with a login unique to the run,
 * so no test's failures touch the demo accounts the other tests sign in with.
 */
export async function createAccount(opts: {
  role: "HEAD" | "OFFICER" | "ADMIN";
  password: string;
  displayName?: string;
  agencySlug?: string;
  departmentName?: string;
}): Promise<{ login: string; displayName: string }> {
  const login = `e2e-${opts.role.toLowerCase()}-${randomBytes(5).toString("hex")}`;
  const displayName = opts.displayName ?? `测试${login.slice(-4)}`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const user = await client.query<{ id: number }>(
      `INSERT INTO "User" (login, "displayName", "passwordHash", "updatedAt") VALUES ($1, $2, $3, now()) RETURNING id`,
      [login, displayName, await bcrypt.hash(opts.password, 10)],
    );
    const membership = await client.query(
      `INSERT INTO "Membership" ("userId", "agencyId", role, "departmentId")
       SELECT $1, a.id, $2::"Role", d.id FROM "Agency" a
       LEFT JOIN "Department" d ON d."agencyId" = a.id AND d.name = $4
       WHERE a.slug = $3`,
      [user.rows[0].id, opts.role, opts.agencySlug ?? "baixiang", opts.departmentName ?? null],
    );
    if (membership.rowCount !== 1) throw new Error(`No agency ${opts.agencySlug ?? "baixiang"} to add ${login} to.`);
  } finally {
    await client.end();
  }
  return { login, displayName };
}
