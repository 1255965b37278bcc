// The same reports as published in every layout (the committed files of fixtures/layouts, made by
// `npm run fixtures:import`): Word, web pages with merged cells (UTF-8 and GBK), tab-separated text copied from
// the page and from Word, PDFs printed by Chromium and LibreOffice, the flattened text of those PDFs, PDFs with
// one cell changed, and a scan. Every cell is read as printed or reported unread — never another value.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile, type CheckedFile } from "./batch";
import { expectHardFindingsOf, expectReadAsPrinted, hardPlaces } from "./fixtures/expect-layout";
import { CHANGED_FIXTURES, changedReport, fixtureReport, LAYOUT_FIXTURES } from "./fixtures/layouts";
import { renderTsv } from "./fixtures/layouts";
import { getFormat } from "@/lib/national-format/format";

const dir = path.join(import.meta.dirname, "fixtures", "layouts");
/** Reading a PDF loads pdf.js once (seconds on a busy machine); no test here measures time. */
const SLOW = 120_000;

const check = (file: string): Promise<CheckedFile> =>
  checkFile(file, new Uint8Array(readFileSync(path.join(dir, file))));

const COMPLETE = [".docx", ".html", "-gbk.html", "-grid.tsv", "-copied.tsv", "-chromium.pdf", "-libreoffice.pdf"];
const FLATTENED = ["-chromium-flat.txt", "-libreoffice-flat.txt"];

describe.each(LAYOUT_FIXTURES)("report $name", (fixture) => {
  const report = fixtureReport(fixture);

  it.each(COMPLETE)(
    `%s: every cell as printed, blank ones blank; no hard finding`,
    async (suffix) => {
      const checked = await check(`${fixture.name}${suffix}`);
      expectReadAsPrinted(checked, report, true);
      expect(checked.summary).toMatchObject({ agency: "测试县", year: report.doc.year, vintage: fixture.vintage });
      expect(hardPlaces(checked.findings!)).toEqual([]);
      expect(checked.notChecked).toEqual([]);
      expect(checked.summary.exit).toBe(0);
    },
    SLOW,
  );

  it.each(FLATTENED)(
    `%s: what is read is as printed, the rest unread with its lines; no hard finding`,
    async (suffix) => {
      const checked = await check(`${fixture.name}${suffix}`);
      expectReadAsPrinted(checked, report, false);
      expect(hardPlaces(checked.findings!)).toEqual([]);
      // Blank cells leave no trace in flattened text: their rows cannot be placed, and say so.
      expect(checked.report!.unreadRows.length).toBeGreaterThan(0);
      for (const row of checked.report!.unreadRows) expect(row.lines.length).toBeGreaterThan(0);
      expect(checked.notChecked!.length).toBeGreaterThan(0);
      expect(checked.summary.exit).toBe(2);
    },
    SLOW,
  );
});

describe("PDFs with one cell changed", () => {
  it.each(
    CHANGED_FIXTURES.flatMap((change) => ["chromium", "libreoffice"].map((by) => [change.name, by, change] as const)),
  )(
    "%s (%s): exactly the hard findings of that cell",
    async (name, by, change) => {
      const checked = await check(`${name}-${by}.pdf`);
      expectReadAsPrinted(checked, changedReport(change), true);
      expectHardFindingsOf(checked, changedReport(change), change.cell);
      expect(hardPlaces(checked.findings!).length).toBeGreaterThan(0);
      expect(checked.summary.exit).toBe(1);
    },
    SLOW,
  );
});

describe("files that are not readable reports", () => {
  it(
    "a scan (a PDF of images) says so: 扫描件，无文字层, exit 2",
    async () => {
      const checked = await check("scanned.pdf");
      expect(checked.summary).toMatchObject({ exit: 2, format: null });
      expect(checked.summary.error).toContain("扫描件，无文字层");
    },
    SLOW,
  );

  it(
    "a legacy .doc, an image, a file too large and a broken PDF each get a clear Chinese message",
    async () => {
      const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
      expect((await checkFile("旧报告.doc", ole)).summary.error).toContain("另存为” .docx 或 PDF");
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect((await checkFile("拍照.png", png)).summary.error).toContain("扫描件，无文字层");
      expect((await checkFile("大.pdf", new Uint8Array(21 * 1024 * 1024))).summary.error).toContain("超过 20 MB");
      const broken = new TextEncoder().encode("%PDF-1.7\n garbage");
      expect((await checkFile("坏.pdf", broken)).summary.error).toContain("无法读取 PDF 文件");
    },
    SLOW,
  );
});

describe("tab-separated text whose label fields span two label columns", () => {
  // The false alarm: a row label spanning two stub columns carries an extra empty field; when such a
  // row had blank value cells, its values were shifted one column right (自然人 read blank, its figure under
  // 商业企业 …). Here every such row has only 自然人 printed, the rest blank.
  it("reads each value in its own column, blank cells blank", async () => {
    const report = fixtureReport(LAYOUT_FIXTURES[0]);
    for (const cell of getFormat("V2021").cells.filter((c) => c.section === "三" && c.rowPath.length < 3)) {
      report.doc.tables.cells[cell.code] = { value: cell.columnCode === "natural" ? 2 : 0 };
      if (cell.columnCode === "natural") report.blank.delete(cell.code);
      else report.blank.add(cell.code);
    }
    // A copy that merges most label cells (a browser's) but gives this row every grid column (Word's).
    const gridRow = renderTsv(report, "grid")
      .split("\n")
      .find((line) => line.includes("（一）予以公开"))!;
    expect(gridRow).toMatch(/\t（一）予以公开\t\t2\t\t/); // the label, the field it spans, 自然人 2, 商业企业 blank
    const text = renderTsv(report, "merged")
      .split("\n")
      .map((line) => (line.includes("（一）予以公开") ? gridRow : line))
      .join("\n");
    const checked = await checkFile("grid.tsv", new TextEncoder().encode(text));
    // A copy mixing both shapes cannot tell whether this row's extra empty field comes first or last: the row
    // is unread, never shifted. Every other cell is read as printed.
    expectReadAsPrinted(checked, report, false);
    expect(checked.report!.unreadRows.map((row) => row.label)).toEqual(["三、本年度办理结果 （一）予以公开"]);
    // In Word's copy alone (every row in the grid's shape) the row is read, each value in its column.
    const grid = await checkFile("grid.tsv", new TextEncoder().encode(renderTsv(report, "grid")));
    expectReadAsPrinted(grid, report, true);
  });
});
