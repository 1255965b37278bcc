import { describe, expect, it } from "vitest";
import { getFormat, headerLeaves } from "@/lib/national-format/format";
import { matchColumns, matchRow } from "./match";

const s3 = getFormat("V2021").tables.find((t) => t.id === "s3")!;
const rows = headerLeaves(s3.rows);
const code = (text: string) => matchRow(text, rows)?.leaf.codes.join(".");

describe("matchRow (table 三)", () => {
  it("names the row by its own label, whatever precedes it", () => {
    expect(code("一、本年新收政府信息公开申请数量")).toBe("new");
    expect(code("三、本年度办理结果 (三) 不予公开 1.属于国家秘密")).toBe("outcome.denied.stateSecret");
    expect(code("公开 2.其他法律法规禁止公开")).toBe("outcome.denied.lawProhibited");
    expect(code("(七) 总计")).toBe("outcome.total");
    expect(code("（六）其他处理 3.其他")).toBe("outcome.other.other");
    expect(code("结转下年度继续办理")).toBe("carryForward");
  });

  it("names no row for a group label, a fragment or a tie", () => {
    expect(code("三、本年度办理结果")).toBeUndefined();
    expect(code("（六）其他处理")).toBeUndefined(); // a leaf only in the 2019 format
    expect(code("公开")).toBeUndefined();
    expect(code("再处理其政府信息公开申请")).toBeUndefined(); // the end of two labels
    expect(code("2.申请人逾期未按收费通知要求缴纳费用、行政机关不")).toBe("outcome.other.feeUnpaid");
  });

  it("reads the 2019 format's single 其他处理 row", () => {
    const rows2019 = headerLeaves(getFormat("V2019").tables.find((t) => t.id === "s3")!.rows);
    expect(matchRow("(六) 其他处理", rows2019)?.leaf.codes.join(".")).toBe("outcome.other");
  });
});

describe("matchColumns", () => {
  it("pairs header fields with columns one to one", () => {
    const item1 = getFormat("V2021").tables.find((t) => t.id === "s2.item1")!;
    const matched = matchColumns(["现行有效件数", "本年制发数", "本年废止件数"], item1.columns);
    expect(matched.map((leaf) => leaf?.codes.join("."))).toEqual(["inForce", "issued", "repealed"]);
    expect(matchColumns(["采购项目数量"], item1.columns)).toEqual([undefined]);
  });
});
