// compileReportTables and compileSubmissionStats against real PostgreSQL. The expected value of
// every cell is computed here, in plain JS over the fixture lists, with cell codes written out
// (docs/report-format.md) rather than taken from the mapping helpers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import {
  APPLICANT_TYPES,
  APPLICATION_OUTCOMES,
  getFormat,
  validateReport,
  type ApplicantType,
  type ApplicationOutcome,
  type DecisionKind,
  type NormativeDocumentKind,
  type ReviewKind,
  type ReviewOutcome,
  type Vintage,
} from "@/lib/national-format";
import { compileReportTables, compileSubmissionStats } from "@/lib/annual-report/compile";

const Y = 2023;
const YEARS = [Y - 1, Y, Y + 1];
const VINTAGES: Vintage[] = ["V2019", "V2021"];

// ---------------------------------------------------------------- fixtures (dates as YYYY-MM-DD)

type Application = {
  applicantType: ApplicantType;
  receivedOn: string;
  repliedOn: string | null;
  outcome: ApplicationOutcome | null;
};
type Review = { kind: ReviewKind; filedOn: string; decidedOn: string | null; outcome: ReviewOutcome | null };
type Document = { kind: NormativeDocumentKind; issuedOn: string; repealedOn: string | null };
type Tally = { kind: DecisionKind; year: number; month: number | null; count: number };
type Fee = { year: number; month: number | null; amount: string };
type Records = { applications: Application[]; reviews: Review[]; documents: Document[]; tallies: Tally[]; fees: Fee[] };

/** [receivedOn, repliedOn] of applications closed in Y, boundaries included. */
const CLOSED_IN_Y: [string, string][] = [
  ["2022-12-20", "2023-01-10"], // received Y-1, closed in Y
  ["2022-12-31", "2023-01-01"], // replied on 1 Jan
  ["2023-01-01", "2023-01-01"], // received and replied on 1 Jan
  ["2023-05-06", "2023-05-29"],
  ["2023-12-01", "2023-12-31"], // replied on 31 Dec
  ["2023-12-31", "2023-12-31"],
  ["2021-11-03", "2023-07-07"], // open through Y-1, closed in Y
];

/** [receivedOn, repliedOn] of applications closed in other years or open across year ends. */
const CLOSED_ELSEWHERE: [string, string][] = [
  ["2022-03-10", "2022-04-02"], // within Y-1
  ["2022-01-01", "2022-12-31"],
  ["2021-12-31", "2022-01-01"],
  ["2023-12-31", "2024-01-01"], // received on 31 Dec Y, closed the next day
  ["2023-06-01", "2024-03-15"], // received in Y, open at its end
  ["2022-06-01", "2024-03-15"], // carried over into Y and forward out of it
  ["2021-11-03", "2025-02-01"], // open through Y-1, Y and Y+1
  ["2024-07-07", "2024-12-31"], // within Y+1
  ["2020-02-02", "2020-03-03"], // before every year compiled
];

/** receivedOn of applications never replied to. */
const NEVER_REPLIED = ["2021-08-08", "2022-12-31", "2023-01-01", "2023-12-31", "2024-12-31", "2026-01-05"];

function applications(): Application[] {
  const rows: Application[] = [];
  // Every outcome for every applicant type, closed in Y.
  APPLICATION_OUTCOMES.forEach((outcome, o) =>
    APPLICANT_TYPES.forEach((applicantType, a) => {
      const [receivedOn, repliedOn] = CLOSED_IN_Y[(o * 6 + a) % CLOSED_IN_Y.length];
      rows.push({ applicantType, receivedOn, repliedOn, outcome });
    }),
  );
  // Other years and carried cases, cycling outcomes (2 per scenario) and applicant types.
  CLOSED_ELSEWHERE.forEach(([receivedOn, repliedOn], s) =>
    [0, 1, 2, 3, 4].forEach((k) => {
      const i = s * 5 + k;
      rows.push({
        applicantType: APPLICANT_TYPES[i % 6],
        receivedOn,
        repliedOn,
        outcome: APPLICATION_OUTCOMES[(i * 4) % 21],
      });
    }),
  );
  NEVER_REPLIED.forEach((receivedOn) =>
    APPLICANT_TYPES.forEach((applicantType) =>
      rows.push({ applicantType, receivedOn, repliedOn: null, outcome: null }),
    ),
  );
  return rows;
}

