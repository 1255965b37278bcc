// Every report the product exports, as text (renderText) or Word (renderDocx), imports back to the same
// tables; and a single wrong cell in an exported text is found at that cell.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReportDocument } from "@/lib/national-format/document";
import { listCells, VINTAGES, type CellDef, type Vintage } from "@/lib/national-format/format";
import { consistentTables } from "@/lib/national-format/fixtures/consistent-tables";
import { baixiangReport, sampleReport } from "@/lib/national-format/fixtures/read-back";
import { renderDocx } from "@/lib/national-format/render-docx";
import { renderText } from "@/lib/national-format/render-text";
import { checkImportedReport } from "./check";
import { docxToText } from "./docx";
import { printedTables } from "./fixtures/printed";
import { parseReportText } from "./parse";
import type { ImportedReport } from "./types";

function parsed(text: string): ImportedReport {
  const result = parseReportText(text);
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

const baseCells = (vintage: Vintage) => listCells(vintage).filter((cell) => !cell.derived);

/** A report with random tables that pass every hard rule. */
const reportArbitrary = fc
  .record({
    vintage: fc.constantFrom(...VINTAGES),
    seed: fc.array(fc.nat({ max: 60 }), { minLength: 200, maxLength: 200 }),
    feeDecimals: fc.integer({ min: 0, max: 6 }),
    titleName: fc.constantFrom("柏香镇", "沁阳市教育局", "某县人民政府办公室", "紫陵镇人民政府"),
    offset: fc.nat({ max: 3 }),
  })
  .map(({ vintage, seed, feeDecimals, titleName, offset }): ReportDocument => {
    const index = new Map(baseCells(vintage).map((cell, i) => [cell.code, i]));
    const tables = consistentTables(vintage, (code) => seed[index.get(code)! % seed.length]);
    const year = vintage === "V2019" ? 2019 + (offset % 2) : 2021 + offset;
    const narrative = {
      overview: `${year}年，本机关认真贯彻《条例》。\n全年主动公开信息若干条。`,
      problems: "培训不足。",
      otherMatters: "无",
    };
    return { titleName, year, vintage, tables, narrative, feeDecimals };
  });

describe("renderText → import", () => {
  it("imports every exported text back to the same tables, agency, year and narrative", () => {
    fc.assert(
      fc.property(reportArbitrary, (doc) => {
        const report = parsed(renderText(doc));
        expect(report.unread).toEqual([]);
        expect(report.tables).toEqual(printedTables(doc.tables, doc.feeDecimals));
        expect(report).toMatchObject({
          titleName: doc.titleName,
          year: doc.year,
          vintage: doc.vintage,
          narrative: doc.narrative,
        });
        expect(checkImportedReport(report).filter((f) => f.severity === "hard")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  type Corruption = "shift" | "words" | "blank";
  const SENTINEL = 987654321;

  /** The exported text with one cell printed wrong: a different figure, words, or nothing. */
  function corrupted(doc: ReportDocument, cell: CellDef, how: Corruption, delta: number): string {
    const current = Number(doc.tables.cells[cell.code]?.value ?? 0);
    if (how === "shift") {
      const value = cell.kind === "money" ? String(current + delta) : current + delta;
      return renderText({ ...doc, tables: { ...doc.tables, cells: { ...doc.tables.cells, [cell.code]: { value } } } });
    }
    const marked = renderText({
      ...doc,
      tables: {
        ...doc.tables,
        cells: { ...doc.tables.cells, [cell.code]: { value: cell.kind === "money" ? String(SENTINEL) : SENTINEL } },
      },
    });
    return marked.replace(new RegExp(`${SENTINEL}(?:\\.0+)?`), how === "words" ? "若干" : "");
  }

  it("finds one corrupted cell at that cell", () => {
    const cellArbitrary = reportArbitrary.chain((doc) =>
      fc.record({
        doc: fc.constant(doc),
        cell: fc.constantFrom(...listCells(doc.vintage)),
        how: fc.constantFrom<Corruption>("shift", "words", "blank"),
        delta: fc.integer({ min: 1, max: 9 }),
      }),
    );
    fc.assert(
      fc.property(cellArbitrary, ({ doc, cell, how, delta }) => {
        // Table 二 has no sums: a different figure there is just a different figure.
        fc.pre(!(how === "shift" && cell.section === "二"));
        const findings = checkImportedReport(parsed(corrupted(doc, cell, how, delta)));
        const at = findings.filter((f) => f.cellCode === cell.code || f.relatedCells?.includes(cell.code));
        // A blank cell is flagged at the cell, or at its row when that leaves the whole row blank.
        const expected: string[] = { shift: [], words: ["IMPORT-UNREAD"], blank: ["BLANK-CELL", "BLANK-ROW"] }[how];
        if (expected.length) expect(at.some((f) => expected.includes(f.ruleId))).toBe(true);
        if (how !== "blank") expect(at.some((f) => f.severity === "hard")).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe("renderDocx → import", () => {
  const reports: [string, ReportDocument][] = [
    ["柏香镇 2022", baixiangReport()],
    ...VINTAGES.flatMap((vintage) =>
      [2, 4, 6].map((decimals, i): [string, ReportDocument] => [
        `${vintage} sample ${i}`,
        sampleReport(vintage, 11 + i * 17, decimals),
      ]),
    ),
  ];

  it.each(reports)("%s imports back to identical tables", async (_name, doc) => {
    const report = parsed(await docxToText(await renderDocx(doc)));
    expect(report.unread).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(report.tables).toEqual(printedTables(doc.tables, doc.feeDecimals));
    expect(report).toMatchObject({ titleName: doc.titleName, year: doc.year, vintage: doc.vintage });
    expect(report.narrative).toEqual({ ...doc.narrative, overview: doc.narrative.overview.replace(/\n+/g, "\n") });
  });
});
