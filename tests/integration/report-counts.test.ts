// The year counts the database keeps for the annual report (ApplicationYearCount, ApplicationOutcomeCount,
// ReviewYearCount, ReviewOutcomeCount; docs/decisions/0010-report-counts-kept-by-the-database.md) against
// counts made here, in plain JS, from the records as they stand — after registrations, replies, edits that
// move a record to another year, type or agency, deletions, rolled-back and concurrent transactions, bulk
// SQL, random edit sequences, and the migration that counted the records already stored.
import { randomUUID } from "node:crypto";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { fromIsoDate, toIsoDate, yearOfDate } from "@/lib/calendar/dates";
import {
  APPLICANT_TYPES,
  APPLICATION_OUTCOMES,
  REVIEW_KINDS,
  REVIEW_OUTCOMES,
  type ApplicantType,
  type ApplicationOutcome,
  type ReviewKind,
  type ReviewOutcome,
} from "@/lib/national-format";
import { countReport } from "@/lib/annual-report/compile-sql";
import { applications } from "@/lib/applications/operations";
import { addApplicationEvent, deleteApplicationEvent } from "@/lib/applications/timeline";
import type { ApplicationInput } from "@/lib/applications/schemas";
import { reviewCases } from "@/lib/reviews/operations";
import type { ReviewCaseInput } from "@/lib/reviews/schemas";
import { createPrismaClient, type Db } from "@/lib/db";
import { DEFAULT_MIGRATIONS_DIR, deployMigrations } from "@/scripts/db/migrations";
import { quoteIdent, withDatabase } from "@/scripts/db/schema-engine";

const db = testDb();
afterAll(() => db.$disconnect());

type Agency = Awaited<ReturnType<typeof makeAgency>>;

// ---------------------------------------------------------------- the counts, made here from the records

type Counts = Record<string, number>;

/** Adds 1 under `key`. */
const bump = (counts: Counts, key: string) => void (counts[key] = (counts[key] ?? 0) + 1);

/** What the four tables should hold for `agencyIds` (rows at 0 left out), counted from the records in JS. */
async function expectedCounts(client: Db, agencyIds: number[]): Promise<Counts> {
  const counts: Counts = {};
  const applications = await client.disclosureApplication.findMany({
    where: { agencyId: { in: agencyIds } },
    select: { agencyId: true, applicantType: true, receivedOn: true, repliedOn: true, outcome: true },
  });
  for (const a of applications) {
    bump(counts, `A ${a.agencyId} ${yearOfDate(a.receivedOn)} ${yearOfDate(a.repliedOn) ?? 0} ${a.applicantType}`);
    if (a.repliedOn && a.outcome)
      bump(counts, `O ${a.agencyId} ${yearOfDate(a.repliedOn)} ${a.applicantType} ${a.outcome}`);
  }
  const reviews = await client.reviewCase.findMany({
    where: { agencyId: { in: agencyIds } },
    select: { agencyId: true, kind: true, filedOn: true, decidedOn: true, outcome: true },
  });
  for (const r of reviews) {
    bump(counts, `R ${r.agencyId} ${yearOfDate(r.filedOn)} ${yearOfDate(r.decidedOn) ?? 0} ${r.kind}`);
    if (r.decidedOn && r.outcome) bump(counts, `D ${r.agencyId} ${yearOfDate(r.decidedOn)} ${r.kind} ${r.outcome}`);
  }
  return counts;
}

