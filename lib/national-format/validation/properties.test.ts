// Property tests: consistent tables never raise a hard finding; corrupting any one cell always does, at or
// beside the corrupted cell.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listCells, VINTAGES, type CellDef, type Vintage } from "../format";
import { consistentTables } from "../fixtures/consistent-tables";
import { numberOf, type CellValue, type ReportTables } from "../tables";
import { validateReport } from ".";

const narrative = { overview: "本年度工作情况。", problems: "存在的问题。", otherMatters: "无" };
const baseCells = (vintage: Vintage) => listCells(vintage).filter((cell) => !cell.derived);

const tablesArbitrary = fc.constantFrom(...VINTAGES).chain((vintage) =>
  fc
    .array(fc.nat({ max: 40 }), { minLength: baseCells(vintage).length, maxLength: baseCells(vintage).length })
    .map((figures) => {
      const index = new Map(baseCells(vintage).map((cell, i) => [cell.code, i]));
      return consistentTables(vintage, (code) => figures[index.get(code)!]);
    }),
);

const hardFindings = (tables: ReportTables) =>
  validateReport({ year: tables.vintage === "V2021" ? 2022 : 2020, vintage: tables.vintage, tables, narrative }).filter(
    (f) => f.severity === "hard",
  );

type Corruption = "shift" | "negative" | "fraction";

/** A wrong value for the cell: a shifted count where a sum covers it, else a value rule 5 forbids. */
function corrupt(cell: CellDef, entry: CellValue | undefined, how: Corruption, delta: number): CellValue {
  const n = numberOf(entry);
  if (cell.kind === "money") return { value: `-${delta}` };
  if (cell.kind === "delta" || how === "fraction") return { value: n + 0.5 };
  if (how === "negative" || cell.section === "二") return { value: -delta };
  return { value: n + (n >= delta ? -delta : delta) };
}

describe("hard rules, by property", () => {
  it("consistent tables have no hard finding", () => {
    fc.assert(
      fc.property(tablesArbitrary, (tables) => {
        expect(hardFindings(tables)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("one corrupted cell gives a hard finding at that cell or naming it", () => {
    fc.assert(
      fc.property(
        tablesArbitrary,
        fc.nat(),
        fc.constantFrom<Corruption>("shift", "negative", "fraction"),
        fc.integer({ min: 1, max: 20 }),
        (tables, pick, how, delta) => {
          const cells = listCells(tables.vintage);
          const cell = cells[pick % cells.length];
          const corrupted = {
            ...tables,
            cells: { ...tables.cells, [cell.code]: corrupt(cell, tables.cells[cell.code], how, delta) },
          };
          const related = hardFindings(corrupted).filter(
            (f) => f.cellCode === cell.code || (f.relatedCells ?? []).includes(cell.code),
          );
          expect(related.length, `${cell.code} ${JSON.stringify(corrupted.cells[cell.code])}`).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});
