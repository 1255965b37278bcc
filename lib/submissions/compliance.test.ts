import { describe, expect, it } from "vitest";
import { buildComplianceBoard, dueThroughWeek, firstDueWeek, weekRuns } from "./compliance";

const departments = [
  { id: 1, name: "党政办公室" },
  { id: 2, name: "农业农村办公室" },
];

describe("the compliance board", () => {
  it("marks due weeks without an item as missing, the current week as open and later ones as upcoming", () => {
    const rows = buildComplianceBoard({
      weeksInYear: 6,
      dueThrough: 3,
      departments,
      counts: [
        { departmentId: 1, isoWeek: 1, submitted: 2, adopted: 1 },
        { departmentId: 1, isoWeek: 3, submitted: 1, adopted: 0 },
        { departmentId: 1, isoWeek: 5, submitted: 1, adopted: 0 },
      ],
    });
    expect(rows[0].cells.map((c) => c.state)).toEqual(["met", "missing", "met", "open", "met", "upcoming"]);
    expect(rows[0]).toMatchObject({ submitted: 4, adopted: 1, dueWeeks: 3, missingWeeks: [2] });
    expect(rows[1].missingWeeks).toEqual([1, 2, 3]);
    expect(rows[1].submitted).toBe(0);
  });

  it("does not mark weeks without a working day, or before a department existed, as missing", () => {
    const rows = buildComplianceBoard({
      weeksInYear: 6,
      dueThrough: 6,
      departments: [departments[0], { ...departments[1], firstWeek: 4 }],
      counts: [{ departmentId: 2, isoWeek: 2, submitted: 1, adopted: 0 }],
      weeksOff: new Set([5]),
    });
    expect(rows[0].cells.map((c) => c.state)).toEqual([
      "missing",
      "missing",
      "missing",
      "missing",
      "exempt",
      "missing",
    ]);
    expect(rows[0]).toMatchObject({ dueWeeks: 5, missingWeeks: [1, 2, 3, 4, 6] });
    // Reported before it was formally created: counted, not exempted away.
    expect(rows[1].cells.map((c) => c.state)).toEqual(["exempt", "met", "exempt", "missing", "exempt", "missing"]);
    expect(rows[1]).toMatchObject({ dueWeeks: 3, missingWeeks: [4, 6] });
    expect(firstDueWeek(2022, 52, { year: 2026, week: 49 })).toBe(53);
    expect(firstDueWeek(2026, 53, { year: 2026, week: 49 })).toBe(49);
    expect(firstDueWeek(2027, 52, { year: 2026, week: 49 })).toBe(1);
  });

  it("knows which weeks are due: all of a past year, none of a future one, up to last week this year", () => {
    expect(dueThroughWeek(2025, 52, { year: 2026, week: 48 })).toBe(52);
    expect(dueThroughWeek(2027, 52, { year: 2026, week: 48 })).toBe(0);
    expect(dueThroughWeek(2026, 53, { year: 2026, week: 48 })).toBe(47);
  });

  it("summarizes weeks as runs", () => {
    expect(weekRuns([1, 2, 3, 7, 9, 10])).toBe("1–3、7、9–10");
    expect(weekRuns([])).toBe("");
  });
});
