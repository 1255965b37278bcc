import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getFormat, LABEL_SEPARATOR, listCells, SECTION_HEADINGS, type Vintage } from "./format";
import type { ReportDocument } from "./document";
import { baixiangReport, expectedValues, readTableValues, sampleReport } from "./fixtures/read-back";
import { toCsvRows } from "./open-data";
import { DATA_SHEET, renderXlsx } from "./render-xlsx";

const SECTION_SHEETS = [SECTION_HEADINGS.二, SECTION_HEADINGS.三, SECTION_HEADINGS.四];
const NUMBER = /^-?\d+(\.\d+)?$/;
const GRID_TOP = 3; // below the report title and the section heading

async function readXlsx(doc: ReportDocument): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderXlsx(doc)) as unknown as ExcelJS.Buffer);
  return workbook;
}

const sheetOf = (workbook: ExcelJS.Workbook, name: string) => {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

/** A cell as displayed: numbers with the decimals of their number format. */
function displayed(cell: ExcelJS.Cell): string {
  const { value } = cell.master;
  if (typeof value !== "number") return String(value ?? "");
  return value.toFixed(cell.master.numFmt?.split(".")[1]?.length ?? 0);
}

function expandedGrid(sheet: ExcelJS.Worksheet): string[][] {
  const grid: string[][] = [];
  for (let r = GRID_TOP; r <= sheet.rowCount; r++) {
    grid.push(Array.from({ length: sheet.columnCount }, (_, c) => displayed(sheet.getCell(r, c + 1))));
  }
  return grid;
}

/** Rows × columns of the merged range whose top-left cell holds `label`. */
function mergeOf(sheet: ExcelJS.Worksheet, label: string): [number, number] {
  const masters: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cell.value === label && cell.master === cell && masters.push(cell)));
  expect(
    masters.map((cell) => cell.address),
    label,
  ).toHaveLength(1);
  const range = sheet.model.merges.find((merge) => merge.startsWith(`${masters[0].address}:`));
  if (!range) return [1, 1];
  const [top, bottom] = range.split(":").map((address) => sheet.getCell(address));
  return [Number(bottom.row) - Number(top.row) + 1, Number(bottom.col) - Number(top.col) + 1];
}

function expectSheetsMatch(workbook: ExcelJS.Workbook, doc: ReportDocument) {
  const expected = expectedValues(doc);
  (["二", "三", "四"] as const).forEach((section, i) => {
    const sheet = sheetOf(workbook, SECTION_SHEETS[i]);
    const grid = expandedGrid(sheet);
    expect(grid.flat().filter((text) => text === "")).toEqual([]); // every cell printed
    expect(Object.fromEntries(readTableValues(grid))).toEqual(Object.fromEntries(expected.get(section)!));
  });
}

/** Every value cell a real number: counts integers shown without decimals, money with `feeDecimals`. */
function expectRealNumbers(workbook: ExcelJS.Workbook, doc: ReportDocument) {
  const moneyFormat = doc.feeDecimals ? `0.${"0".repeat(doc.feeDecimals)}` : "0";
  let numbers = 0;
  for (const name of SECTION_SHEETS) {
    sheetOf(workbook, name).eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") expect(cell.value).not.toMatch(NUMBER);
        if (typeof cell.value !== "number" || cell.master !== cell) return;
        numbers++;
        if (cell.numFmt === "0") expect(Number.isInteger(cell.value), cell.address).toBe(true);
        else expect(cell.numFmt).toBe(moneyFormat);
      }),
    );
  }
  expect(numbers).toBe(listCells(doc.vintage).length);
}

function expectDataSheet(workbook: ExcelJS.Workbook, doc: ReportDocument) {
  const sheet = sheetOf(workbook, DATA_SHEET);
  expect(sheet.getRow(1).values).toEqual([undefined, "section", "row", "column", "code", "value"]);
  const cells = listCells(doc.vintage);
  expect(sheet.rowCount).toBe(cells.length + 1);
  const csv = toCsvRows(doc.tables).slice(1);
  cells.forEach((cell, i) => {
    const [section, row, column, code, value] = (sheet.getRow(i + 2).values as unknown[]).slice(1);
    expect([section, row, column, code]).toEqual([
      cell.section,
      cell.rowPath.join(LABEL_SEPARATOR),
      cell.columnPath.join(LABEL_SEPARATOR),
      cell.code,
    ]);
    expect(typeof value).toBe("number");
    expect(value).toBe(Number(doc.tables.cells[cell.code]?.value ?? 0));
    // The open-data CSV says the same: its line i ends in this exact value.
    expect(csv[i].startsWith(`${section},`)).toBe(true);
    expect(Number(csv[i].slice(csv[i].lastIndexOf(",") + 1))).toBe(value);
  });
}

