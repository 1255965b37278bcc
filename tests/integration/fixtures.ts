import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { deployMigrations } from "@/scripts/db/migrations";
import { quoteIdent, withDatabase } from "@/scripts/db/schema-engine";
import { createPrismaClient, type Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Actor, Role } from "@/lib/auth/permissions";

/** One client for a test file; close it in afterAll. */
export function testDb(): Db {
  return createPrismaClient(process.env.DATABASE_URL);
}

/**
 * A new agency of its own for a test (unique slug), with two departments and one user per
 * role, so tests never depend on each other or on the demo data.
 */
export async function makeAgency(db: Db, opts: { password?: string } = {}) {
  const tag = randomUUID().slice(0, 8);
  const passwordHash = await hashPassword(opts.password ?? "secret123");
  const agency = await db.agency.create({
    data: { slug: `t-${tag}`, name: `测试镇${tag}人民政府`, level: "TOWNSHIP_GOVERNMENT" },
  });
  const office = await db.department.create({
    data: { agencyId: agency.id, name: "党政办公室", isDisclosureOffice: true },
  });
  const farming = await db.department.create({ data: { agencyId: agency.id, name: "农业农村办公室" } });

  async function user(role: Role, departmentId: number | null, login: string) {
    const created = await db.user.create({
      data: {
        login: `${login}-${tag}`,
        displayName: `${login}-${tag}`,
        passwordHash,
        memberships: { create: { agencyId: agency.id, role, departmentId } },
      },
    });
    const actor: Actor = {
      userId: created.id,
      agencyId: agency.id,
      role,
      departmentId: role === "OFFICER" ? departmentId : null,
      inDisclosureOffice: role === "OFFICER" && departmentId === office.id,
    };
    return { user: created, actor };
  }

  return {
    tag,
    agency,
    office,
    farming,
    officeOfficer: await user("OFFICER", office.id, "officer"),
    farmingOfficer: await user("OFFICER", farming.id, "farmer"),
    head: await user("HEAD", null, "head"),
    admin: await user("ADMIN", null, "admin"),
  };
}

/**
 * A database of the test file's own holding the demo data as `npm start` loads it (created, migrated
 * and seeded before the file's tests, dropped after them). `db()` is its client.
 */
export function demoDatabase(prefix: string, seedTimeout = 180_000): { db: () => Db } {
  const serverUrl = process.env.DATABASE_URL!;
  const databaseName = `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  let client: Db | undefined;
  const admin = async (sql: string) => {
    const connection = new pg.Client({ connectionString: serverUrl });
    await connection.connect();
    try {
      await connection.query(sql);
    } finally {
      await connection.end();
    }
  };
  beforeAll(async () => {
    await admin(`CREATE DATABASE ${quoteIdent(databaseName)}`);
    const url = withDatabase(serverUrl, databaseName);
    await deployMigrations({ connectionString: url });
    client = createPrismaClient(url);
    await seedDemo(client);
  }, seedTimeout);
  afterAll(async () => {
    await client?.$disconnect();
    await admin(`DROP DATABASE IF EXISTS ${quoteIdent(databaseName)} WITH (FORCE)`);
  });
  return {
    db: () => {
      if (!client) throw new Error("The demo database is made in beforeAll.");
      return client;
    },
  };
}
