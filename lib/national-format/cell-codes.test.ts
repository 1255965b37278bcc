import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getFormat, VINTAGES } from "./format";
import { draftOverview } from "./narrative-draft";
import { cellNumber, emptyTables } from "./tables";

/**
 * Cell codes are plain strings in the code; these tests are what makes a code that names no cell
 * fail: every literal cell code in the sources names a cell of some format, and code that reads
 * cells for a report (the narrative draft) works in both formats without reading a foreign code.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const CODE = /["'`](s[1-4]\.[A-Za-z]+(?:\.[A-Za-z0-9]+)+)["'`]/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" || name === "fixtures" ? [] : sources(file);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [file] : [];
  });
}

describe("cell codes", () => {
  const known = new Set(VINTAGES.flatMap((v) => getFormat(v).cells.map((c) => c.code)));

  it("every cell code written in the sources names a cell of a national format", () => {
    const unknown: string[] = [];
    let seen = 0;
    for (const file of [...sources(path.join(ROOT, "lib")), ...sources(path.join(ROOT, "components"))]) {
      for (const [, code] of readFileSync(file, "utf8").matchAll(CODE)) {
        seen++;
        if (!known.has(code)) unknown.push(`${path.relative(ROOT, file)}: ${code}`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(unknown).toEqual([]);
  });

  it("reading a code the report's format does not have throws instead of printing 0", () => {
    expect(() => cellNumber(emptyTables("V2019"), "s2.rule.issued")).toThrow("not in format V2019");
    expect(cellNumber(emptyTables("V2021"), "s2.rule.issued")).toBe(0);
  });

  it("drafts the overview from cells of the report's own format, in both formats", () => {
    for (const vintage of VINTAGES) {
      const text = draftOverview({
        agencyName: "某镇人民政府",
        year: vintage === "V2019" ? 2020 : 2023,
        tables: emptyTables(vintage),
        submissions: { submitted: 0, adopted: 0, outlets: [], categories: [] },
        reviewsFiled: { reconsideration: 0, litigationDirect: 0, litigationAfterReconsideration: 0 },
      });
      expect(text, vintage).toContain(vintage === "V2019" ? "本年新制作规章0件" : "本年制发规章0件");
    }
  });
});
