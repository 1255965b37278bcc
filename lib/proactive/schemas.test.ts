import { describe, expect, it } from "vitest";
import { decisionTallyInput, feeCollectionInput, repealInput } from "./schemas";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => [i.path[0], i.message]);

describe("proactive-disclosure inputs", () => {
  it("takes a tally for a month or, with no month, the whole year; counts are whole and not negative", () => {
    expect(
      decisionTallyInput.parse({ kind: "LICENSING", departmentId: "1", year: "2026", month: "", count: "0" }),
    ).toMatchObject({ month: null, count: 0 });
    expect(
      decisionTallyInput.parse({ kind: "PENALTY", departmentId: "1", year: "2026", month: "4", count: "12" }),
    ).toMatchObject({ month: 4 });
    expect(
      issues(decisionTallyInput.safeParse({ kind: "", departmentId: "1", year: "2026", month: "13", count: "-1" })),
    ).toEqual([
      ["kind", "请选择决定类别。"],
      ["month", "月份应为 1–12。"],
      ["count", "决定数量不能为负数。"],
    ]);
    expect(
      issues(decisionTallyInput.safeParse({ kind: "COERCION", departmentId: "1", year: "2026", count: "1.5" })),
    ).toEqual([["count", "决定数量应为整数。"]]);
  });

  it("keeps fee amounts as exact decimal text and says what is wrong with a bad one", () => {
    expect(feeCollectionInput.parse({ departmentId: "1", year: "2026", month: "", amount: "0.10" }).amount).toBe(
      "0.10",
    );
    expect(issues(feeCollectionInput.safeParse({ departmentId: "1", year: "2026", amount: "12.345" }))).toEqual([
      ["amount", "金额以元为单位，最多保留两位小数（到分）。"],
    ]);
  });

  it("needs a date to repeal, none to undo a repeal", () => {
    expect(issues(repealInput.safeParse({ id: "1", version: "1", mode: "repeal", repealedOn: "" }))).toEqual([
      ["repealedOn", "请填写废止日期。"],
    ]);
    expect(repealInput.parse({ id: "1", version: "2", mode: "restore", repealedOn: "2026-01-01" })).toEqual({
      id: 1,
      version: 2,
      repealedOn: null,
    });
    expect(repealInput.parse({ id: "1", version: "2", repealedOn: "2026-01-01" })).toEqual({
      id: 1,
      version: 2,
      repealedOn: "2026-01-01",
    });
  });
});
