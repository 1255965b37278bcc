import { describe, expect, it } from "vitest";
import {
  describeDeadline,
  reportDeadlines,
  submissionNotYetOpen,
  submissionOpensOn,
  type DeadlineContext,
} from "./deadline";

const department: DeadlineContext = { level: "COUNTY_DEPARTMENT", parent: null, internal: null };
const county: DeadlineContext = { level: "COUNTY_GOVERNMENT", parent: null, internal: null };
const township = (deadline: { month: number; day: number } | null): DeadlineContext => ({
  level: "TOWNSHIP_GOVERNMENT",
  parent: { name: "沁阳市人民政府", townshipDeadline: deadline },
  internal: null,
});

describe("report deadlines follow the agency's level (条例第四十九条)", () => {
  it("binds 县级以上人民政府部门 to 31 January", () => {
    const [deadline] = reportDeadlines(2024, department, "2025-01-10", false);
    expect(deadline).toMatchObject({ label: "法定期限", date: "2025-01-31", daysLeft: 21, overdue: false });
    expect(deadline.basis).toContain("条例第四十九条：县级以上人民政府部门应当在每年1月31日前");
    expect(describeDeadline(deadline, false)).toBe("2025-01-31（还剩 21 天）");
    expect(reportDeadlines(2024, { ...department, level: "CITY_DEPARTMENT" }, "2025-01-10", false)[0].date).toBe(
      "2025-01-31",
    );
  });

  it("binds 县级以上地方人民政府 to 31 March for their own report", () => {
    const [deadline] = reportDeadlines(2024, county, "2025-02-01", false);
    expect(deadline).toMatchObject({ label: "法定公布期限", date: "2025-03-31", overdue: false });
    expect(deadline.basis).toContain("县级以上地方人民政府应当在每年3月31日前");
    expect(reportDeadlines(2024, { ...county, level: "CITY_GOVERNMENT" }, "2025-02-01", false)[0].date).toBe(
      "2025-03-31",
    );
  });

  it("gives a 乡镇 the date its county set, never 第四十九条's 1月31日", () => {
    const [deadline] = reportDeadlines(2024, township({ month: 2, day: 20 }), "2025-02-21", false);
    expect(deadline).toMatchObject({ label: "报送期限", date: "2025-02-20", daysLeft: -1, overdue: true });
    expect(deadline.basis).toBe("沁阳市人民政府规定的乡镇报送期限（条例第四十九条未规定乡镇的期限）");
    expect(deadline.basis).not.toContain("1月31日");
  });

  it("says so when the county has not set a township date yet", () => {
    const [deadline] = reportDeadlines(2024, township(null), "2025-02-21", false);
    expect(deadline).toEqual({
      label: "报送期限",
      basis: "乡镇的报送期限由沁阳市人民政府确定，尚未设定",
      overdue: false,
    });
    expect(describeDeadline(deadline, false)).toBe("未设定");
  });

  it("adds the agency's own internal target, and is not overdue once published", () => {
    const [internal, statutory] = reportDeadlines(
      2024,
      { ...department, internal: { month: 1, day: 20 } },
      "2025-02-03",
      false,
    );
    expect(internal).toMatchObject({ label: "本机关内部期限", date: "2025-01-20", overdue: true });
    expect(statutory).toMatchObject({ daysLeft: -3, overdue: true });
    expect(describeDeadline(statutory, false)).toBe("2025-01-31（已逾期 3 天）");
    expect(reportDeadlines(2024, department, "2025-02-03", true)[0].overdue).toBe(false);
  });
});

describe("submission of a year's report opens on 1 January of the next year", () => {
  it("refuses the current year's report, with the reason", () => {
    expect(submissionOpensOn(2026)).toBe("2027-01-01");
    expect(submissionNotYetOpen(2026, "2026-12-03")).toBe(
      "2026年度报告须在2027年1月1日起提交：该年度尚未结束，各科室仍在录入本年度记录（提交后将锁定该年度的记录）。",
    );
    expect(submissionNotYetOpen(2026, "2026-12-31")).toBeDefined();
    expect(submissionNotYetOpen(2026, "2027-01-01")).toBeUndefined();
    expect(submissionNotYetOpen(2025, "2026-12-03")).toBeUndefined();
  });
});