/** What the four tables hold for `agencyIds`, rows at 0 left out. */
async function keptCounts(client: Db, agencyIds: number[]): Promise<Counts> {
  const rows = await client.$queryRaw<{ key: string; count: number }[]>`
    SELECT concat_ws(' ', 'A', "agencyId", "receivedYear", "repliedYear", "applicantType") AS key, "count"
      FROM "ApplicationYearCount" WHERE "agencyId" = ANY(${agencyIds}) AND "count" <> 0
    UNION ALL
    SELECT concat_ws(' ', 'O', "agencyId", "repliedYear", "applicantType", "outcome"), "count"
      FROM "ApplicationOutcomeCount" WHERE "agencyId" = ANY(${agencyIds}) AND "count" <> 0
    UNION ALL
    SELECT concat_ws(' ', 'R', "agencyId", "filedYear", "decidedYear", "kind"), "count"
      FROM "ReviewYearCount" WHERE "agencyId" = ANY(${agencyIds}) AND "count" <> 0
    UNION ALL
    SELECT concat_ws(' ', 'D', "agencyId", "decidedYear", "kind", "outcome"), "count"
      FROM "ReviewOutcomeCount" WHERE "agencyId" = ANY(${agencyIds}) AND "count" <> 0`;
  return Object.fromEntries(rows.map((row) => [row.key, row.count]));
}

async function expectExact(agencyIds: number[], client: Db = db) {
  const [kept, expected] = await Promise.all([keptCounts(client, agencyIds), expectedCounts(client, agencyIds)]);
  expect(kept).toEqual(expected);
  return expected;
}

// ---------------------------------------------------------------- records

const date = (iso: string | null) => (iso ? fromIsoDate(iso) : null);

type ApplicationRow = {
  applicantType: ApplicantType;
  receivedOn: string;
  repliedOn: string | null;
  outcome: ApplicationOutcome | null;
};

let regNo = 0;
const applicationData = (t: Agency, row: ApplicationRow) => ({
  agencyId: t.agency.id,
  departmentId: t.office.id,
  regNo: `C-${++regNo}`,
  channel: "ONLINE" as const,
  applicantName: "申请人",
  requestText: "申请公开",
  applicantType: row.applicantType,
  receivedOn: date(row.receivedOn)!,
  repliedOn: date(row.repliedOn),
  outcome: row.outcome,
});

type ReviewRow = { kind: ReviewKind; filedOn: string; decidedOn: string | null; outcome: ReviewOutcome | null };

const reviewData = (t: Agency, row: ReviewRow) => ({
  agencyId: t.agency.id,
  departmentId: t.office.id,
  kind: row.kind,
  filedOn: date(row.filedOn)!,
  decidedOn: date(row.decidedOn),
  outcome: row.outcome,
});

let a: Agency;
let b: Agency;
beforeAll(async () => {
  [a, b] = [await makeAgency(db), await makeAgency(db)];
});

// ---------------------------------------------------------------- tests

