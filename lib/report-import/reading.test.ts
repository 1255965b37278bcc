import { describe, expect, it } from "vitest";
import { assignFields, bestSplit } from "./reading";
import { tokenizeLine } from "./tokenize";

const fields = (line: string) => tokenizeLine(line, 1).fields;
const texts = (assigned: ReturnType<typeof assignFields>) => assigned.fields.map((f) => f?.text);

describe("assignFields", () => {
  it("sets aside the empty fields a copy puts around a row's figures", () => {
    expect(texts(assignFields(fields("\t1\t2\t3"), 3))).toEqual(["1", "2", "3"]); // stub padding
    expect(texts(assignFields(fields("1\t2\t3\t"), 3))).toEqual(["1", "2", "3"]); // trailing tab
    expect(texts(assignFields(fields("\t\t\t1\t2"), 3, { padding: 2, tabs: true }))).toEqual(["", "1", "2"]); // padding, then a blank
    expect(texts(assignFields(fields("\t\t1\t2\t"), 3, { padding: 2, tabs: true }))).toEqual(["1", "2", ""]); // padding, then a blank total
  });

  it("reads a row printed blank as blank, and a short row as blank at its end", () => {
    const blank = assignFields(fields("\t\t"), 3);
    expect(texts(blank)).toEqual(["", "", ""]);
    expect(blank.problem).toBeUndefined();
    const short = assignFields(fields("1\t2"), 3);
    expect(texts(short)).toEqual(["1", "2", undefined]);
    expect(short.problem).toContain("少于 3 列");
  });

  it("never guesses: too many figures, blanks that left no field, or empty fields that may be padding", () => {
    const long = assignFields(fields("1\t2\t3\t4"), 3);
    expect(long.ambiguous).toContain("多于 3 列");
    expect(texts(long)).toEqual([undefined, undefined, undefined]);
    expect(assignFields(fields("1 2"), 3, { tabs: false }).ambiguous).toContain("空白单元格不留位置");
    expect(assignFields(fields("\t1\t2"), 3).ambiguous).toContain("标签列的占位");
    // The same fields are certain once the layout is known: one padding field, then a blank.
    expect(texts(assignFields(fields("\t\t1\t2"), 3, { padding: 1, tabs: true }))).toEqual(["", "1", "2"]);
  });
});

describe("bestSplit", () => {
  const match = (labels: string[]) => (labels.join("") === "规章" ? { score: 1 } : undefined);

  it("ends the labels where they name a row, so a value printed as text stays a value", () => {
    const split = bestSplit(tokenizeLine("规章\t若干\t0\t0", 1), 3, match);
    expect(split.labels).toEqual(["规章"]);
    expect(split.values.map((f) => f.text)).toEqual(["若干", "0", "0"]);
  });

  it("has no labels on a line of figures", () => {
    expect(bestSplit(tokenizeLine("0\t1", 1), 2, match).labels).toEqual([]);
  });
});