const REVIEW_KINDS: ReviewKind[] = ["RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION"];
const REVIEW_OUTCOMES: ReviewOutcome[] = ["UPHELD", "CORRECTED", "OTHER"];

/** [filedOn, decidedOn]: decided cases count in the year of decidedOn. */
const DECIDED: [string, string][] = [
  ["2022-05-01", "2022-09-01"],
  ["2022-11-11", "2023-01-01"], // filed Y-1, decided on 1 Jan Y
  ["2023-02-02", "2023-12-31"], // decided on 31 Dec
  ["2023-03-03", "2023-08-08"],
  ["2023-10-10", "2024-01-01"], // pending at the end of Y
  ["2021-06-06", "2024-06-06"], // pending at the end of Y-1 and Y
  ["2024-12-31", "2025-01-01"], // pending at the end of Y+1
];
const UNDECIDED = ["2020-01-01", "2022-12-31", "2023-12-31", "2024-01-01"];

function reviews(): Review[] {
  const rows: Review[] = [];
  REVIEW_KINDS.forEach((kind, k) =>
    REVIEW_OUTCOMES.forEach((outcome, o) =>
      DECIDED.forEach(([filedOn, decidedOn], d) => {
        // Vary the counts per cell: skip some combinations.
        if ((k + o + d) % 4 !== 3) rows.push({ kind, filedOn, decidedOn, outcome });
      }),
    ),
  );
  for (const kind of REVIEW_KINDS)
    for (const filedOn of UNDECIDED) rows.push({ kind, filedOn, decidedOn: null, outcome: null });
  rows.push({ kind: "RECONSIDERATION", filedOn: "2023-04-04", decidedOn: null, outcome: null });
  return rows;
}

const DOCUMENTS: Document[] = [
  { kind: "RULE", issuedOn: "2019-01-01", repealedOn: null },
  { kind: "RULE", issuedOn: "2022-03-01", repealedOn: "2023-05-01" },
  { kind: "RULE", issuedOn: "2023-01-01", repealedOn: null },
  { kind: "RULE", issuedOn: "2023-12-31", repealedOn: "2024-01-01" },
  { kind: "RULE", issuedOn: "2022-12-31", repealedOn: "2023-12-31" },
  { kind: "RULE", issuedOn: "2024-02-02", repealedOn: null },
  { kind: "RULE", issuedOn: "2023-04-04", repealedOn: "2023-09-09" },
  { kind: "NORMATIVE", issuedOn: "2018-06-06", repealedOn: "2022-01-01" },
  { kind: "NORMATIVE", issuedOn: "2020-06-06", repealedOn: null },
  { kind: "NORMATIVE", issuedOn: "2021-06-06", repealedOn: null },
  { kind: "NORMATIVE", issuedOn: "2022-06-06", repealedOn: "2024-12-31" },
  { kind: "NORMATIVE", issuedOn: "2023-06-06", repealedOn: null },
  { kind: "NORMATIVE", issuedOn: "2023-07-07", repealedOn: null },
  { kind: "NORMATIVE", issuedOn: "2024-01-01", repealedOn: "2024-06-30" },
];

const TALLIES: Tally[] = [
  { kind: "LICENSING", year: 2023, month: 1, count: 12 },
  { kind: "LICENSING", year: 2023, month: 12, count: 30 },
  { kind: "LICENSING", year: 2022, month: null, count: 400 },
  { kind: "PENALTY", year: 2023, month: null, count: 7 },
  { kind: "PENALTY", year: 2024, month: 2, count: 3 },
  { kind: "COERCION", year: 2022, month: 5, count: 1 },
  { kind: "COERCION", year: 2023, month: 6, count: 2 },
  { kind: "COERCION", year: 2023, month: 7, count: 0 },
];

const FEES: Fee[] = [
  { year: 2023, month: 1, amount: "1234.56" },
  { year: 2023, month: 12, amount: "0.01" }, // 1234.57 yuan = 0.123457 万元
  { year: 2022, month: null, amount: "99999999.99" },
  { year: 2022, month: 3, amount: "0.01" }, // 100000000.00 yuan = 10000 万元
];

const MAIN: Records = {
  applications: applications(),
  reviews: reviews(),
  documents: DOCUMENTS,
  tallies: TALLIES,
  fees: FEES,
};

