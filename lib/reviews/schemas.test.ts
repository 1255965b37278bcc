import { describe, expect, it } from "vitest";
import { reviewCaseInput } from "./schemas";

const base = {
  kind: "RECONSIDERATION",
  departmentId: "1",
  applicationId: "",
  caseNumber: "沁复〔2026〕1号",
  filedOn: "2026-03-01",
  outcome: "",
  decidedOn: "",
  note: "",
};
const issues = (input: Record<string, string>) =>
  (reviewCaseInput.safeParse(input).error?.issues ?? []).map((i) => [i.path[0], i.message]);

describe("a review case", () => {
  it("may be open (no outcome, no date) and without a related application", () => {
    expect(reviewCaseInput.parse(base)).toMatchObject({ applicationId: null, outcome: null, decidedOn: null });
  });

  it("needs the outcome and the decision date together", () => {
    expect(issues({ ...base, outcome: "UPHELD" })).toEqual([["decidedOn", "已选择审理结果，请同时填写结案日期。"]]);
    expect(issues({ ...base, decidedOn: "2026-05-01" })).toEqual([["outcome", "已填写结案日期，请同时选择审理结果。"]]);
    expect(reviewCaseInput.parse({ ...base, outcome: "CORRECTED", decidedOn: "2026-03-01" })).toMatchObject({
      outcome: "CORRECTED",
      decidedOn: "2026-03-01",
    });
  });

  it("is not decided before it was filed, and has valid dates", () => {
    expect(issues({ ...base, outcome: "OTHER", decidedOn: "2026-02-28" })).toEqual([
      ["decidedOn", "结案日期不能早于立案日期。"],
    ]);
    expect(issues({ ...base, filedOn: "2026-02-30" })).toEqual([["filedOn", "立案日期不是有效日期。"]]);
    expect(issues({ ...base, kind: "" })).toEqual([["kind", "请选择案件类别。"]]);
  });
});
