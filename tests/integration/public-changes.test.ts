import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { watchPublicChanges, type PublicChanges } from "@/lib/public-cache/changes";
import { ensureReport, updateNarrative } from "@/lib/annual-report/service";
import { transitionReport } from "@/lib/annual-report/workflow";

/**
 * The web server's page cache is dropped when the database announces a change to public content
 * (migration 20261128182500_public_content_notify). These tests listen as the server does.
 */
const db = testDb();
const heard: string[] = [];
let changes: PublicChanges;

async function waitFor(condition: () => boolean, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out; heard: ${JSON.stringify(heard)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const quietFor = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  changes = watchPublicChanges(process.env.DATABASE_URL!, { onChange: (source) => heard.push(source), retryMs: 50 });
  await waitFor(() => changes.live());
  expect(heard).toEqual(["connected"]);
});
afterAll(async () => {
  await changes.close();
  await db.$disconnect();
});

describe("public content changes", () => {
  it("announces publishing and corrections, after they commit", async () => {
    const t = await makeAgency(db);
    await waitFor(() => heard.includes("Agency"));
    heard.length = 0;
    await ensureReport(db, t.officeOfficer.actor, 2024);
    const version = async () =>
      (await db.annualReport.findFirstOrThrow({ where: { agencyId: t.agency.id, year: 2024 } })).version;
    await updateNarrative(db, t.officeOfficer.actor, 2024, await version(), {
      overview: "本年度工作情况。工作纳入年度考核，未发生社会评议不满意和责任追究情况。",
      problems: "存在的问题。",
      otherMatters: "无",
    });
    await transitionReport(db, t.officeOfficer.actor, 2024, "submit", { version: await version() });
    await transitionReport(db, t.head.actor, 2024, "approve", { version: await version() });
    await quietFor(200);
    expect(heard).toEqual([]); // drafting, submitting and approving show the public nothing new

    await transitionReport(db, t.head.actor, 2024, "publish", { version: await version() });
    await waitFor(() => heard.includes("ReportRevision"));
    heard.length = 0;
    await transitionReport(db, t.head.actor, 2024, "reopen", { version: await version(), comment: "更正" });
    await transitionReport(db, t.head.actor, 2024, "submit", { version: await version() });
    await transitionReport(db, t.head.actor, 2024, "approve", { version: await version() });
    await transitionReport(db, t.head.actor, 2024, "publish", { version: await version(), changeNote: "更正说明" });
    await waitFor(() => heard.includes("ReportRevision"));
  });

  it("announces an agency renamed or moved, not its report settings, and only once committed", async () => {
    const t = await makeAgency(db);
    await waitFor(() => heard.includes("Agency"));
    heard.length = 0;
    await db.agency.update({
      where: { id: t.agency.id },
      data: { feeDecimals: 2, internalDeadlineMonth: 1, internalDeadlineDay: 20 },
    });
    await quietFor(200);
    expect(heard).toEqual([]);

    await db.$transaction(async (tx) => {
      await tx.agency.update({ where: { id: t.agency.id }, data: { name: `${t.agency.name}（更名）` } });
      await quietFor(200);
      expect(heard).toEqual([]); // not visible to readers yet, so not announced yet
    });
    await waitFor(() => heard.includes("Agency"));
  });

  it("counts a lost connection as a change, serves uncached meanwhile, and listens again", async () => {
    heard.length = 0;
    await db.$executeRawUnsafe(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'public-cache' AND datname = current_database()`,
    );
    await waitFor(() => heard.includes("disconnected"));
    expect(changes.live()).toBe(false);
    await waitFor(() => changes.live() && heard.includes("connected"));
    heard.length = 0;
    const t = await makeAgency(db);
    await waitFor(() => heard.includes("Agency"));
    expect(t.agency.slug).toMatch(/^t-/);
  });
});
