import { describe, expect, it } from "vitest";
import { outcomePrerequisiteProblems } from "./timeline-rules";

const request = { kind: "CORRECTION_REQUESTED" as const, occurredOn: "2024-03-05", untilOn: "2024-03-20" };
const received = { kind: "CORRECTION_RECEIVED" as const, occurredOn: "2024-03-12" };
const fee = { kind: "FEE_NOTICE_SENT" as const, occurredOn: "2024-03-05" };

describe("outcomes that need a step first", () => {
  it("逾期不补正 needs a 补正 request unanswered whose period has passed", () => {
    expect(outcomePrerequisiteProblems([], "OTHER_NO_CORRECTION", "2024-04-01")).toEqual([
      "“逾期不补正”须先记录补正告知（第三十条）。",
    ]);
    expect(outcomePrerequisiteProblems([request, received], "OTHER_NO_CORRECTION", "2024-04-01")[0]).toContain(
      "已记录收到补正",
    );
    expect(outcomePrerequisiteProblems([request], "OTHER_NO_CORRECTION", "2024-03-20")[0]).toContain("尚未届满");
    expect(outcomePrerequisiteProblems([request], "OTHER_NO_CORRECTION", "2024-03-21")).toEqual([]);
  });

  it("逾期未缴纳费用 needs an unpaid fee notice; 补正后仍不明确 a received correction", () => {
    expect(outcomePrerequisiteProblems([], "OTHER_FEE_UNPAID", "2024-04-01")).toHaveLength(1);
    expect(outcomePrerequisiteProblems([fee], "OTHER_FEE_UNPAID", "2024-04-01")).toEqual([]);
    expect(
      outcomePrerequisiteProblems(
        [fee, { kind: "FEE_PAID", occurredOn: "2024-03-08" }],
        "OTHER_FEE_UNPAID",
        "2024-04-01",
      ),
    ).toHaveLength(1);
    expect(outcomePrerequisiteProblems([request], "UNABLE_STILL_UNCLEAR", "2024-04-01")).toHaveLength(1);
    expect(outcomePrerequisiteProblems([request, received], "UNABLE_STILL_UNCLEAR", "2024-04-01")).toEqual([]);
    expect(outcomePrerequisiteProblems([], "GRANTED", "2024-04-01")).toEqual([]);
  });
});
