// An agency's published figures per year (a gap is null), and a county's sum of them. Pure.
import type { KeyFigures } from "@/lib/national-format/key-figures";
import type { SnapshotSubmissions } from "./snapshot";

export type YearFigures = {
  year: number;
  figures: KeyFigures | null;
  submissions: SnapshotSubmissions | null;
  source: "published" | "imported" | null;
};

/** The county's sum per year over its agencies; a year none of them published is a gap. */
export function sumFigures(series: YearFigures[][]): YearFigures[] {
  const years = [...new Set(series.flat().map((y) => y.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const present = series.map((s) => s.find((y) => y.year === year)).filter((y) => y?.figures) as YearFigures[];
    if (!present.length) return { year, figures: null, submissions: null, source: null };
    const add = <T extends Record<string, number>>(pick: (f: KeyFigures) => T): T => {
      const out = {} as Record<string, number>;
      for (const y of present) for (const [k, v] of Object.entries(pick(y.figures!))) out[k] = (out[k] ?? 0) + v;
      return out as T;
    };
    const figures: KeyFigures = {
      received: present.reduce((s, y) => s + y.figures!.received, 0),
      closed: present.reduce((s, y) => s + y.figures!.closed, 0),
      carriedForward: present.reduce((s, y) => s + y.figures!.carriedForward, 0),
      corrected: present.reduce((s, y) => s + y.figures!.corrected, 0),
      outcomes: add((f) => f.outcomes),
      reconsideration: add((f) => f.reconsideration),
      litigation: add((f) => f.litigation),
    };
    const withSubmissions = present.filter((y) => y.submissions);
    const outlets = new Map<string, { name: string; submitted: number; adopted: number }>();
    for (const y of withSubmissions)
      for (const o of y.submissions!.byOutlet) {
        const sum = outlets.get(o.name) ?? { name: o.name, submitted: 0, adopted: 0 };
        sum.submitted += o.submitted;
        sum.adopted += o.adopted;
        outlets.set(o.name, sum);
      }
    return {
      year,
      figures,
      submissions: withSubmissions.length
        ? {
            submitted: withSubmissions.reduce((s, y) => s + y.submissions!.submitted, 0),
            adopted: withSubmissions.reduce((s, y) => s + y.submissions!.adopted, 0),
            byOutlet: [...outlets.values()],
          }
        : null,
      source: "published",
    };
  });
}
