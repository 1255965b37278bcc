import { describe, expect, it } from "vitest";
import { listCells } from "./format";
import { BAIXIANG_2022, BAIXIANG_2022_NARRATIVE } from "./fixtures/baixiang-2022";
import { CSV_HEADER, toCsv, toCsvRows, toJson } from "./open-data";
import { deriveTotals, emptyTables } from "./tables";

describe("toCsvRows", () => {
  const rows = toCsvRows(emptyTables("V2021"));

  it("prints one line per cell after the header", () => {
    expect(rows[0]).toBe(CSV_HEADER);
    expect(rows).toHaveLength(1 + listCells("V2021").length);
    expect(rows).toContain("三,三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密,法人或其他组织 / 商业企业,0");
    expect(rows).toContain("二,行政事业性收费,本年收费金额（单位：万元）,0");
    expect(rows).toContain("四,,行政诉讼 / 复议后起诉 / 总计,0");
  });

  it("quotes fields that need it and ends lines with CRLF", () => {
    const tables = emptyTables("V2021");
    tables.cells["s2.fees.amount"] = { value: "1,5" }; // malformed, but must not break the CSV
    expect(toCsvRows(tables)).toContain('二,行政事业性收费,本年收费金额（单位：万元）,"1,5"');
    expect(toCsv(tables).endsWith("\r\n")).toBe(true);
    expect(toCsv(tables).split("\r\n")).toHaveLength(rows.length + 1);
  });

  it("keeps a negative 本年增/减 a number, and never writes a field a spreadsheet would run", () => {
    const v2019 = emptyTables("V2019");
    v2019.cells["s2.licensing.itemsChange"] = { value: -1 };
    expect(toCsvRows(v2019)).toContain("二,行政许可,本年增/减,-1");
    const v2021 = emptyTables("V2021");
    v2021.cells["s2.fees.amount"] = { value: '=HYPERLINK("http://evil.example","x")' }; // no form accepts it
    expect(toCsvRows(v2021)).toContain(
      `二,行政事业性收费,本年收费金额（单位：万元）,"'=HYPERLINK(""http://evil.example"",""x"")"`,
    );
  });
});

describe("toJson", () => {
  const tables = deriveTotals("V2021", { "s3.new.natural": { value: 2 }, "s2.fees.amount": { value: "0.123456" } });
  tables.cells["s3.new.research"] = { value: 0, blank: true };
  const json = toJson({ ...BAIXIANG_2022, vintage: "V2021", tables, narrative: BAIXIANG_2022_NARRATIVE });

  it("describes the report and its six sections", () => {
    expect(json).toMatchObject({
      schema: "gov-disclosure-annual-report/1",
      title: "柏香镇2022年政府信息公开工作年度报告",
      agency: { name: "柏香镇人民政府", titleName: "柏香镇" },
      year: 2022,
      vintage: "V2021",
      notice: "国办公开办函〔2021〕30号",
      feeDecimals: 4,
    });
    expect(json.sections.map((s) => s.heading)).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
    expect(json.sections[5].text).toBe("无");
    expect(json.sections[1].tables).toHaveLength(4);
  });

  it("gives tables as rows × columns with labels, codes and values", () => {
    const s3 = json.sections[2].tables![0];
    expect(s3.columnCaption).toBe("申请人情况");
    expect(s3.columns).toHaveLength(7);
    expect(s3.columns[1]).toEqual({ code: "commercial", path: ["法人或其他组织", "商业企业"], kind: "count" });
    expect(s3.rows).toHaveLength(25);
    expect(s3.rows[0].path).toEqual(["一、本年新收政府信息公开申请数量"]);
    expect(s3.rows[0].cells[0]).toEqual({ code: "s3.new.natural", value: 2 });
    expect(s3.rows[0].cells[2]).toEqual({ code: "s3.new.research", value: 0, blank: true });
    expect(s3.rows[0].cells[6]).toEqual({ code: "s3.new.total", value: 2, derived: true });
    const fees = json.sections[1].tables![3];
    expect(fees.columns[0]).toEqual({
      code: "amount",
      path: ["本年收费金额（单位：万元）"],
      kind: "money",
      unit: "万元",
    });
    expect(fees.rows[0].cells[0]).toEqual({ code: "s2.fees.amount", value: "0.123456" });
    const s4 = json.sections[3].tables![0];
    expect(s4.rows).toEqual([expect.objectContaining({ code: "", path: [] })]);
    expect(s4.rows[0].cells).toHaveLength(15);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("toJson marks manual figures without their internal reason", () => {
  it("flags the cell", () => {
    const tables = deriveTotals("V2021", {
      "s3.carriedOver.natural": { value: 3, manual: { reason: "启用系统前的结转数" } },
    });
    const json = toJson({ ...BAIXIANG_2022, vintage: "V2021", tables, narrative: BAIXIANG_2022_NARRATIVE });
    const s3 = json.sections[2].tables![0];
    expect(s3.rows[1].cells[0]).toEqual({ code: "s3.carriedOver.natural", value: 3, manual: true });
    expect(JSON.stringify(json)).not.toContain("启用系统前的结转数");
  });
});
