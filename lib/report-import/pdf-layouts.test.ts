// Property, through PDFs printed by Chromium at test time (a few runs: printing is slow): random consistent
// reports, printed from their web page, read back from the PDF's grid and from its flattened text with no hard
// finding, every cell as printed or reported unread; one cell changed gives exactly that cell's hard findings.
// The PDFs LibreOffice prints from the .docx are committed fixtures (layouts.test.ts).
import fc from "fast-check";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFormat, VINTAGES, type CellCode, type Vintage } from "@/lib/national-format/format";
import { checkFile, checkText } from "./batch";
import { expectHardFindingsOf, expectReadAsPrinted, hardPlaces } from "./fixtures/expect-layout";
import { changedCell, layoutReport, printedDocument, type LayoutReport } from "./fixtures/layouts";
import { launchChromium, printPdf } from "./fixtures/print";
import { renderHtml } from "./fixtures/render-html";
import { pdfToFlatText } from "./pdf";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(() => browser?.close());

const arbitrary = fc
  .record({
    vintage: fc.constantFrom<Vintage>(...VINTAGES),
    seed: fc.nat({ max: 100_000 }),
    blankRate: fc.constantFrom(0, 0.4),
    cellIndex: fc.nat(),
    delta: fc.integer({ min: 1, max: 9 }),
  })
  .map(({ vintage, seed, blankRate, cellIndex, delta }) => {
    const figures = (code: CellCode) => {
      let h = seed;
      for (const ch of code) h = (h * 31 + ch.charCodeAt(0)) % 100_003;
      return h % 3 === 0 ? 0 : h % 17;
    };
    const report = layoutReport(vintage, figures, { feeDecimals: 4, blankRate });
    const cells = getFormat(vintage).cells.filter((cell) => !cell.derived && cell.section !== "二");
    return { report, cell: cells[cellIndex % cells.length].code, delta };
  });

async function readBoth(report: LayoutReport) {
  const pdf = await printPdf(browser, renderHtml(printedDocument(report)));
  return { grid: await checkFile("r.pdf", pdf), flat: checkText("r.txt", await pdfToFlatText(pdf), "text") };
}

describe("PDF printed by Chromium", () => {
  it("a consistent report: from the grid every cell as printed, from flattened text as printed or unread", async () => {
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ report }) => {
        const { grid, flat } = await readBoth(report);
        expectReadAsPrinted(grid, report, true);
        expect(hardPlaces(grid.findings!)).toEqual([]);
        expectReadAsPrinted(flat, report, false);
        expect(hardPlaces(flat.findings!)).toEqual([]);
      }),
      // Printing is slow: a few runs from a fixed seed (reproducible); no shrinking, which would print again.
      { numRuns: 3, endOnFailure: true, seed: 20261203 },
    );
  }, 600_000);

  it("one cell changed: exactly the hard findings of that cell (flattened: those that could be checked)", async () => {
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ report, cell, delta }) => {
        const changed = changedCell(report, cell, delta);
        const { grid, flat } = await readBoth(changed);
        expectReadAsPrinted(grid, changed, true);
        expectHardFindingsOf(grid, changed, cell);
        expect(hardPlaces(grid.findings!).length).toBeGreaterThan(0);
        expectReadAsPrinted(flat, changed, false);
        expectHardFindingsOf(flat, changed, cell);
      }),
      // Printing is slow: a few runs from a fixed seed (reproducible); no shrinking, which would print again.
      { numRuns: 3, endOnFailure: true, seed: 20261203 },
    );
  }, 600_000);
});
