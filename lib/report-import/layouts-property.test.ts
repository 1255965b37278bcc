// Property: random consistent reports (many zeros, some printed blank) rendered through every layout made
// without a browser — Word, a web page with merged cells, tab-separated text copied from Word (every grid
// column a field) and from a web page (merged cells one field) — read back with no hard finding, every cell as
// printed or reported unread; the same report with one cell changed gives exactly that cell's hard findings.
// (The PDF layouts, printed by Chromium, are in pdf-layouts.test.ts.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getFormat, VINTAGES, type CellCode, type Vintage } from "@/lib/national-format/format";
import { renderDocx } from "@/lib/national-format/render-docx";
import { checkText, type CheckedFile } from "./batch";
import { docxToText } from "./docx";
import { htmlToText } from "./html";
import { expectHardFindingsOf, expectReadAsPrinted, hardPlaces } from "./fixtures/expect-layout";
import { changedCell, layoutReport, printedDocument, renderTsv, type LayoutReport } from "./fixtures/layouts";
import { renderHtml } from "./fixtures/render-html";

type Layout = { name: string; complete: boolean; render: (report: LayoutReport) => Promise<CheckedFile> };

const LAYOUTS: Layout[] = [
  {
    name: "Word .docx",
    complete: true,
    render: async (r) => checkText("r.docx", await docxToText(await renderDocx(printedDocument(r))), "docx"),
  },
  {
    name: "web page",
    complete: true,
    render: async (r) => checkText("r.html", htmlToText(renderHtml(printedDocument(r), { markup: "word" })), "html"),
  },
  { name: "grid copy", complete: true, render: async (r) => checkText("r.tsv", renderTsv(r, "grid"), "text") },
  // A browser's copy: a blank first cell and a label's missing padding look alike unless full rows tell.
  { name: "browser copy", complete: false, render: async (r) => checkText("r.tsv", renderTsv(r, "merged"), "text") },
];

const reportArbitrary = fc
  .record({
    vintage: fc.constantFrom<Vintage>(...VINTAGES),
    figures: fc.array(fc.nat({ max: 12 }), { minLength: 64, maxLength: 64 }),
    zeros: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    blankRate: fc.constantFrom(0, 0.3, 0.7),
    feeDecimals: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ vintage, figures, zeros, blankRate, feeDecimals }) => {
    const index = new Map(getFormat(vintage).cells.map((cell, i) => [cell.code, i]));
    const pick = (code: CellCode) => {
      const i = index.get(code)! % 64;
      return zeros[i] ? 0 : figures[i];
    };
    return layoutReport(vintage, pick, { feeDecimals, blankRate });
  });

/** A base cell of table 三 or 四 (the tables with sums) and how much to add to it. */
const changeArbitrary = reportArbitrary.chain((report) =>
  fc.record({
    report: fc.constant(report),
    cell: fc.constantFrom(
      ...getFormat(report.doc.vintage)
        .cells.filter((cell) => !cell.derived && cell.section !== "二")
        .map((cell) => cell.code),
    ),
    delta: fc.integer({ min: 1, max: 9 }),
  }),
);

describe.each(LAYOUTS)("$name", ({ complete, render }) => {
  it("a consistent report: every cell as printed (or unread), no hard finding", async () => {
    await fc.assert(
      fc.asyncProperty(reportArbitrary, async (report) => {
        const checked = await render(report);
        expectReadAsPrinted(checked, report, complete);
        expect(hardPlaces(checked.findings!)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  }, 180_000);

  it("one cell changed: exactly the hard findings of that cell", async () => {
    await fc.assert(
      fc.asyncProperty(changeArbitrary, async ({ report, cell, delta }) => {
        const changed = changedCell(report, cell, delta);
        const checked = await render(changed);
        expectReadAsPrinted(checked, changed, complete);
        expectHardFindingsOf(checked, changed, cell);
        if (complete) expect(hardPlaces(checked.findings!).length).toBeGreaterThan(0);
      }),
      { numRuns: 12 },
    );
  }, 180_000);
});
