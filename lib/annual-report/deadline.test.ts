import { describe, expect, it } from "vitest";
import { describeDeadline, reportDeadlines } from "./deadline";

describe("report deadlines", () => {
  it("counts down to 31 January and to an earlier internal deadline", () => {
    const [internal, statutory] = reportDeadlines(2024, { month: 1, day: 20 }, "2025-01-10", false);
    expect(internal).toMatchObject({ date: "2025-01-20", daysLeft: 10, overdue: false });
    expect(statutory).toMatchObject({ date: "2025-01-31", daysLeft: 21, overdue: false });
    expect(describeDeadline(statutory, false)).toBe("2025-01-31（还剩 21 天）");
  });

  it("is overdue after the date unless published", () => {
    const [statutory] = reportDeadlines(2024, { month: null, day: null }, "2025-02-03", false);
    expect(statutory).toMatchObject({ daysLeft: -3, overdue: true });
    expect(describeDeadline(statutory, false)).toBe("2025-01-31（已逾期 3 天）");
    expect(reportDeadlines(2024, { month: null, day: null }, "2025-02-03", true)[0].overdue).toBe(false);
  });
});