/** Another agency's records in the same years: none of it may show in MAIN's report. */
const NOISE: Records = {
  applications: MAIN.applications
    .filter((_, i) => i % 3 === 0)
    .map((a) => ({ ...a, applicantType: "COMMERCIAL" as const })),
  reviews: MAIN.reviews.filter((_, i) => i % 2 === 0),
  documents: DOCUMENTS.slice(0, 5),
  tallies: [{ kind: "LICENSING", year: 2023, month: null, count: 1000 }],
  fees: [{ year: 2023, month: null, amount: "5" }],
};

// ---------------------------------------------------------------- expected cells, independently

const COLUMNS: Record<ApplicantType, string> = {
  NATURAL_PERSON: "natural",
  COMMERCIAL: "commercial",
  RESEARCH: "research",
  PUBLIC_INTEREST: "publicInterest",
  LEGAL_SERVICE: "legalService",
  OTHER_ORG: "otherOrg",
};

const OUTCOME_ROWS: Record<ApplicationOutcome, string> = {
  GRANTED: "outcome.granted",
  PARTIALLY_GRANTED: "outcome.partial",
  DENIED_STATE_SECRET: "outcome.denied.stateSecret",
  DENIED_LAW_PROHIBITED: "outcome.denied.lawProhibited",
  DENIED_THREE_SECURITIES: "outcome.denied.threeSecurities",
  DENIED_THIRD_PARTY: "outcome.denied.thirdParty",
  DENIED_INTERNAL_AFFAIRS: "outcome.denied.internalAffairs",
  DENIED_PROCESS_INFO: "outcome.denied.processInfo",
  DENIED_ENFORCEMENT_FILE: "outcome.denied.enforcementFile",
  DENIED_QUERY_MATTER: "outcome.denied.queryMatter",
  UNABLE_NOT_HELD: "outcome.unable.notHeld",
  UNABLE_NEEDS_CREATION: "outcome.unable.needsCreation",
  UNABLE_STILL_UNCLEAR: "outcome.unable.stillUnclear",
  NOT_PROCESSED_PETITION: "outcome.notProcessed.petition",
  NOT_PROCESSED_REPEAT: "outcome.notProcessed.repeat",
  NOT_PROCESSED_PUBLICATION: "outcome.notProcessed.publication",
  NOT_PROCESSED_EXCESSIVE: "outcome.notProcessed.excessive",
  NOT_PROCESSED_CONFIRMATION: "outcome.notProcessed.confirmation",
  OTHER_NO_CORRECTION: "outcome.other.noCorrection",
  OTHER_FEE_UNPAID: "outcome.other.feeUnpaid",
  OTHER: "outcome.other.other",
};

function outcomeRow(vintage: Vintage, outcome: ApplicationOutcome): string {
  return vintage === "V2019" && OUTCOME_ROWS[outcome].startsWith("outcome.other.")
    ? "outcome.other"
    : OUTCOME_ROWS[outcome];
}

const REVIEW_GROUPS: Record<ReviewKind, string> = {
  RECONSIDERATION: "reconsideration",
  LITIGATION_DIRECT: "litigationDirect",
  LITIGATION_AFTER_RECONSIDERATION: "litigationAfterReconsideration",
};
const REVIEW_COLUMNS: Record<ReviewOutcome, string> = { UPHELD: "upheld", CORRECTED: "corrected", OTHER: "other" };
const DOCUMENT_ROWS: Record<NormativeDocumentKind, string> = { RULE: "rule", NORMATIVE: "normative" };
const DECISION_ROWS: Record<DecisionKind, string> = {
  LICENSING: "licensing",
  PENALTY: "penalty",
  COERCION: "coercion",
};

/** Cells of the 2019 format that records cannot give: left missing for manual entry. */
const MANUAL_2019 = [
  "s2.rule.published",
  "s2.rule.publishedTotal",
  "s2.normative.published",
  "s2.normative.publishedTotal",
  ...["licensing", "otherServices", "penalty", "coercion"].flatMap((row) => [
    `s2.${row}.previousItems`,
    `s2.${row}.itemsChange`,
  ]),
  "s2.otherServices.decisions",
  "s2.fees.previousItems",
  "s2.fees.itemsChange",
  "s2.procurement.items",
  "s2.procurement.amount",
];

/** Sum of yuan amounts with fen, in 万元 as a minimal decimal string (BigInt fen, no floats). */
function feesInWan(amounts: string[]): string {
  const fen = amounts.reduce((sum, yuan) => {
    const [whole, fraction = ""] = yuan.split(".");
    return sum + BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  }, 0n);
  const fraction = (fen % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "");
  return fraction ? `${fen / 1_000_000n}.${fraction}` : `${fen / 1_000_000n}`;
}

