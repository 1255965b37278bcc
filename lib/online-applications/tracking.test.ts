import { describe, expect, it } from "vitest";
import { trackingStage, type TrackedCase } from "./tracking";

const accepted: TrackedCase = { status: "ACCEPTED", replied: false, events: [], corrections: [] };

describe("tracking stage", () => {
  it("follows the registered application's timeline", () => {
    expect(trackingStage({ ...accepted, status: "SUBMITTED" })).toBe("SUBMITTED");
    expect(trackingStage({ ...accepted, status: "SET_ASIDE" })).toBe("SET_ASIDE");
    expect(trackingStage(accepted)).toBe("ACCEPTED");
    const asked = { ...accepted, events: [{ kind: "CORRECTION_REQUESTED" }] };
    expect(trackingStage(asked)).toBe("CORRECTION");
    expect(trackingStage({ ...asked, corrections: [{ received: false }] })).toBe("CORRECTION_SENT");
    expect(
      trackingStage({
        ...asked,
        events: [...asked.events, { kind: "CORRECTION_RECEIVED" }],
        corrections: [{ received: true }],
      }),
    ).toBe("ACCEPTED");
    expect(trackingStage({ ...asked, replied: true })).toBe("REPLIED");
  });

  it("shows a 补正 recorded on the application's own page, answered on paper", () => {
    // Requested and received through the application's timeline, no online correction at all.
    expect(
      trackingStage({ ...accepted, events: [{ kind: "CORRECTION_REQUESTED" }, { kind: "CORRECTION_RECEIVED" }] }),
    ).toBe("ACCEPTED");
  });
});
