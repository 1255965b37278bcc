import { describe, expect, it } from "vitest";
import { getCell, getFormat, headerDepth, headerLeaves, listCells, SECTION_HEADINGS, SECTIONS } from "./format";
import { BAIXIANG_2022, BAIXIANG_2022_NARRATIVE } from "./fixtures/baixiang-2022";
import { toCsvRows } from "./open-data";
import { formatCellValue, renderText } from "./render-text";
import { emptyTables } from "./tables";

const seedReport = {
  ...BAIXIANG_2022,
  vintage: "V2021" as const,
  tables: emptyTables("V2021"),
  narrative: BAIXIANG_2022_NARRATIVE,
};

describe("renderText", () => {
  const text = renderText(seedReport);
  const lines = text.split("\n");

  it("prints the title and the six section headings in order", () => {
    expect(lines[0]).toBe("柏香镇2022年政府信息公开工作年度报告");
    const positions = SECTIONS.map((section) => lines.indexOf(SECTION_HEADINGS[section]));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain("共采用25篇。");
    expect(lines.at(-2)).toBe("无"); // 六、其他需要报告的事项
  });

  it("prints every official label byte-exact, not the seed's variants", () => {
    for (const table of getFormat("V2021").tables) {
      if (table.title) expect(lines).toContain(table.title + "\t".repeat(headerLeaves(table.columns).length));
      if (table.stubHeader) expect(text).toContain(table.stubHeader);
    }
    for (const cell of listCells("V2021"))
      for (const label of [...cell.rowPath, ...cell.columnPath]) expect(text).toContain(label);
    expect(text).toContain("本年收费金额（单位：万元）\n");
    expect(text).toContain("2.其他法律行政法规禁止公开");
    expect(text).not.toContain("其他法律法规禁止公开");
    expect(text).not.toContain("(一)");
  });

  it("prints every cell, none blank, in rows carrying their full label path", () => {
    for (const table of getFormat("V2021").tables) {
      const stubWidth = headerDepth(table.rows);
      const columns = headerLeaves(table.columns);
      for (const cell of listCells("V2021").filter((c) => c.tableId === table.id)) {
        const stub = [...cell.rowPath, ...Array<string>(stubWidth - cell.rowPath.length).fill("")];
        const rows = lines.filter((line) => {
          const fields = line.split("\t");
          return (
            fields.length === stubWidth + columns.length &&
            fields.slice(0, stubWidth).join("\t") === stub.join("\t") &&
            /^\d/.test(fields[stubWidth])
          );
        });
        expect(rows, cell.code).toHaveLength(1);
        const index = columns.findIndex((c) => c.codes.join(".") === cell.columnCode);
        expect(rows[0].split("\t")[stubWidth + index]).toBe(cell.kind === "money" ? "0.0000" : "0");
      }
    }
  });

  it("prints the table 四 header over three lines like published reports", () => {
    const start = lines.indexOf("行政复议" + "\t".repeat(5) + "行政诉讼" + "\t".repeat(9));
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 1]).toBe(
      [
        "结果维持",
        "结果纠正",
        "其他结果",
        "尚未审结",
        "总计",
        "未经复议直接起诉",
        "",
        "",
        "",
        "",
        "复议后起诉",
        "",
        "",
        "",
        "",
      ].join("\t"),
    );
    expect(lines[start + 2]).toBe(
      ["", "", "", "", "", ...Array(2).fill(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]).flat()].join(
        "\t",
      ),
    );
    expect(lines[start + 3]).toBe(Array(15).fill("0").join("\t"));
  });

  it("keeps every line of a table the same width", () => {
    const s3Start = lines.findIndex((line) => line.startsWith("（本列数据的勾稽关系为"));
    const s3Lines = lines.slice(s3Start, lines.indexOf("", s3Start));
    expect(s3Lines).toHaveLength(3 + 25);
    expect(new Set(s3Lines.map((line) => line.split("\t").length))).toEqual(new Set([10]));
  });

  it("prints money in 万元 rounded to the agency's decimals", () => {
    const tables = emptyTables("V2021");
    tables.cells["s2.fees.amount"] = { value: "0.123456" };
    tables.cells["s3.new.natural"] = { value: 3 };
    const report = { ...seedReport, tables, feeDecimals: 2 };
    expect(renderText(report)).toContain("行政事业性收费\t0.12\n");
    expect(renderText({ ...report, feeDecimals: 4 })).toContain("行政事业性收费\t0.1235\n");
    expect(renderText(report)).toContain("一、本年新收政府信息公开申请数量\t\t\t3\t");
  });

  it("prints the 2019 format's table 二 blocks", () => {
    const text2019 = renderText({ ...seedReport, year: 2020, vintage: "V2019", tables: emptyTables("V2019") });
    expect(text2019).toContain("第二十条第（九）项\t\t\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t0\t0.0000\n");
    expect(text2019).toContain("三、本年度办理结果\t（六）其他处理\t\t0\t");
  });
});

describe("a figure not entered yet", () => {
  it("prints blank, never 0, in every table layout and in the CSV", () => {
    expect(formatCellValue(getCell("V2019", "s2.rule.published"), undefined, 2)).toBe("");
    expect(formatCellValue(getCell("V2019", "s2.rule.published"), { value: 0 }, 2)).toBe("0");
    const tables = { vintage: "V2019" as const, cells: {} };
    expect(toCsvRows(tables)[1]).toBe("二,规章,本年新制作数量,");
  });
});
