import { describe, expect, it } from "vitest";
import { listCells } from "./format";
import { cellNumber, deriveTotals, emptyTables, numberOf } from "./tables";

describe("deriveTotals", () => {
  it("computes every 总计 from the base cells", () => {
    const tables = deriveTotals("V2021", {
      "s3.outcome.granted.natural": { value: 2 },
      "s3.outcome.granted.commercial": { value: 1 },
      "s3.outcome.denied.stateSecret.natural": { value: 3, manual: { reason: "纸质台账" } },
      "s4.litigationDirect.upheld": { value: 1 },
      "s4.litigationDirect.pending": { value: 2 },
    });
    expect(cellNumber(tables, "s3.outcome.granted.total")).toBe(3);
    expect(cellNumber(tables, "s3.outcome.total.natural")).toBe(5);
    expect(cellNumber(tables, "s3.outcome.total.commercial")).toBe(1);
    expect(cellNumber(tables, "s3.outcome.total.total")).toBe(6);
    expect(cellNumber(tables, "s3.new.total")).toBe(0);
    expect(cellNumber(tables, "s4.litigationDirect.total")).toBe(3);
    expect(cellNumber(tables, "s4.reconsideration.total")).toBe(0);
    expect(tables.cells["s3.outcome.denied.stateSecret.natural"]?.manual).toEqual({ reason: "纸质台账" });
  });

  it("replaces typed totals and leaves missing base cells missing", () => {
    const tables = deriveTotals("V2021", { "s3.new.natural": { value: 1 }, "s3.new.total": { value: 99 } });
    expect(cellNumber(tables, "s3.new.total")).toBe(1);
    expect(tables.cells["s3.new.commercial"]).toBeUndefined();
    expect(Object.keys(tables.cells)).toHaveLength(1 + listCells("V2021").filter((c) => c.derived).length);
  });

  it("rejects codes that are not in the format", () => {
    expect(() => deriveTotals("V2019", { "s2.fees.amount": { value: "1" } })).toThrow(/unknown cell/);
  });
});

describe("emptyTables", () => {
  it("holds every cell at zero, money as a decimal string", () => {
    const tables = emptyTables("V2021");
    expect(Object.keys(tables.cells)).toHaveLength(listCells("V2021").length);
    expect(tables.cells["s2.fees.amount"]).toEqual({ value: "0" });
    expect(tables.cells["s3.new.natural"]).toEqual({ value: 0 });
  });

  it("reads blank, missing and malformed values as 0", () => {
    expect(numberOf(undefined)).toBe(0);
    expect(numberOf({ value: 0, blank: true })).toBe(0);
    expect(numberOf({ value: "abc" })).toBe(0);
    expect(numberOf({ value: "0.25" })).toBe(0.25);
  });
});
