import { describe, expect, it } from "vitest";
import { fieldKind, readValue, splitFields, tokenizeLine } from "./tokenize";

describe("splitFields", () => {
  it("splits at tabs, keeping empty fields", () => {
    expect(splitFields("规章\t0\t\t0\t")).toEqual(["规章", "0", "", "0", ""]);
  });

  it("splits a line without tabs at its spaces", () => {
    expect(splitFields("行政许可 0")).toEqual(["行政许可", "0"]);
    expect(splitFields("　(三)　不予公开 1.属于国家秘密　0 0")).toEqual([
      "(三)",
      "不予公开",
      "1.属于国家秘密",
      "0",
      "0",
    ]);
    expect(splitFields("   ")).toEqual([]);
  });

  it("splits figures a copy left in one tab field", () => {
    expect(splitFields("行政许可 3\t")).toEqual(["行政许可", "3", ""]);
    expect(splitFields("0 0\t1")).toEqual(["0", "0", "1"]);
    expect(splitFields("(三) 不予公开\t1")).toEqual(["(三) 不予公开", "1"]);
  });
});

describe("fieldKind", () => {
  it("tells blanks, figures, dashes and text apart", () => {
    expect(["", " ", "\u3000"].map(fieldKind)).toEqual(["empty", "empty", "empty"]);
    expect(["0", "12", "-3", "+2", "０", "1,234", "0.1235", "3件", "2.5万元"].map(fieldKind)).toEqual(
      Array(9).fill("number"),
    );
    expect(["—", "-", "/", "／", "——", "无"].map(fieldKind)).toEqual(Array(6).fill("dash"));
    expect(["若干", "2.重复申请", "自然人", "1.5.2"].map(fieldKind)).toEqual(Array(4).fill("text"));
  });
});

describe("readValue", () => {
  const field = (text: string) => tokenizeLine(text, 1).fields[0];

  it("reads a blank or a dash as 0 flagged blank", () => {
    expect(readValue(undefined, "count")).toEqual({ value: { value: 0, blank: true } });
    expect(readValue(field("—"), "count")).toEqual({ value: { value: 0, blank: true } });
    expect(readValue(field("/"), "money")).toEqual({ value: { value: "0", blank: true } });
  });

  it("reads counts as printed, and money as an exact 万元 decimal", () => {
    expect(readValue(field("１２"), "count")).toEqual({ value: { value: 12 } });
    expect(readValue(field("1,234件"), "count")).toEqual({ value: { value: 1234 } });
    expect(readValue(field("-2"), "delta")).toEqual({ value: { value: -2 } });
    expect(readValue(field("-2"), "count")).toEqual({ value: { value: -2 } }); // rule 5 flags it
    expect(readValue(field("0.1200"), "money")).toEqual({ value: { value: "0.12" } });
    expect(readValue(field("0.0000"), "money")).toEqual({ value: { value: "0" } });
    expect(readValue(field("1234.56"), "money", "yuan")).toEqual({ value: { value: "0.123456" } });
  });

  it("refuses text rather than guessing", () => {
    expect(readValue(field("若干"), "count")).toEqual({ error: "「若干」不是数字" });
  });
});

describe("page numbers", () => {
  it("a page number a PDF's text puts between table rows is no row: its dashes are not blank cells", () => {
    for (const line of ["- 2 -", "— 12 —", "－3－", "第 2 页", "第2页 共5页", "2 / 5"])
      expect(tokenizeLine(line, 1).fields, line).toEqual([]);
    expect(tokenizeLine("-\t2\t-", 1).fields.map((f) => f.kind)).toEqual(["dash", "number", "dash"]);
  });
});
