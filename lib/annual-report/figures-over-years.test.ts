import { describe, expect, it } from "vitest";
import { keyFigures } from "@/lib/national-format/key-figures";
import { consistentTables, hashPick } from "@/lib/national-format/fixtures/consistent-tables";
import { sumFigures, type YearFigures } from "./figures-over-years";

const year = (y: number, seed: number | null, outlets: [string, number, number][] = []): YearFigures =>
  seed === null
    ? { year: y, figures: null, submissions: null, source: null }
    : {
        year: y,
        figures: keyFigures(consistentTables("V2021", hashPick(seed)).cells),
        submissions: outlets.length
          ? {
              submitted: outlets.reduce((s, o) => s + o[1], 0),
              adopted: outlets.reduce((s, o) => s + o[2], 0),
              byOutlet: outlets.map(([name, submitted, adopted]) => ({ name, submitted, adopted })),
            }
          : null,
        source: "published",
      };

describe("sumFigures", () => {
  it("adds the agencies that published a year, outlet by outlet, and keeps a year nobody published a gap", () => {
    const a = [year(2022, 1, [["《日报》", 10, 2]]), year(2023, null), year(2024, 3)];
    const b = [
      year(2022, 2, [
        ["《日报》", 5, 1],
        ["《手机报》", 4, 4],
      ]),
      year(2023, null),
      year(2024, null),
    ];
    const sum = sumFigures([a, b]);
    expect(sum.map((y) => y.year)).toEqual([2022, 2023, 2024]);
    expect(sum[0].figures!.received).toBe(a[0].figures!.received + b[0].figures!.received);
    expect(sum[0].figures!.outcomes.granted).toBe(a[0].figures!.outcomes.granted + b[0].figures!.outcomes.granted);
    expect(sum[0].figures!.reconsideration.total).toBe(
      a[0].figures!.reconsideration.total + b[0].figures!.reconsideration.total,
    );
    expect(sum[0].submissions!.byOutlet).toEqual([
      { name: "《日报》", submitted: 15, adopted: 3 },
      { name: "《手机报》", submitted: 4, adopted: 4 },
    ]);
    expect(sum[1].figures).toBeNull(); // nobody published 2023: a gap, not zeros
    expect(sum[2].figures!.received).toBe(a[2].figures!.received); // only one agency published 2024
    expect(sum[2].submissions).toBeNull();
  });
});
