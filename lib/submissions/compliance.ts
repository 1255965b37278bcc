/**
 * The compliance board of weekly submissions (pure): each department is expected to report at
 * least one item every ISO week. Takes the grouped counts the board query returns and lays them
 * out as a department × week grid, marking weeks that are due and have nothing as missing.
 */

export type WeekCount = { departmentId: number; isoWeek: number; submitted: number; adopted: number };

/**
 * met: at least one item; missing: due and none; open: the current week, none yet; upcoming: not due yet;
 * exempt: nothing was due — a week without a working day (Spring Festival, 国庆 …) or a week before the
 * department existed.
 */
export type WeekState = "met" | "missing" | "open" | "upcoming" | "exempt";

export type WeekCell = { week: number; submitted: number; adopted: number; state: WeekState };

export type ComplianceRow = {
  departmentId: number;
  name: string;
  cells: WeekCell[];
  submitted: number;
  adopted: number;
  dueWeeks: number;
  missingWeeks: number[];
};

/**
 * `dueThrough`: the last week that is due (the whole year once it is over; the week before the
 * current one during the year; 0 for a future year). The week after it, when inside the year, is open.
 */
export function buildComplianceBoard(opts: {
  weeksInYear: number;
  dueThrough: number;
  /** `firstWeek`: the first week the department had to report (the week it was created in; default 1). */
  departments: { id: number; name: string; firstWeek?: number }[];
  counts: WeekCount[];
  /** Weeks of the year without a working day: nobody has to report in them. */
  weeksOff?: ReadonlySet<number>;
}): ComplianceRow[] {
  const byKey = new Map(opts.counts.map((c) => [`${c.departmentId}:${c.isoWeek}`, c]));
  return opts.departments.map((department) => {
    const cells: WeekCell[] = [];
    for (let week = 1; week <= opts.weeksInYear; week++) {
      const count = byKey.get(`${department.id}:${week}`);
      const submitted = count?.submitted ?? 0;
      const state: WeekState =
        submitted > 0
          ? "met"
          : opts.weeksOff?.has(week) || week < (department.firstWeek ?? 1)
            ? "exempt"
            : week <= opts.dueThrough
              ? "missing"
              : week === opts.dueThrough + 1
                ? "open"
                : "upcoming";
      cells.push({ week, submitted, adopted: count?.adopted ?? 0, state });
    }
    return {
      departmentId: department.id,
      name: department.name,
      cells,
      submitted: cells.reduce((sum, c) => sum + c.submitted, 0),
      adopted: cells.reduce((sum, c) => sum + c.adopted, 0),
      dueWeeks: cells.filter((c) => c.week <= opts.dueThrough && c.state !== "exempt").length,
      missingWeeks: cells.filter((c) => c.state === "missing").map((c) => c.week),
    };
  });
}

/**
 * The first week of `year` a department created on `createdOn` had to report: 1 when it existed before
 * the year, the week it was created in during the year, past the last week when created after the year.
 */
export function firstDueWeek(year: number, weeksInYear: number, created: { year: number; week: number }): number {
  if (created.year < year) return 1;
  if (created.year > year) return weeksInYear + 1;
  return created.week;
}

/** The last due week of `year` as seen in ISO week `today`. */
export function dueThroughWeek(year: number, weeksInYear: number, today: { year: number; week: number }): number {
  if (year < today.year) return weeksInYear;
  if (year > today.year) return 0;
  return today.week - 1;
}

/** Runs of weeks for a short summary: [1,2,3,7,9,10] → "1–3、7、9–10". */
export function weekRuns(weeks: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < weeks.length;) {
    let j = i;
    while (j + 1 < weeks.length && weeks[j + 1] === weeks[j] + 1) j++;
    runs.push(i === j ? String(weeks[i]) : `${weeks[i]}–${weeks[j]}`);
    i = j + 1;
  }
  return runs.join("、");
}
