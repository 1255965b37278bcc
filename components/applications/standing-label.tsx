import type { CaseStanding } from "@/lib/applications/case-status";

const STANDING_TONE: Record<CaseStanding["kind"], string> = {
  OPEN: "text-stone-900",
  PAUSED: "text-amber-800",
  LAPSED: "font-semibold text-red-700",
  OVERDUE: "font-semibold text-red-700",
  REPLIED_ON_TIME: "text-green-800",
  REPLIED_LATE: "text-red-700",
};

/** A case's standing (open with days left, overdue, replied on time …), coloured by how urgent it is. */
export function StandingLabel({ standing }: { standing: CaseStanding }) {
  return <span className={STANDING_TONE[standing.kind]}>{standing.label}</span>;
}