describe("the year counts", () => {
  it("follow the app's own operations: registration, reply, moving a receipt to another year, reopening, deletion", async () => {
    const t = await makeAgency(db);
    const ids = [t.agency.id];
    const officer = t.officeOfficer.actor;
    const today = "2024-04-30";
    const input: ApplicationInput = {
      departmentId: t.office.id,
      channel: "REGISTERED_MAIL",
      submittedOn: "2023-12-20",
      receivedOn: "2023-12-28",
      applicantType: "NATURAL_PERSON",
      applicantName: "张三",
      applicantContact: "",
      requestText: "申请公开本镇2023年农村低保资金发放情况",
    };
    let app = await applications.create(db, officer, input, today);
    expect(await expectExact(ids)).toEqual({ [`A ${t.agency.id} 2023 0 NATURAL_PERSON`]: 1 });

    ({ application: app } = await addApplicationEvent(
      db,
      officer,
      {
        applicationId: app.id,
        version: app.version,
        kind: "REPLIED",
        occurredOn: "2024-01-05",
        untilOn: null,
        amount: "",
        outcome: "PARTIALLY_GRANTED",
        note: "",
      },
      today,
    ));
    expect(await expectExact(ids)).toEqual({
      [`A ${t.agency.id} 2023 2024 NATURAL_PERSON`]: 1,
      [`O ${t.agency.id} 2024 NATURAL_PERSON PARTIALLY_GRANTED`]: 1,
    });

    // Received in 2024 after all, by a company.
    app = await applications.update(
      db,
      officer,
      app,
      { ...input, submittedOn: "2024-01-02", receivedOn: "2024-01-02", applicantType: "COMMERCIAL" },
      today,
    );
    expect(await expectExact(ids)).toEqual({
      [`A ${t.agency.id} 2024 2024 COMMERCIAL`]: 1,
      [`O ${t.agency.id} 2024 COMMERCIAL PARTIALLY_GRANTED`]: 1,
    });

    const reply = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: app.id, kind: "REPLIED" } });
    app = await deleteApplicationEvent(db, officer, { id: reply.id, version: app.version }, today);
    expect(await expectExact(ids)).toEqual({ [`A ${t.agency.id} 2024 0 COMMERCIAL`]: 1 });

    await applications.delete(db, officer, app, today);
    expect(await expectExact(ids)).toEqual({});
  });

  it("follow the review cases' operations: filing, deciding, refiling in another year, deletion", async () => {
    const t = await makeAgency(db);
    const ids = [t.agency.id];
    const head = t.head.actor;
    const input: ReviewCaseInput = {
      kind: "RECONSIDERATION",
      departmentId: t.office.id,
      applicationId: null,
      caseNumber: "",
      filedOn: "2023-11-01",
      outcome: null,
      decidedOn: null,
      note: "",
    };
    let review = await reviewCases.create(db, head, input);
    expect(await expectExact(ids)).toEqual({ [`R ${t.agency.id} 2023 0 RECONSIDERATION`]: 1 });
    review = await reviewCases.update(db, head, review, {
      ...input,
      outcome: "CORRECTED",
      decidedOn: "2024-02-01",
    });
    expect(await expectExact(ids)).toEqual({
      [`R ${t.agency.id} 2023 2024 RECONSIDERATION`]: 1,
      [`D ${t.agency.id} 2024 RECONSIDERATION CORRECTED`]: 1,
    });
    review = await reviewCases.update(db, head, review, {
      ...input,
      kind: "LITIGATION_DIRECT",
      filedOn: "2024-01-15",
      outcome: "UPHELD",
      decidedOn: "2024-03-01",
    });
    expect(await expectExact(ids)).toEqual({
      [`R ${t.agency.id} 2024 2024 LITIGATION_DIRECT`]: 1,
      [`D ${t.agency.id} 2024 LITIGATION_DIRECT UPHELD`]: 1,
    });
    await reviewCases.delete(db, head, review);
    expect(await expectExact(ids)).toEqual({});
  });

  it("follow bulk inserts, updates across years, types, outcomes and agencies, and deletions", async () => {
    const ids = [a.agency.id, b.agency.id];
    const rows: ApplicationRow[] = [];
    for (const [i, applicantType] of APPLICANT_TYPES.entries()) {
      rows.push({ applicantType, receivedOn: `202${i % 4}-03-0${i + 1}`, repliedOn: null, outcome: null });
      rows.push({
        applicantType,
        receivedOn: `202${i % 4}-12-2${i}`,
        repliedOn: `202${(i % 4) + 1}-01-0${i + 1}`,
        outcome: APPLICATION_OUTCOMES[i * 3],
      });
      // Not consistent, and counted all the same: a reply without an outcome, a reply before the receipt.
      rows.push({ applicantType, receivedOn: "2022-06-01", repliedOn: "2022-06-20", outcome: null });
      rows.push({ applicantType, receivedOn: "2023-02-01", repliedOn: "2022-12-30", outcome: "OTHER" });
    }
    await db.disclosureApplication.createMany({ data: rows.map((row) => applicationData(a, row)) });
    await db.reviewCase.createMany({
      data: REVIEW_KINDS.flatMap((kind, k) => [
        reviewData(a, { kind, filedOn: `202${k}-05-05`, decidedOn: null, outcome: null }),
        reviewData(a, { kind, filedOn: `202${k}-05-05`, decidedOn: `202${k + 1}-02-02`, outcome: REVIEW_OUTCOMES[k] }),
        reviewData(a, { kind, filedOn: `202${k}-05-05`, decidedOn: `202${k + 1}-02-02`, outcome: null }),
      ]),
    });
    await expectExact(ids);

    const steps: [string, () => Promise<unknown>][] = [
      [
        "reply to the open ones",
        () =>
          db.disclosureApplication.updateMany({
            where: { agencyId: a.agency.id, repliedOn: null },
            data: { repliedOn: date("2024-02-29"), outcome: "GRANTED" },
          }),
      ],
      [
        "move every receipt a year back",
        () =>
          db.$executeRaw`UPDATE "DisclosureApplication" SET "receivedOn" = "receivedOn" - interval '1 year'
                          WHERE "agencyId" = ${a.agency.id}`,
      ],
      [
        "change the outcome of some",
        () =>
          db.$executeRaw`UPDATE "DisclosureApplication" SET "outcome" = 'DENIED_STATE_SECRET'
                          WHERE "agencyId" = ${a.agency.id} AND "id" % 3 = 0 AND "outcome" IS NOT NULL`,
      ],
      [
        "change the applicant type of others",
        () =>
          db.$executeRaw`UPDATE "DisclosureApplication" SET "applicantType" = 'RESEARCH'
                          WHERE "agencyId" = ${a.agency.id} AND "id" % 3 = 1`,
      ],
      [
        "reopen some",
        () =>
          db.$executeRaw`UPDATE "DisclosureApplication" SET "repliedOn" = NULL, "outcome" = NULL
                          WHERE "agencyId" = ${a.agency.id} AND "id" % 4 = 0`,
      ],
      [
        "edit only uncounted columns",
        () =>
          db.disclosureApplication.updateMany({
            where: { agencyId: a.agency.id },
            data: { requestText: "申请公开（已修改）", dueOn: date("2025-01-01") },
          }),
      ],
      [
        "hand some over to another agency",
        () =>
          db.$executeRaw`UPDATE "DisclosureApplication" SET "agencyId" = ${b.agency.id}, "departmentId" = ${b.office.id}
                          WHERE "agencyId" = ${a.agency.id} AND "id" % 5 = 0`,
      ],
      [
        "decide, undecide and refile review cases",
        () =>
          db.$transaction([
            db.reviewCase.updateMany({
              where: { agencyId: a.agency.id, decidedOn: null },
              data: { decidedOn: date("2025-01-01"), outcome: "OTHER" },
            }),
            db.$executeRaw`UPDATE "ReviewCase" SET "decidedOn" = NULL, "outcome" = NULL
                            WHERE "agencyId" = ${a.agency.id} AND "id" % 2 = 0`,
            db.$executeRaw`UPDATE "ReviewCase" SET "filedOn" = DATE '2019-01-01', "kind" = 'LITIGATION_AFTER_RECONSIDERATION'
                            WHERE "agencyId" = ${a.agency.id} AND "id" % 3 = 0`,
          ]),
      ],
      [
        "delete one application and one case",
        async () => {
          const one = await db.disclosureApplication.findFirstOrThrow({ where: { agencyId: a.agency.id } });
          await db.disclosureApplication.delete({ where: { id: one.id } });
          const review = await db.reviewCase.findFirstOrThrow({ where: { agencyId: a.agency.id } });
          await db.reviewCase.delete({ where: { id: review.id } });
        },
      ],
      [
        "delete the rest",
        () =>
          db.$transaction([
            db.disclosureApplication.deleteMany({ where: { agencyId: { in: ids } } }),
            db.reviewCase.deleteMany({ where: { agencyId: { in: ids } } }),
          ]),
      ],
    ];
    for (const [name, step] of steps) {
      await step();
      const [kept, expected] = await Promise.all([keptCounts(db, ids), expectedCounts(db, ids)]);
      expect(kept, name).toEqual(expected);
    }
    expect(await keptCounts(db, ids)).toEqual({});
  });

  it("are left as they were by a transaction rolled back", async () => {
    const t = await makeAgency(db);
    await db.disclosureApplication.create({
      data: applicationData(t, {
        applicantType: "OTHER_ORG",
        receivedOn: "2024-01-01",
        repliedOn: null,
        outcome: null,
      }),
    });
    const before = await expectExact([t.agency.id]);
    await expect(
      db.$transaction(async (tx) => {
        await tx.disclosureApplication.create({
          data: applicationData(t, {
            applicantType: "OTHER_ORG",
            receivedOn: "2024-02-01",
            repliedOn: "2024-03-01",
            outcome: "OTHER",
          }),
        });
        await tx.disclosureApplication.updateMany({ where: { agencyId: t.agency.id }, data: { repliedOn: null } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await expectExact([t.agency.id])).toEqual(before);
  });

  it("stay exact under concurrent transactions writing the same counts", async () => {
    const t = await makeAgency(db);
    const writers = Array.from({ length: 24 }, (_, i) =>
      db.$transaction(async (tx) => {
        const created = await tx.disclosureApplication.create({
          data: applicationData(t, {
            applicantType: i % 2 ? "NATURAL_PERSON" : "COMMERCIAL",
            receivedOn: "2024-05-05",
            repliedOn: null,
            outcome: null,
          }),
        });
        await tx.disclosureApplication.update({
          where: { id: created.id },
          data: { repliedOn: date(i % 3 ? "2024-06-06" : "2025-01-06"), outcome: "GRANTED" },
        });
      }),
    );
    await Promise.all(writers);
    expect(await expectExact([t.agency.id])).toEqual({
      [`A ${t.agency.id} 2024 2024 NATURAL_PERSON`]: 8,
      [`A ${t.agency.id} 2024 2025 NATURAL_PERSON`]: 4,
      [`A ${t.agency.id} 2024 2024 COMMERCIAL`]: 8,
      [`A ${t.agency.id} 2024 2025 COMMERCIAL`]: 4,
      [`O ${t.agency.id} 2024 NATURAL_PERSON GRANTED`]: 8,
      [`O ${t.agency.id} 2025 NATURAL_PERSON GRANTED`]: 4,
      [`O ${t.agency.id} 2024 COMMERCIAL GRANTED`]: 8,
      [`O ${t.agency.id} 2025 COMMERCIAL GRANTED`]: 4,
    });
  });

  it("are cleared by TRUNCATE (in a transaction rolled back, so the other tests' records stay)", async () => {
    const t = await makeAgency(db);
    await db.disclosureApplication.create({
      data: applicationData(t, { applicantType: "RESEARCH", receivedOn: "2024-01-01", repliedOn: null, outcome: null }),
    });
    await db.reviewCase.create({
      data: reviewData(t, { kind: "RECONSIDERATION", filedOn: "2024-01-01", decidedOn: null, outcome: null }),
    });
    const rows = async (tx: Pick<Db, "$queryRaw">) =>
      (
        await tx.$queryRaw<{ n: number }[]>`
          SELECT ((SELECT count(*) FROM "ApplicationYearCount") + (SELECT count(*) FROM "ApplicationOutcomeCount")
                + (SELECT count(*) FROM "ReviewYearCount") + (SELECT count(*) FROM "ReviewOutcomeCount"))::int AS n`
      )[0].n;
    await expect(
      db.$transaction(async (tx) => {
        expect(await rows(tx)).toBeGreaterThan(0);
        await tx.$executeRaw`TRUNCATE "DisclosureApplication", "ReviewCase" CASCADE`;
        expect(await rows(tx)).toBe(0);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await expectExact([t.agency.id]);
  });

  it("are recounted from the records by report_year_counts_rebuild() (the repair after writes without triggers)", async () => {
    const t = await makeAgency(db);
    await db.disclosureApplication.create({
      data: applicationData(t, {
        applicantType: "RESEARCH",
        receivedOn: "2021-01-01",
        repliedOn: "2021-02-02",
        outcome: "OTHER",
      }),
    });
    await db.$executeRaw`UPDATE "ApplicationYearCount" SET "count" = "count" + 7 WHERE "agencyId" = ${t.agency.id}`;
    await db.$executeRaw`DELETE FROM "ApplicationOutcomeCount" WHERE "agencyId" = ${t.agency.id}`;
    expect(await keptCounts(db, [t.agency.id])).not.toEqual(await expectedCounts(db, [t.agency.id]));
    await db.$executeRaw`SELECT "report_year_counts_rebuild"()`;
    await expectExact([t.agency.id]);
  });
});

// ---------------------------------------------------------------- random edit sequences

/** Table 三 and 四 counts of `year` per the rules of docs/counting-rules.md, over records as ISO dates. */
function countedByRules(applications: ApplicationRow[], reviews: ReviewRow[], year: number) {
  const inYear = (d: string | null) => d !== null && d.startsWith(`${year}-`);
  const [start, end] = [`${year}-01-01`, `${year}-12-31`];
  const applicationRows = APPLICANT_TYPES.map((applicantType) => {
    const mine = applications.filter((x) => x.applicantType === applicantType);
    return {
      applicantType,
      received: mine.filter((x) => inYear(x.receivedOn)).length,
      carriedOver: mine.filter((x) => x.receivedOn < start && (x.repliedOn === null || x.repliedOn >= start)).length,
      carriedForward: mine.filter((x) => x.receivedOn <= end && (x.repliedOn === null || x.repliedOn > end)).length,
    };
  });
  const outcomes = APPLICANT_TYPES.flatMap((applicantType) =>
    APPLICATION_OUTCOMES.map((outcome) => ({
      applicantType,
      outcome,
      replied: applications.filter(
        (x) => x.applicantType === applicantType && x.outcome === outcome && inYear(x.repliedOn),
      ).length,
    })),
  );
  const pending = REVIEW_KINDS.map((kind) => ({
    kind,
    pending: reviews.filter((r) => r.kind === kind && r.filedOn <= end && (r.decidedOn === null || r.decidedOn > end))
      .length,
  }));
  const decided = REVIEW_KINDS.flatMap((kind) =>
    REVIEW_OUTCOMES.map((outcome) => ({
      kind,
      outcome,
      decided: reviews.filter((r) => r.kind === kind && r.outcome === outcome && inYear(r.decidedOn)).length,
    })),
  );
  return { applications: applicationRows, outcomes, pending, decided };
}

/** countReport's 三 and 四 in the shape of countedByRules (absent groups as 0). */
async function compiledCounts(agencyId: number, year: number) {
  const counts = await countReport(db, agencyId, year);
  const zero = { received: 0, carriedOver: 0, carriedForward: 0 };
  return {
    applications: APPLICANT_TYPES.map((applicantType) => ({
      applicantType,
      ...zero,
      ...counts.applications.find((row) => row.applicantType === applicantType),
    })),
    outcomes: APPLICANT_TYPES.flatMap((applicantType) =>
      APPLICATION_OUTCOMES.map((outcome) => ({
        applicantType,
        outcome,
        replied:
          counts.outcomes.find((row) => row.applicantType === applicantType && row.outcome === outcome)?.replied ?? 0,
      })),
    ),
    pending: REVIEW_KINDS.map((kind) => ({
      kind,
      pending: counts.reviewsPending.find((row) => row.kind === kind)?.pending ?? 0,
    })),
    decided: REVIEW_KINDS.flatMap((kind) =>
      REVIEW_OUTCOMES.map((outcome) => ({
        kind,
        outcome,
        decided: counts.reviewsDecided.find((row) => row.kind === kind && row.outcome === outcome)?.decided ?? 0,
      })),
    ),
  };
}

const YEARS = [2021, 2022, 2023, 2024, 2025];
const day = fc
  .record({ year: fc.constantFrom(...YEARS), month: fc.integer({ min: 1, max: 12 }), day: fc.constantFrom(1, 15, 28) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
const applicationFields = {
  applicantType: fc.constantFrom(...APPLICANT_TYPES),
  receivedOn: day,
  repliedOn: fc.option(day, { nil: null }),
  outcome: fc.option(fc.constantFrom(...APPLICATION_OUTCOMES.slice(0, 4)), { nil: null }),
};
const reviewFields = {
  kind: fc.constantFrom(...REVIEW_KINDS),
  filedOn: day,
  decidedOn: fc.option(day, { nil: null }),
  outcome: fc.option(fc.constantFrom(...REVIEW_OUTCOMES), { nil: null }),
};
type Edit =
  | { op: "insert"; row: ApplicationRow }
  | { op: "update"; at: number; row: Partial<ApplicationRow> }
  | { op: "delete"; at: number }
  | { op: "insertReview"; row: ReviewRow }
  | { op: "updateReview"; at: number; row: Partial<ReviewRow> }
  | { op: "deleteReview"; at: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant("insert" as const), row: fc.record(applicationFields) }),
  fc.record({
    op: fc.constant("update" as const),
    at: fc.nat(),
    row: fc.record(applicationFields, { requiredKeys: [] }),
  }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("insertReview" as const), row: fc.record(reviewFields) }),
  fc.record({
    op: fc.constant("updateReview" as const),
    at: fc.nat(),
    row: fc.record(reviewFields, { requiredKeys: [] }),
  }),
  fc.record({ op: fc.constant("deleteReview" as const), at: fc.nat() }),
);

describe("random edit sequences", () => {
  it("leave counts that compile to what the counting rules give for the records as they end up", async () => {
    const t = await makeAgency(db);
    const agencyId = t.agency.id;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 25 }), async (edits) => {
        await db.disclosureApplication.deleteMany({ where: { agencyId } });
        await db.reviewCase.deleteMany({ where: { agencyId } });
        for (const e of edits) {
          const ids = async (table: "application" | "review") =>
            table === "application"
              ? (await db.disclosureApplication.findMany({ where: { agencyId }, select: { id: true } })).map(
                  (r) => r.id,
                )
              : (await db.reviewCase.findMany({ where: { agencyId }, select: { id: true } })).map((r) => r.id);
          if (e.op === "insert") await db.disclosureApplication.create({ data: applicationData(t, e.row) });
          if (e.op === "insertReview") await db.reviewCase.create({ data: reviewData(t, e.row) });
          if (e.op === "update" || e.op === "delete") {
            const all = await ids("application");
            if (!all.length) continue;
            const id = all[e.at % all.length];
            if (e.op === "delete") await db.disclosureApplication.delete({ where: { id } });
            else await db.disclosureApplication.update({ where: { id }, data: applicationColumns(e.row) });
          }
          if (e.op === "updateReview" || e.op === "deleteReview") {
            const all = await ids("review");
            if (!all.length) continue;
            const id = all[e.at % all.length];
            if (e.op === "deleteReview") await db.reviewCase.delete({ where: { id } });
            else await db.reviewCase.update({ where: { id }, data: reviewColumns(e.row) });
          }
        }
        await expectExact([agencyId]);
        const applications = (
          await db.disclosureApplication.findMany({
            where: { agencyId },
            select: { applicantType: true, receivedOn: true, repliedOn: true, outcome: true },
          })
        ).map((x) => ({ ...x, receivedOn: toIsoDate(x.receivedOn), repliedOn: x.repliedOn && toIsoDate(x.repliedOn) }));
        const reviews = (
          await db.reviewCase.findMany({
            where: { agencyId },
            select: { kind: true, filedOn: true, decidedOn: true, outcome: true },
          })
        ).map((r) => ({ ...r, filedOn: toIsoDate(r.filedOn), decidedOn: r.decidedOn && toIsoDate(r.decidedOn) }));
        for (const year of [2020, ...YEARS, 2026]) {
          expect(await compiledCounts(agencyId, year), String(year)).toEqual(
            countedByRules(applications, reviews, year),
          );
        }
      }),
      { numRuns: 25 },
    );
  });
});

