import fc from "fast-check";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { getFormat, listCells, SECTION_HEADINGS, SECTIONS, type Vintage } from "./format";
import { baixiangReport, expectedValues, readTableValues, sampleReport } from "./fixtures/read-back";
import { renderDocx } from "./render-docx";
import type { ReportDocument } from "./document";

// word/document.xml read back with a few patterns: docx writes it regularly, and tables are not nested.
type WordCell = { row: number; col: number; text: string; gridSpan: number; vMerge?: string; xml: string };
type WordTable = { xml: string; rows: WordCell[][]; gridColumns: number };

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1])).join("");
const elements = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[0]);

function readTable(xml: string): WordTable {
  const rows = elements(xml, "w:tr").map((rowXml, row) => {
    let col = 0;
    return elements(rowXml, "w:tc").map((cellXml): WordCell => {
      const gridSpan = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cellXml)?.[1] ?? 1);
      const vMerge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(cellXml);
      const cell = {
        row,
        col,
        text: textOf(cellXml),
        gridSpan,
        vMerge: vMerge ? (vMerge[1] ?? "continue") : undefined,
        xml: cellXml,
      };
      col += gridSpan;
      return cell;
    });
  });
  return { xml, rows, gridColumns: (xml.match(/<w:gridCol /g) ?? []).length };
}

/** Every merged cell's text in each grid position it covers (a vMerge continuation takes the text above). */
function expand(table: WordTable): string[][] {
  const grid: string[][] = [];
  for (const cells of table.rows) {
    const line: string[] = [];
    for (const cell of cells) {
      const text = cell.vMerge === "continue" ? grid[cell.row - 1][cell.col] : cell.text;
      line.push(...Array<string>(cell.gridSpan).fill(text));
    }
    grid.push(line);
  }
  return grid;
}

async function readDocx(doc: ReportDocument) {
  const zip = await JSZip.loadAsync(await renderDocx(doc));
  const xml = await zip.file("word/document.xml")!.async("string");
  const tables = elements(xml, "w:tbl").map(readTable);
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  const paragraphs = elements(outside, "w:p").map((p) => ({
    text: textOf(p),
    style: /<w:pStyle w:val="(\w+)"\/>/.exec(p)?.[1],
    xml: p,
  }));
  return { xml, tables, paragraphs };
}

const find = (table: WordTable, text: string) => table.rows.flat().filter((cell) => cell.text === text);
const below = (table: WordTable, cell: WordCell, n: number) =>
  table.rows[cell.row + n]?.find((other) => other.col === cell.col);

function expectTablesMatch(tables: WordTable[], doc: ReportDocument) {
  const expected = expectedValues(doc);
  const sections = ["二", "三", "四"] as const;
  expect(tables).toHaveLength(sections.length);
  sections.forEach((section, i) => {
    const grid = expand(tables[i]);
    for (const line of grid) expect(line).toHaveLength(tables[i].gridColumns);
    expect(grid.flat().filter((text) => text === "")).toEqual([]); // every cell printed, headers included
    expect(Object.fromEntries(readTableValues(grid))).toEqual(Object.fromEntries(expected.get(section)!));
  });
}