function expectedCells(records: Records, year: number, vintage: Vintage): Record<string, number | string> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const inYear = (date: string | null) => date !== null && date >= start && date <= end;
  const cells: Record<string, number | string> = {};
  const add = (code: string, n = 1) => (cells[code] = (cells[code] as number) + n);

  // 三
  const outcomeRows = [...new Set(APPLICATION_OUTCOMES.map((o) => outcomeRow(vintage, o)))];
  const rows = ["new", "carriedOver", ...outcomeRows, "carryForward"];
  for (const row of rows) for (const column of Object.values(COLUMNS)) cells[`s3.${row}.${column}`] = 0;
  for (const a of records.applications) {
    const column = COLUMNS[a.applicantType];
    if (inYear(a.receivedOn)) add(`s3.new.${column}`);
    if (a.receivedOn < start && (a.repliedOn === null || a.repliedOn >= start)) add(`s3.carriedOver.${column}`);
    if (inYear(a.repliedOn)) add(`s3.${outcomeRow(vintage, a.outcome!)}.${column}`);
    if (a.receivedOn <= end && (a.repliedOn === null || a.repliedOn > end)) add(`s3.carryForward.${column}`);
  }
  for (const column of Object.values(COLUMNS)) {
    cells[`s3.outcome.total.${column}`] = outcomeRows.reduce(
      (sum, row) => sum + (cells[`s3.${row}.${column}`] as number),
      0,
    );
  }
  for (const row of [...rows, "outcome.total"]) {
    cells[`s3.${row}.total`] = Object.values(COLUMNS).reduce(
      (sum, column) => sum + (cells[`s3.${row}.${column}`] as number),
      0,
    );
  }

  // 四
  for (const group of Object.values(REVIEW_GROUPS)) {
    for (const column of ["upheld", "corrected", "other", "pending", "total"]) cells[`s4.${group}.${column}`] = 0;
  }
  for (const r of records.reviews) {
    const group = REVIEW_GROUPS[r.kind];
    if (inYear(r.decidedOn)) add(`s4.${group}.${REVIEW_COLUMNS[r.outcome!]}`);
    if (r.filedOn <= end && (r.decidedOn === null || r.decidedOn > end)) add(`s4.${group}.pending`);
    if (inYear(r.decidedOn) || (r.filedOn <= end && (r.decidedOn === null || r.decidedOn > end)))
      add(`s4.${group}.total`);
  }

  // 二
  for (const [kind, row] of Object.entries(DOCUMENT_ROWS)) {
    const docs = records.documents.filter((d) => d.kind === kind);
    const issued = docs.filter((d) => inYear(d.issuedOn)).length;
    if (vintage === "V2019") {
      cells[`s2.${row}.made`] = issued;
    } else {
      cells[`s2.${row}.issued`] = issued;
      cells[`s2.${row}.repealed`] = docs.filter((d) => inYear(d.repealedOn)).length;
      cells[`s2.${row}.inForce`] = docs.filter(
        (d) => d.issuedOn <= end && (d.repealedOn === null || d.repealedOn > end),
      ).length;
    }
  }
  for (const [kind, row] of Object.entries(DECISION_ROWS)) {
    const tallies = records.tallies.filter((t) => t.kind === kind && t.year === year);
    cells[`s2.${row}.decisions`] = tallies.reduce((sum, t) => sum + t.count, 0);
  }
  if (vintage === "V2021")
    cells["s2.fees.amount"] = feesInWan(records.fees.filter((f) => f.year === year).map((f) => f.amount));
  return cells;
}

// ---------------------------------------------------------------- database

const db = testDb();
let mainAgencyId: number;
let noiseAgencyId: number;

const date = (ymd: string | null) => (ymd === null ? null : new Date(`${ymd}T00:00:00Z`));

