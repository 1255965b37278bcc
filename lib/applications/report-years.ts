// Which annual reports a change to an application would alter. An application feeds the report of
// every year it is counted in (docs/counting-rules.md): received, carried over, closed or carried
// forward. A change must leave the figures of a locked (submitted) year as they are, so only the
// years whose figures actually differ are checked against the year lock: adding a 补正 in 2024 to a
// case received in 2023 does not touch 2023's report, replying to it does not either (it stays
// "carried forward" there), but changing its applicant type does.
import { yearOf, type IsoDate } from "@/lib/calendar/dates";

export type CountedApplication = {
  receivedOn: IsoDate;
  repliedOn: IsoDate | null;
  applicantType: string;
  outcome: string | null;
};

/** What the application contributes to year `year`'s table 三, as a comparable key ("" = nothing). */
export function figuresIn(app: CountedApplication | null, year: number): string {
  if (!app) return "";
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const { receivedOn, repliedOn } = app;
  const received = receivedOn >= start && receivedOn <= end;
  const carriedOver = receivedOn < start && (repliedOn === null || repliedOn >= start);
  const closed = repliedOn !== null && repliedOn >= start && repliedOn <= end;
  const carriedForward = receivedOn <= end && (repliedOn === null || repliedOn > end);
  if (!received && !carriedOver && !closed && !carriedForward) return "";
  return [app.applicantType, received, carriedOver, closed ? app.outcome : "", carriedForward].join("|");
}

/** The years whose report figures differ between `before` and `after` (null = no such record). */
export function reportYearsTouched(
  before: CountedApplication | null,
  after: CountedApplication | null,
  currentYear: number,
): number[] {
  const dates = [before, after].flatMap((a) => (a ? [a.receivedOn, a.repliedOn] : [])).filter((d): d is IsoDate => !!d);
  if (!dates.length) return [];
  const years = dates.map(yearOf);
  const first = Math.min(...years);
  const last = Math.max(...years, currentYear);
  const touched: number[] = [];
  for (let year = first; year <= last; year++) {
    if (figuresIn(before, year) !== figuresIn(after, year)) touched.push(year);
  }
  return touched;
}
