import { describe, expect, it } from "vitest";
import { consistentTables, hashPick } from "./fixtures/consistent-tables";
import { keyFigures, OUTCOME_GROUPS } from "./key-figures";

describe("keyFigures", () => {
  it("reads 新收, the outcome groups (summing their numbered rows) and 四 from a report's cells", () => {
    for (const vintage of ["V2019", "V2021"] as const) {
      const { cells } = consistentTables(vintage, hashPick(5));
      const f = keyFigures(cells);
      expect(f.received).toBe(cells["s3.new.total"]?.value);
      // The groups make up the 总计 of 办理结果, whichever vintage's rows they have.
      expect(OUTCOME_GROUPS.reduce((s, g) => s + f.outcomes[g.key], 0)).toBe(f.closed);
      expect(f.closed).toBeGreaterThan(0);
      expect(f.outcomes.denied).toBe(
        Object.keys(cells)
          .filter((c) => /^s3\.outcome\.denied\.\w+\.total$/.test(c))
          .reduce((s, c) => s + Number(cells[c]!.value), 0),
      );
      expect(f.reconsideration.total).toBe(
        f.reconsideration.upheld + f.reconsideration.corrected + f.reconsideration.other + f.reconsideration.pending,
      );
      expect(f.corrected).toBe(
        Number(cells["s4.reconsideration.corrected"]!.value) +
          Number(cells["s4.litigationDirect.corrected"]!.value) +
          Number(cells["s4.litigationAfterReconsideration.corrected"]!.value),
      );
    }
  });

  it("counts a missing cell as 0", () => {
    expect(keyFigures({}).received).toBe(0);
    expect(keyFigures({}).outcomes.granted).toBe(0);
  });
});