async function insertRecords(agencyId: number, departmentIds: number[], records: Records) {
  const departmentId = (i: number) => departmentIds[i % departmentIds.length];
  await db.disclosureApplication.createMany({
    data: records.applications.map((a, i) => ({
      agencyId,
      departmentId: departmentId(i),
      regNo: `T-${i}`,
      channel: "ONLINE" as const,
      receivedOn: date(a.receivedOn)!,
      applicantType: a.applicantType,
      applicantName: `申请人${i}`,
      requestText: "申请公开",
      outcome: a.outcome,
      repliedOn: date(a.repliedOn),
    })),
  });
  await db.reviewCase.createMany({
    data: records.reviews.map((r, i) => ({
      agencyId,
      departmentId: departmentId(i),
      kind: r.kind,
      filedOn: date(r.filedOn)!,
      decidedOn: date(r.decidedOn),
      outcome: r.outcome,
    })),
  });
  await db.normativeDocument.createMany({
    data: records.documents.map((d, i) => ({
      agencyId,
      departmentId: departmentId(i),
      kind: d.kind,
      docNumber: `文${i}`,
      title: `文件${i}`,
      issuedOn: date(d.issuedOn)!,
      repealedOn: date(d.repealedOn),
    })),
  });
  await db.decisionTally.createMany({
    data: records.tallies.map((t, i) => ({ agencyId, departmentId: departmentId(i), ...t })),
  });
  await db.feeCollection.createMany({
    data: records.fees.map((f, i) => ({ agencyId, departmentId: departmentId(i), ...f })),
  });
}

beforeAll(async () => {
  const main = await makeAgency(db);
  const noise = await makeAgency(db);
  mainAgencyId = main.agency.id;
  noiseAgencyId = noise.agency.id;
  await insertRecords(mainAgencyId, [main.office.id, main.farming.id], MAIN);
  await insertRecords(noiseAgencyId, [noise.office.id, noise.farming.id], NOISE);
});
afterAll(() => db.$disconnect());

const valuesOf = (tables: Awaited<ReturnType<typeof compileReportTables>>) =>
  Object.fromEntries(Object.entries(tables.cells).map(([code, cell]) => [code, cell!.value]));

describe("the fixtures", () => {
  it("close every outcome for every applicant type in Y, and carry cases across year ends", () => {
    const closedInY = MAIN.applications.filter((a) => a.repliedOn?.startsWith(`${Y}-`));
    for (const outcome of APPLICATION_OUTCOMES) {
      for (const type of APPLICANT_TYPES) {
        expect(closedInY.some((a) => a.outcome === outcome && a.applicantType === type)).toBe(true);
      }
    }
    const expected = expectedCells(MAIN, Y, "V2021");
    for (const row of ["new", "carriedOver", "carryForward"]) expect(expected[`s3.${row}.total`]).toBeGreaterThan(0);
    expect(expected["s2.fees.amount"]).toBe("0.123457");
    expect(expectedCells(MAIN, Y - 1, "V2021")["s2.fees.amount"]).toBe("10000");
  });
});

describe("compileReportTables", () => {
  for (const vintage of VINTAGES) {
    for (const year of YEARS) {
      it(`gives every cell of ${vintage} for ${year} as counted from the records`, async () => {
        const tables = await compileReportTables(db, mainAgencyId, year, vintage);
        const expected = expectedCells(MAIN, year, vintage);
        const format = getFormat(vintage);
        for (const code of Object.keys(expected)) expect(format.cellsByCode.has(code), code).toBe(true);

        expect(tables.vintage).toBe(vintage);
        expect(valuesOf(tables)).toEqual(expected);
        const missing = format.cells.map((cell) => cell.code).filter((code) => !(code in tables.cells));
        expect(missing.sort()).toEqual(vintage === "V2019" ? [...MANUAL_2019].sort() : []);

        const findings = validateReport({
          year,
          vintage,
          tables,
          previous: await compileReportTables(db, mainAgencyId, year - 1, vintage),
          narrative: { overview: "总体情况。", problems: "存在的问题。", otherMatters: "无" },
        });
        // Consistent: the only hard findings are the 2019 figures records cannot give, blank until entered.
        const hard = findings.filter((f) => f.severity === "hard");
        expect(
          hard.every((f) => f.ruleId === "CELL-MISSING"),
          JSON.stringify(hard, null, 1),
        ).toBe(true);
        expect(hard.map((f) => f.cellCode).sort()).toEqual(vintage === "V2019" ? [...MANUAL_2019].sort() : []);
        // Compiled from the same records, this year's 上年结转 is last year's 结转下年度 and 现行有效 carries on.
        expect(findings.filter((f) => f.ruleId === "CARRY-OVER" || f.ruleId === "IN-FORCE-CONTINUITY")).toEqual([]);
      });
    }
  }

  it("counts the other agency's records only in its own report", async () => {
    for (const year of YEARS) {
      const tables = await compileReportTables(db, noiseAgencyId, year, "V2021");
      expect(valuesOf(tables)).toEqual(expectedCells(NOISE, year, "V2021"));
    }
  });

  it('gives 0 (not missing) for an agency without records, 万元 as "0"', async () => {
    const empty = await makeAgency(db);
    for (const vintage of VINTAGES) {
      const tables = await compileReportTables(db, empty.agency.id, Y, vintage);
      const values = valuesOf(tables);
      expect(Object.keys(values).length).toBe(
        getFormat(vintage).cells.length - (vintage === "V2019" ? MANUAL_2019.length : 0),
      );
      for (const [code, value] of Object.entries(values)) expect(value, code).toBe(code === "s2.fees.amount" ? "0" : 0);
    }
  });
});

