// Where an online application stands for its applicant, from the registered application's timeline —
// so a 补正 or a reply recorded on the application by any page reaches the tracking page. Pure.
import type { TrackingStage } from "./labels";

export type TrackedCase = {
  status: "SUBMITTED" | "ACCEPTED" | "SET_ASIDE";
  replied: boolean;
  /** The registered application's timeline, in the order recorded. */
  events: readonly { kind: string }[];
  /** The applicant's corrections sent online, newest first: whether the office has received each. */
  corrections: readonly { received: boolean }[];
};

export function trackingStage(c: TrackedCase): TrackingStage {
  if (c.status !== "ACCEPTED") return c.status;
  if (c.replied) return "REPLIED";
  const requested = c.events.findLastIndex((e) => e.kind === "CORRECTION_REQUESTED");
  const receivedAfter = requested >= 0 && c.events.slice(requested + 1).some((e) => e.kind === "CORRECTION_RECEIVED");
  if (requested < 0 || receivedAfter) return "ACCEPTED";
  return c.corrections[0] && !c.corrections[0].received ? "CORRECTION_SENT" : "CORRECTION";
}
