import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import JSZip from "jszip";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { DEMO_2022, seedDemo } from "@/lib/seed/demo";
import { DEMO_2023 } from "@/lib/seed/demo-2023";
import { EXPORTS } from "@/lib/annual-report/exports";
import { renderExport } from "@/lib/annual-report/render-export";
import type { PublishedSnapshot } from "@/lib/annual-report/snapshot";
import { deployMigrations } from "../../scripts/db/migrations";
import { quoteIdent, withDatabase } from "../../scripts/db/schema-engine";

/**
 * `npm run db:backup` and `npm run db:restore`, run as commands: the demo database is backed up and
 * restored into an empty database, and every table (every row, as PostgreSQL prints it), every sequence
 * and the published revision's downloads must come back identical.
 */
const serverUrl = process.env.DATABASE_URL!;
const tag = randomUUID().replaceAll("-", "").slice(0, 10);
const source = withDatabase(serverUrl, `backup_src_${tag}`);
const target = withDatabase(serverUrl, `backup_dst_${tag}`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "disclosure-backup-"));
const file = path.join(dir, "demo.backup");

function run(script: "backup" | "restore", args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every table's rows as PostgreSQL prints them (sorted), and every sequence's position. */
function contents(url: string) {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(
        `SELECT t::text AS row FROM ${quoteIdent(name)} t ORDER BY t::text COLLATE "C"`,
      );
      out[name] = rows.map((r) => r.row);
    }
    const { rows: sequences } = await client.query<{ name: string; last_value: string }>(
      "SELECT sequencename AS name, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1",
    );
    return { tables: out, sequences };
  });
}

/**
 * A download as comparable bytes. .docx and .xlsx files are zip archives that carry the time they were
 * rendered (zip entry dates, docProps/core.xml): those are taken out, every part is kept byte for byte.
 */
async function comparable(file: string, body: Buffer): Promise<Buffer> {
  if (!file.endsWith(".docx") && !file.endsWith(".xlsx")) return body;
  const zip = await JSZip.loadAsync(body);
  const parts: Buffer[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    let part = await zip.files[name].async("nodebuffer");
    if (name === "docProps/core.xml")
      part = Buffer.from(part.toString("utf8").replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, "<$1 masked/><"));
    parts.push(Buffer.from(`${name}\n`), part);
  }
  return Buffer.concat(parts);
}

async function downloads(url: string): Promise<Record<string, Buffer>> {
  const snapshot = await withClient(url, async (client) => {
    const { rows } = await client.query<{ snapshot: PublishedSnapshot }>(
      `SELECT r.snapshot FROM "ReportRevision" r JOIN "AnnualReport" a ON a.id = r."reportId"
        JOIN "Agency" g ON g.id = a."agencyId" WHERE g.slug = 'baixiang' AND a.year = 2022 AND r.number = 1`,
    );
    return rows[0].snapshot;
  });
  const out: Record<string, Buffer> = {};
  for (const spec of EXPORTS)
    out[spec.file] = await comparable(spec.file, await renderExport(spec.file, snapshot.document));
  return out;
}

beforeAll(async () => {
  await withClient(serverUrl, async (admin) => {
    await admin.query(`CREATE DATABASE ${quoteIdent(`backup_src_${tag}`)}`);
    await admin.query(`CREATE DATABASE ${quoteIdent(`backup_dst_${tag}`)}`);
  });
  await deployMigrations({ connectionString: source });
  const db = createPrismaClient(source);
  try {
    await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}, 120_000);

afterAll(async () => {
  await withClient(serverUrl, async (admin) => {
    for (const name of [`backup_src_${tag}`, `backup_dst_${tag}`])
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("db:backup and db:restore", () => {
  it("round-trip the demo database: every table, every sequence and the published downloads identical", async () => {
    const backup = run("backup", [file], source);
    expect(backup.output).toContain("Backed up");
    expect(backup.code).toBe(0);

    const restore = run("restore", [file], target);
    expect(restore.output).toContain("Restored");
    expect(restore.code).toBe(0);

    const [before, after] = [await contents(source), await contents(target)];
    expect(Object.keys(before.tables).length).toBeGreaterThan(20);
    // 柏香镇's 2022 and 2023 submissions, and those of the county's other demo agencies.
    expect(before.tables.InfoSubmission.length).toBeGreaterThan(DEMO_2022.submissions + DEMO_2023.submissions);
    // The 2023 timelines use every event kind's column, the enum value added last included.
    expect(before.tables.ApplicationEvent.length).toBeGreaterThan(0);
    expect(before.tables.ReportRevision.length).toBeGreaterThan(0);
    expect(after).toEqual(before);

    const [published, again, restored] = [await downloads(source), await downloads(source), await downloads(target)];
    expect(again).toEqual(published); // rendering is repeatable, so a difference below is the restore's
    for (const spec of EXPORTS) {
      expect(restored[spec.file].length, spec.file).toBeGreaterThan(0);
      expect(restored[spec.file].equals(published[spec.file]), spec.file).toBe(true);
    }
  });

  it("keeps working after the restore: sequences continue, triggers and foreign keys are back", async () => {
    await withClient(target, async (client) => {
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO "Agency" (slug, name, level, "updatedAt") VALUES ('restored-${tag}', '恢复测试', 'TOWNSHIP_GOVERNMENT', now()) RETURNING id`,
      );
      const max = await client.query<{ max: number }>(
        `SELECT max(id) AS max FROM "Agency" WHERE slug <> 'restored-${tag}'`,
      );
      expect(rows[0].id).toBeGreaterThan(max.rows[0].max);
      await expect(
        client.query(
          `INSERT INTO "Department" ("agencyId", name, "updatedAt") VALUES (987654321, '不存在的机关', now())`,
        ),
      ).rejects.toThrow(/foreign key/);
      const triggerQuery = `SELECT tgname AS name, tgenabled AS enabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`;
      const triggers = await client.query<{ name: string; enabled: string }>(triggerQuery);
      // Every trigger of the source (search grams, public-content notices, report year counts), enabled again.
      const expected = await withClient(source, (c) => c.query<{ name: string }>(triggerQuery));
      expect(triggers.rows.map((t) => t.name)).toEqual(expected.rows.map((t) => t.name));
      expect(triggers.rows.map((t) => t.name)).toContain("DisclosureApplication_search_grams");
      expect(triggers.rows.every((t) => t.enabled === "O")).toBe(true);
    });
  });

  it("refuses to overwrite a database that holds data unless told to, and then replaces it", async () => {
    const refused = run("restore", [file], source);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain("is not empty");
    expect(refused.output).toContain("--force");

    const before = await contents(source);
    await withClient(source, (c) => c.query(`UPDATE "Agency" SET name = '改过的名字' WHERE slug = 'baixiang'`));
    const forced = run("restore", [file, "--force"], source);
    expect(forced.code).toBe(0);
    expect(await contents(source)).toEqual(before);
  });

  it("leaves the database as it was when the backup file is damaged", async () => {
    const whole = fs.readFileSync(file);
    const truncated = path.join(dir, "truncated.backup");
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const before = await contents(source);
    const failed = run("restore", [truncated, "--force"], source);
    expect(failed.code).not.toBe(0);
    expect(await contents(source)).toEqual(before);

    const notABackup = path.join(dir, "notes.txt");
    fs.writeFileSync(notABackup, "hello");
    const rejected = run("restore", [notABackup], target);
    expect(rejected.code).toBe(2);
    expect(rejected.output).toContain("not a backup");
  });
});
