import { describe, expect, it } from "vitest";
import { filterAndSort, overviewStatus, reminders, timeliness, type OverviewRow } from "./overview";

const row = (over: Partial<OverviewRow>): OverviewRow => ({
  agencyId: 1,
  slug: "a",
  name: "甲镇人民政府",
  onPlatform: true,
  status: "DRAFT",
  publishedOn: null,
  deadline: "2025-01-20",
  timeliness: { kind: "due", days: 5 },
  findings: { hard: 0, soft: 0 },
  figures: {
    received: 1,
    closed: 1,
    carriedForward: 0,
    reconsideration: 0,
    litigation: 0,
    corrected: 0,
    submitted: 0,
    adopted: 0,
  },
  figuresFrom: "records",
  lateReplies: 0,
  openOverdue: 0,
  ...over,
});

describe("overview rules", () => {
  it("names the status, imported reports as 已导入 and missing ones as 未开始", () => {
    expect(overviewStatus(null)).toBe("NOT_STARTED");
    expect(overviewStatus({ status: "PUBLISHED", source: "IMPORTED" })).toBe("IMPORTED");
    expect(overviewStatus({ status: "SUBMITTED", source: "COMPILED" })).toBe("SUBMITTED");
  });

  it("measures publication against the deadline: on time, late, overdue, due", () => {
    expect(timeliness("2025-01-20", "PUBLISHED", "2025-01-15", "2026-01-01")).toEqual({ kind: "onTime", days: 5 });
    expect(timeliness("2025-01-20", "PUBLISHED", "2025-02-10", "2026-01-01")).toEqual({ kind: "late", days: 21 });
    expect(timeliness("2025-01-20", "DRAFT", null, "2025-01-25")).toEqual({ kind: "overdue", days: 5 });
    expect(timeliness("2025-01-20", "NOT_STARTED", null, "2025-01-10")).toEqual({ kind: "due", days: 10 });
    expect(timeliness(null, "DRAFT", null, "2025-01-10")).toEqual({ kind: "unknown" });
    expect(timeliness("2025-01-20", "IMPORTED", null, "2026-01-10")).toEqual({ kind: "unknown" });
  });

  it("sorts by findings (hard before soft), filters by status and name", () => {
    const rows = [
      row({ agencyId: 1, name: "甲", findings: { hard: 0, soft: 9 } }),
      row({ agencyId: 2, name: "乙", findings: { hard: 1, soft: 0 } }),
      row({ agencyId: 3, name: "丙", status: "PUBLISHED" }),
    ];
    expect(filterAndSort(rows, { sort: "findings", dir: "desc" }).map((r) => r.agencyId)).toEqual([2, 1, 3]);
    expect(filterAndSort(rows, { sort: "findings", dir: "asc" }).map((r) => r.agencyId)).toEqual([3, 1, 2]);
    expect(filterAndSort(rows, { sort: "name", dir: "asc", status: "PUBLISHED" }).map((r) => r.agencyId)).toEqual([3]);
    expect(filterAndSort(rows, { sort: "name", dir: "asc", q: "乙" }).map((r) => r.agencyId)).toEqual([2]);
  });

  it("reminds of reports overdue or due soon and of open cases past their deadline", () => {
    const list = reminders(
      [
        row({ agencyId: 1, timeliness: { kind: "overdue", days: 3 } }),
        row({ agencyId: 2, timeliness: { kind: "due", days: 90 } }),
        row({ agencyId: 3, status: "PUBLISHED", timeliness: { kind: "onTime", days: 1 }, openOverdue: 2 }),
      ],
      2024,
    );
    expect(list.map((r) => [r.agencyId, r.kind])).toEqual([
      [1, "report"],
      [3, "cases"],
    ]);
    expect(list[0].text).toContain("已逾期 3 天");
  });
});