describe("renderXlsx", () => {
  it("has a sheet per table section and the data sheet", async () => {
    const workbook = await readXlsx(baixiangReport());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...SECTION_SHEETS, DATA_SHEET]);
    for (const name of SECTION_SHEETS) {
      const sheet = sheetOf(workbook, name);
      expect(sheet.getCell("A1").value).toBe("柏香镇2022年政府信息公开工作年度报告");
      expect(sheet.getCell("A2").value).toBe(name);
    }
  });

  it("prints the 柏香镇 2022 tables: every cell 0, fees with 4 decimals", async () => {
    const doc = baixiangReport();
    const workbook = await readXlsx(doc);
    expectSheetsMatch(workbook, doc);
    expectRealNumbers(workbook, doc);
    expectDataSheet(workbook, doc);
    const fees = expandedGrid(sheetOf(workbook, SECTION_HEADINGS.二)).find((line) => line[0] === "行政事业性收费");
    expect(fees?.slice(1)).toEqual(["0.0000", "0.0000", "0.0000"]);
  });

  it.each<[Vintage, number]>([
    ["V2021", 4],
    ["V2019", 2],
  ])("holds every %s cell as the source has it (fees with %i decimals)", async (vintage, feeDecimals) => {
    const doc = sampleReport(vintage, 29, feeDecimals);
    const workbook = await readXlsx(doc);
    expectSheetsMatch(workbook, doc);
    expectRealNumbers(workbook, doc);
    expectDataSheet(workbook, doc);
  });

  it("holds what the source holds for any figures and precision", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Vintage>("V2019", "V2021"),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 6 }),
        async (vintage, seed, decimals) => {
          const doc = sampleReport(vintage, seed, decimals);
          const workbook = await readXlsx(doc);
          expectSheetsMatch(workbook, doc);
          expectRealNumbers(workbook, doc);
          expectDataSheet(workbook, doc);
        },
      ),
      { numRuns: 8 },
    );
  });

  it.each<Vintage>(["V2021", "V2019"])("merges the national headers (%s)", async (vintage) => {
    const workbook = await readXlsx(sampleReport(vintage, 3, 2));
    const s3 = sheetOf(workbook, SECTION_HEADINGS.三);
    const note = getFormat(vintage).tables.find((table) => table.id === "s3")!.stubHeader;
    expect(mergeOf(s3, note)).toEqual([3, 3]);
    expect(mergeOf(s3, "申请人情况")).toEqual([1, 7]);
    expect(mergeOf(s3, "法人或其他组织")).toEqual([1, 5]);
    expect(mergeOf(s3, "自然人")).toEqual([2, 1]);
    expect(mergeOf(s3, "三、本年度办理结果")).toEqual([vintage === "V2021" ? 22 : 20, 1]);
    expect(mergeOf(s3, "（三）不予公开")).toEqual([8, 1]);
    expect(mergeOf(s3, "（七）总计")).toEqual([1, 2]);
    const s4 = sheetOf(workbook, SECTION_HEADINGS.四);
    expect(mergeOf(s4, "行政复议")).toEqual([1, 5]);
    expect(mergeOf(s4, "行政诉讼")).toEqual([1, 10]);
    expect(mergeOf(s4, "未经复议直接起诉")).toEqual([1, 5]);
    expect(mergeOf(s4, "复议后起诉")).toEqual([1, 5]);
  });

  it("freezes the title and header rows and the stub, and widens the stub for its labels", async () => {
    const workbook = await readXlsx(sampleReport("V2021", 3, 2));
    const frozen = (name: string) => {
      const [view] = sheetOf(workbook, name).views;
      return view.state === "frozen" ? [view.xSplit, view.ySplit] : undefined;
    };
    expect(frozen(SECTION_HEADINGS.二)).toEqual([1, 2]);
    expect(frozen(SECTION_HEADINGS.三)).toEqual([3, 5]);
    expect(frozen(SECTION_HEADINGS.四)).toEqual([0, 5]);
    expect(frozen(DATA_SHEET)).toEqual([0, 1]);
    const s3 = sheetOf(workbook, SECTION_HEADINGS.三);
    expect(s3.getColumn(3).width).toBeGreaterThan(2 * (s3.getColumn(4).width ?? 0));
  });
});
