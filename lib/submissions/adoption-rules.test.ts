import { describe, expect, it } from "vitest";
import { adoptionDateProblem } from "./adoption-rules";

const week10 = { isoYear: 2023, isoWeek: 10 }; // Mon 2023-03-06 – Sun 2023-03-12

describe("adoption dates", () => {
  it("refuses a date before the week the item was reported for", () => {
    expect(adoptionDateProblem(week10, "2022-01-05", "2026-12-04")).toBe(
      "采用日期不能早于该信息的上报周（2023年第10周自 2023-03-06 起）。",
    );
    expect(adoptionDateProblem(week10, "2023-03-05", "2026-12-04")).not.toBeNull();
    expect(adoptionDateProblem(week10, "2023-03-06", "2026-12-04")).toBeNull();
  });

  it("refuses a date after today, and one beyond the item's year", () => {
    expect(adoptionDateProblem(week10, "2031-05-05", "2026-12-04")).toBe("采用日期不能晚于今天（2026-12-04）。");
    expect(adoptionDateProblem(week10, "2024-05-05", "2026-12-04")).toContain("已超出该信息所属年度");
    expect(adoptionDateProblem(week10, "2024-01-31", "2026-12-04")).toBeNull();
  });

  it("a week that ends in the next calendar year still allows adoptions until 31 January of that year", () => {
    // 2020-W53 runs Mon 2020-12-28 – Sun 2021-01-03; 2026-W01 starts Mon 2025-12-29.
    expect(adoptionDateProblem({ isoYear: 2020, isoWeek: 53 }, "2021-01-31", "2026-12-04")).toBeNull();
    expect(adoptionDateProblem({ isoYear: 2020, isoWeek: 53 }, "2021-02-01", "2026-12-04")).not.toBeNull();
    expect(adoptionDateProblem({ isoYear: 2026, isoWeek: 1 }, "2025-12-29", "2026-12-04")).toBeNull();
  });
});
