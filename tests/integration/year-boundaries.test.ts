import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { submissions, setAdoption } from "@/lib/submissions/operations";
import { complianceBoard } from "@/lib/submissions/board";
import { compileSubmissionStats } from "@/lib/annual-report/compile";
import { loadReport } from "@/lib/annual-report/service";
import { renderExport } from "@/lib/annual-report/render-export";

/** Issue 12: the board and the report count a year the same way; the board marks only weeks that were due. */
const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
let refs: { categoryId: number; outletId: number };
const TODAY = "2026-12-04";

beforeAll(async () => {
  t = await makeAgency(db);
  // The departments existed before the years under test (makeAgency creates them today).
  await db.department.updateMany({ where: { agencyId: t.agency.id }, data: { createdAt: new Date("2020-06-01") } });
  const outlet = await db.outlet.create({ data: { agencyId: t.agency.id, name: "《沁阳日报》" } });
  const category = await db.submissionCategory.create({ data: { agencyId: t.agency.id, name: "政务信息" } });
  refs = { categoryId: category.id, outletId: outlet.id };
});
afterAll(() => db.$disconnect());

const item = (isoYear: number, isoWeek: number, departmentId = t.office.id) =>
  submissions.create(db, t.officeOfficer.actor.departmentId === departmentId ? t.officeOfficer.actor : t.head.actor, {
    departmentId,
    categoryId: refs.categoryId,
    title: `第${isoWeek}周信息`,
    summary: "",
    isoYear,
    isoWeek,
    outletIds: [refs.outletId],
  });

describe("the year of a submission and of its adoption (docs/counting-rules.md)", () => {
  it("an item of week 1 that starts on 29 December, adopted on 30 December, counts in the new year, on the board and in the report alike", async () => {
    // 2026-W01 runs Mon 2025-12-29 – Sun 2026-01-04.
    const late = await item(2026, 1);
    await setAdoption(db, t.officeOfficer.actor, late, refs.outletId, "2025-12-30", TODAY);
    // 2020-W53 runs Mon 2020-12-28 – Sun 2021-01-03: counted in 2020.
    const early = await item(2020, 53);
    await setAdoption(db, t.officeOfficer.actor, early, refs.outletId, "2021-01-02", TODAY);

    for (const [year, expected] of [
      [2025, 0],
      [2026, 1],
      [2020, 1],
      [2021, 0],
    ] as const) {
      const board = await complianceBoard(db, t.head.actor, year, { year: 2026, week: 49 });
      const stats = await compileSubmissionStats(db, t.agency.id, year);
      expect([board.submitted, board.adopted], `board ${year}`).toEqual([expected, expected]);
      expect([stats.submitted, stats.adopted], `report ${year}`).toEqual([expected, expected]);
    }
  });

  it("a week without a working day (春节 2022-W05) is not 缺报; nor are the weeks before a department was created", async () => {
    const board = await complianceBoard(db, t.head.actor, 2022, { year: 2026, week: 49 });
    const office = board.rows.find((r) => r.name === "党政办公室")!;
    expect(office.cells[4]).toMatchObject({ week: 5, state: "exempt" });
    expect(office.missingWeeks).not.toContain(5);
    expect(office).toMatchObject({ dueWeeks: 51 });
    expect(office.missingWeeks).toHaveLength(51);

    // A department created in 2026-W49 owes nothing for 2022, and only from its week in 2026.
    const created = await db.department.create({
      data: { agencyId: t.agency.id, name: "新设科室", createdAt: new Date("2026-11-30T09:00:00+08:00") },
    });
    const before = (await complianceBoard(db, t.head.actor, 2022, { year: 2026, week: 49 })).rows.find(
      (r) => r.departmentId === created.id,
    )!;
    expect(before).toMatchObject({ dueWeeks: 0, missingWeeks: [] });
    const now = (await complianceBoard(db, t.head.actor, 2026, { year: 2026, week: 50 })).rows.find(
      (r) => r.departmentId === created.id,
    )!;
    expect(now.missingWeeks).toEqual([49]);
  });
});

describe("the public tables.csv", () => {
  it("starts with a UTF-8 byte-order mark, so that Excel on Chinese Windows reads it", async () => {
    const loaded = await loadReport(db, t.agency.id, 2022);
    const body = await renderExport("tables.csv", loaded.document);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString("utf8").slice(1).split("\r\n")[0]).toBe("section,row,column,value");
  });
});