describe("compileSubmissionStats", () => {
  it("counts submissions of the ISO year, adoptions, outlets, departments and categories in SQL", async () => {
    const t = await makeAgency(db);
    const agencyId = t.agency.id;
    const [daily, mobile, retired] = await Promise.all(
      [
        { name: "《日报》", sortOrder: 2 },
        { name: "《手机报》", sortOrder: 1 },
        { name: "《停刊报》", sortOrder: 0, active: false },
      ].map((data) => db.outlet.create({ data: { agencyId, ...data } })),
    );
    await db.outlet.create({ data: { agencyId, name: "《从未使用》", sortOrder: 9, active: false } });
    const [docs, stats, people] = await Promise.all(
      [
        { name: "公文", sortOrder: 1 },
        { name: "统计信息", sortOrder: 0 },
        { name: "民生信息", sortOrder: 2 },
      ].map((data) => db.submissionCategory.create({ data: { agencyId, ...data } })),
    );
    const idle = await db.department.create({ data: { agencyId, name: "闲置办公室", active: false } });
    const adopted = new Date("2023-03-03T00:00:00Z");
    const submissions = [
      // [department, category, isoYear, placements: [outlet, adopted?]]
      {
        departmentId: t.office.id,
        categoryId: docs.id,
        isoYear: Y,
        placements: [
          [daily, true],
          [mobile, true],
        ],
      },
      {
        departmentId: t.office.id,
        categoryId: docs.id,
        isoYear: Y,
        placements: [
          [daily, false],
          [mobile, true],
        ],
      },
      { departmentId: t.office.id, categoryId: stats.id, isoYear: Y, placements: [[daily, false]] },
      { departmentId: t.office.id, categoryId: stats.id, isoYear: Y, placements: [] },
      { departmentId: idle.id, categoryId: docs.id, isoYear: Y, placements: [[retired, true]] },
      { departmentId: t.farming.id, categoryId: people.id, isoYear: Y - 1, placements: [[daily, true]] },
      { departmentId: t.farming.id, categoryId: people.id, isoYear: Y + 1, placements: [[mobile, false]] },
    ] as const;
    for (const [i, s] of submissions.entries()) {
      await db.infoSubmission.create({
        data: {
          agencyId,
          departmentId: s.departmentId,
          categoryId: s.categoryId,
          title: `信息${i}`,
          isoYear: s.isoYear,
          isoWeek: 1,
          placements: {
            create: s.placements.map(([outlet, isAdopted]) => ({
              outletId: outlet.id,
              adoptedOn: isAdopted ? adopted : null,
            })),
          },
        },
      });
    }

    expect(await compileSubmissionStats(db, agencyId, Y)).toEqual({
      submitted: 5,
      adopted: 3,
      byOutlet: [
        { outletId: retired.id, name: "《停刊报》", submitted: 1, adopted: 1 },
        { outletId: mobile.id, name: "《手机报》", submitted: 2, adopted: 2 },
        { outletId: daily.id, name: "《日报》", submitted: 3, adopted: 1 },
      ],
      byDepartment: [
        { departmentId: t.office.id, name: "党政办公室", submitted: 4, adopted: 2 },
        { departmentId: t.farming.id, name: "农业农村办公室", submitted: 0, adopted: 0 },
        { departmentId: idle.id, name: "闲置办公室", submitted: 1, adopted: 1 },
      ],
      categories: ["统计信息", "公文"],
    });
    expect(await compileSubmissionStats(db, agencyId, Y - 1)).toMatchObject({
      submitted: 1,
      adopted: 1,
      categories: ["民生信息"],
    });
    expect(await compileSubmissionStats(db, agencyId, 2000)).toMatchObject({
      submitted: 0,
      adopted: 0,
      categories: [],
    });
  });
});