describe("renderDocx", () => {
  it("prints the 柏香镇 2022 report: A4 portrait, title, headings in order, narrative paragraphs indented", async () => {
    const doc = baixiangReport();
    const { xml, paragraphs } = await readDocx(doc);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(paragraphs[0]).toMatchObject({ text: "柏香镇2022年政府信息公开工作年度报告", style: "Title" });
    const headings = paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(headings).toEqual(SECTIONS.map((section) => SECTION_HEADINGS[section]));
    const overview = doc.narrative.overview.split("\n");
    const start = paragraphs.findIndex((p) => p.text === SECTION_HEADINGS.一) + 1;
    const body = paragraphs.slice(start, start + overview.length);
    expect(body.map((p) => p.text)).toEqual(overview);
    for (const p of body) expect(p.xml).toContain('w:firstLineChars="200"');
    expect(body.at(-1)?.text).toContain("各类信息210篇，共采用25篇。");
    expect(paragraphs.at(-1)?.text).toBe("无");
  });

  it("prints the 柏香镇 tables with every cell 0 and fees with 4 decimals", async () => {
    const doc = baixiangReport();
    const { tables } = await readDocx(doc);
    expectTablesMatch(tables, doc);
    const printed = tables.map((table) => readTableValues(expand(table)));
    expect(printed.reduce((n, values) => n + values.size, 0)).toBe(listCells("V2021").length);
    expect(printed[0].get("行政事业性收费 | 本年收费金额（单位：万元）")).toBe("0.0000");
  });

  it.each<[Vintage, number]>([
    ["V2021", 2],
    ["V2019", 6],
  ])("prints every %s cell as the source has it (fees with %i decimals)", async (vintage, feeDecimals) => {
    const doc = sampleReport(vintage, 11, feeDecimals);
    expectTablesMatch((await readDocx(doc)).tables, doc);
  });

  it("prints what the source holds for any figures and precision", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Vintage>("V2019", "V2021"),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 6 }),
        async (vintage, seed, decimals) => {
          const doc = sampleReport(vintage, seed, decimals);
          expectTablesMatch((await readDocx(doc)).tables, doc);
        },
      ),
      { numRuns: 8 },
    );
  });

  it.each<Vintage>(["V2021", "V2019"])("merges the national headers of table 三 (%s)", async (vintage) => {
    const { tables } = await readDocx(sampleReport(vintage, 3, 2));
    const s3 = tables[1];
    const [note] = find(s3, getFormat(vintage).tables.find((table) => table.id === "s3")!.stubHeader);
    expect(note).toMatchObject({ row: 0, col: 0, gridSpan: 3, vMerge: "restart" });
    expect(below(s3, note, 2)).toMatchObject({ gridSpan: 3, vMerge: "continue", text: "" });
    expect(find(s3, "申请人情况")[0]).toMatchObject({ row: 0, gridSpan: 7 });
    expect(find(s3, "法人或其他组织")[0]).toMatchObject({ row: 1, gridSpan: 5 });
    for (const label of ["自然人", "总计"]) {
      const [cell] = find(s3, label);
      expect(cell).toMatchObject({ row: 1, vMerge: "restart" });
      expect(below(s3, cell, 1)).toMatchObject({ vMerge: "continue", text: "" });
    }
    const outcomeRows = vintage === "V2021" ? 22 : 20; // 21 or 19 leaves and （七）总计
    const [outcome] = find(s3, "三、本年度办理结果");
    expect(outcome.vMerge).toBe("restart");
    for (let n = 1; n < outcomeRows; n++) expect(below(s3, outcome, n)?.vMerge).toBe("continue");
    expect(below(s3, outcome, outcomeRows)).toMatchObject({ text: "四、结转下年度继续办理", gridSpan: 3 });
    const [denied] = find(s3, "（三）不予公开");
    expect(denied).toMatchObject({ col: 1, vMerge: "restart" });
    for (let n = 1; n < 8; n++) expect(below(s3, denied, n)?.vMerge).toBe("continue");
    expect(find(s3, "（一）予以公开")[0]).toMatchObject({ col: 1, gridSpan: 2 });
    expect(find(s3, "一、本年新收政府信息公开申请数量")[0]).toMatchObject({ col: 0, gridSpan: 3 });
    expect(s3.xml.match(/<w:tblHeader\/>/g)).toHaveLength(3); // the header rows repeat on each page
  });

  it("merges the three header levels of table 四 and keeps small tables on one page", async () => {
    const { tables } = await readDocx(sampleReport("V2021", 5, 2));
    const [s2, s3, s4] = tables;
    expect(find(s4, "行政复议")[0]).toMatchObject({ row: 0, gridSpan: 5 });
    expect(find(s4, "行政诉讼")[0]).toMatchObject({ row: 0, gridSpan: 10 });
    expect(find(s4, "未经复议直接起诉")[0]).toMatchObject({ row: 1, gridSpan: 5 });
    expect(find(s4, "复议后起诉")[0]).toMatchObject({ row: 1, gridSpan: 5 });
    const upheld = find(s4, "结果维持");
    expect(upheld.map((cell) => [cell.row, cell.vMerge])).toEqual([
      [1, "restart"],
      [2, undefined],
      [2, undefined],
    ]);
    expect(below(s4, upheld[0], 1)?.vMerge).toBe("continue");
    expect(find(s2, "第二十条第（一）项")[0]).toMatchObject({ gridSpan: 4 });
    expect(s2.xml).not.toContain("<w:tblHeader/>");
    expect(s4.rows[0][0].xml).toContain("<w:keepNext/>");
    expect(s3.rows[0][0].xml).not.toContain("<w:keepNext/>");
  });

  it("refuses tables in another format than the report's", async () => {
    const doc = sampleReport("V2021", 1, 2);
    await expect(renderDocx({ ...doc, vintage: "V2019" })).rejects.toThrow(/V2021/);
  });
});
