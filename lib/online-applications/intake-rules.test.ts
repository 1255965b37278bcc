import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "@/lib/calendar/working-days";
import { confirmationOverdue } from "./intake-rules";

const calendar = createWorkingCalendar();

describe("unconfirmed online applications", () => {
  it("are flagged once more than one working day has passed", () => {
    // Monday 2026-03-02: Tuesday is the one working day, Wednesday is late.
    expect(confirmationOverdue("2026-03-02", "2026-03-03", calendar)).toBe(false);
    expect(confirmationOverdue("2026-03-02", "2026-03-04", calendar)).toBe(true);
  });
  it("do not count the weekend", () => {
    // Friday 2026-03-06: Monday is the one working day, Tuesday is late.
    expect(confirmationOverdue("2026-03-06", "2026-03-09", calendar)).toBe(false);
    expect(confirmationOverdue("2026-03-06", "2026-03-10", calendar)).toBe(true);
  });
});
