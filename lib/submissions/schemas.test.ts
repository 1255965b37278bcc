import { describe, expect, it } from "vitest";
import { submissionFormInput, submissionInput } from "./schemas";

const form = {
  departmentId: "1",
  categoryId: "2",
  title: " 标题 ",
  summary: "",
  week: "2026-W09",
  outletIds: ["3", "4"],
};

describe("the submission form", () => {
  it("reads the week input as ISO year and week, and one checkbox as a list", () => {
    expect(submissionFormInput.parse({ ...form, outletIds: "3" })).toEqual({
      departmentId: 1,
      categoryId: 2,
      title: "标题",
      summary: "",
      isoYear: 2026,
      isoWeek: 9,
      outletIds: [3],
    });
  });

  it("puts each problem beside its field", () => {
    const result = submissionFormInput.safeParse({ ...form, title: "", week: "2022-W53", outletIds: undefined });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => [i.path[0], i.message]);
    expect(paths).toContainEqual(["title", "请填写标题。"]);
    expect(paths).toContainEqual(["week", "2022年共 52 周，周次应在 1–52 之间。"]);
    expect(paths).toContainEqual(["outletIds", "请至少选择一个报送渠道。"]);
  });

  it("checks the week against the year in the domain input too", () => {
    const result = submissionInput.safeParse({
      departmentId: 1,
      categoryId: 2,
      title: "t",
      isoYear: 2022,
      isoWeek: 53,
      outletIds: [1],
    });
    expect(result.error?.issues[0]).toMatchObject({ path: ["isoWeek"], message: "2022年共 52 周。" });
  });
});