/** The columns of an edit: the fields it sets, dates as dates. */
function applicationColumns(row: Partial<ApplicationRow>) {
  return {
    ...row,
    ...(row.receivedOn !== undefined && { receivedOn: date(row.receivedOn)! }),
    ...(row.repliedOn !== undefined && { repliedOn: date(row.repliedOn) }),
  };
}

function reviewColumns(row: Partial<ReviewRow>) {
  return {
    ...row,
    ...(row.filedOn !== undefined && { filedOn: date(row.filedOn)! }),
    ...(row.decidedOn !== undefined && { decidedOn: date(row.decidedOn) }),
  };
}

// ---------------------------------------------------------------- the migration

describe("the migration that adds the counts", () => {
  it("counts the records stored before it", async () => {
    const serverUrl = process.env.DATABASE_URL!;
    const name = `report_counts_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
    const dir = await mkdtemp(path.join(os.tmpdir(), "report-counts-migrations-"));
    const url = withDatabase(serverUrl, name);
    const scratch = createPrismaClient(url);
    try {
      // The migrations before the one that adds the counts, then records, then the rest.
      const all = (await readdir(DEFAULT_MIGRATIONS_DIR)).filter((f) => /^\d{14}_/.test(f)).sort();
      const counts = all.findIndex((f) => f.endsWith("_report_year_counts"));
      expect(counts).toBeGreaterThan(0);
      await cp(path.join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
      for (const folder of all.slice(0, counts))
        await cp(path.join(DEFAULT_MIGRATIONS_DIR, folder), path.join(dir, folder), { recursive: true });
      await deployMigrations({ connectionString: url, migrationsDir: dir });

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ id: number }>(
          `INSERT INTO "Agency" ("slug", "name", "level", "updatedAt")
           VALUES ('m1', '甲镇人民政府', 'TOWNSHIP_GOVERNMENT', now()), ('m2', '乙镇人民政府', 'TOWNSHIP_GOVERNMENT', now())
           RETURNING "id"`,
        );
        for (const { id } of rows) {
          await client.query(
            `INSERT INTO "Department" ("agencyId", "name", "updatedAt") VALUES ($1, '党政办公室', now())`,
            [id],
          );
          await client.query(
            `INSERT INTO "DisclosureApplication" ("agencyId", "departmentId", "regNo", "channel", "receivedOn",
                    "applicantType", "applicantName", "requestText", "outcome", "repliedOn", "updatedAt")
             SELECT $1, (SELECT "id" FROM "Department" WHERE "agencyId" = $1), 'M-' || g, 'ONLINE',
                    DATE '2020-01-01' + g * 7, (enum_range(NULL::"ApplicantType"))[1 + g % 6], '某', '申请',
                    CASE WHEN g % 5 = 0 THEN NULL ELSE (enum_range(NULL::"ApplicationOutcome"))[1 + g % 21] END,
                    CASE WHEN g % 7 = 0 THEN NULL ELSE DATE '2020-01-01' + g * 7 + g % 60 END, now()
               FROM generate_series(1, 400) g`,
            [id],
          );
          await client.query(
            `INSERT INTO "ReviewCase" ("agencyId", "departmentId", "kind", "filedOn", "outcome", "decidedOn", "updatedAt")
             SELECT $1, (SELECT "id" FROM "Department" WHERE "agencyId" = $1), (enum_range(NULL::"ReviewKind"))[1 + g % 3],
                    DATE '2020-01-01' + g * 30, (enum_range(NULL::"ReviewOutcome"))[1 + g % 3],
                    CASE WHEN g % 4 = 0 THEN NULL ELSE DATE '2020-01-01' + g * 30 + 200 END, now()
               FROM generate_series(1, 60) g`,
            [id],
          );
        }
        await deployMigrations({ connectionString: url });
        const ids = rows.map((r) => r.id);
        const expected = await expectExact(ids, scratch);
        expect(Object.keys(expected).length).toBeGreaterThan(50);
      } finally {
        await client.end();
      }
    } finally {
      await scratch.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      await admin.end();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
