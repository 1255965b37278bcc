import "server-only";
import type { Queryable } from "./compile-sql";
import { cellValuesSchema } from "@/lib/national-format/document-schema";
import { keyFigures, type KeyFigures } from "@/lib/national-format/key-figures";
import type { SnapshotSubmissions } from "./snapshot";

/**
 * An agency's figures over the years as it published them: per year, the key figures of the latest published
 * revision (or of the report imported from its published text) and its submissions by outlet. A year with no
 * published report is a gap (null), never zeros. `asOf`: only revisions published by then — a revision page
 * shows the years as they stood when it was published, its own year as that revision.
 */
export type YearFigures = {
  year: number;
  figures: KeyFigures | null;
  submissions: SnapshotSubmissions | null;
  source: "published" | "imported" | null;
};

type Row = { agencyId: number; year: number; cells: unknown; submissions: SnapshotSubmissions | null; source: string };

export async function publishedFiguresOverYears(
  db: Queryable,
  agencyIds: number[],
  asOf: Date = new Date("9999-12-31T00:00:00Z"),
): Promise<Map<number, YearFigures[]>> {
  const result = new Map<number, YearFigures[]>(agencyIds.map((id) => [id, []]));
  if (!agencyIds.length) return result;
  const rows = await db.$queryRaw<Row[]>`
    SELECT * FROM (
      SELECT DISTINCT ON (r."agencyId", r.year) r."agencyId", r.year,
             v.snapshot->'document'->'tables'->'cells' AS cells, v.snapshot->'submissions' AS submissions,
             'published' AS source
      FROM "AnnualReport" r JOIN "ReportRevision" v ON v."reportId" = r.id
      WHERE r."agencyId" = ANY(${agencyIds}) AND v."publishedAt" <= ${asOf}
      ORDER BY r."agencyId", r.year, v.number DESC
    ) published
    UNION ALL
    SELECT r."agencyId", r.year, r."importedCells", NULL, 'imported'
    FROM "AnnualReport" r
    WHERE r."agencyId" = ANY(${agencyIds}) AND r.source = 'IMPORTED' AND r."importedCells" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "ReportRevision" v WHERE v."reportId" = r.id)`;
  const byAgency = new Map<number, Map<number, Row>>();
  for (const row of rows) {
    if (!byAgency.has(row.agencyId)) byAgency.set(row.agencyId, new Map());
    byAgency.get(row.agencyId)!.set(row.year, row);
  }
  const years = rows.map((r) => r.year);
  if (!years.length) return result;
  const [first, last] = [Math.min(...years), Math.max(...years)];
  for (const id of agencyIds) {
    const own = byAgency.get(id) ?? new Map<number, Row>();
    const list: YearFigures[] = [];
    for (let year = first; year <= last; year++) {
      const row = own.get(year);
      list.push(
        row
          ? {
              year,
              figures: keyFigures(cellValuesSchema.parse(row.cells)),
              submissions: row.submissions,
              source: row.source === "imported" ? "imported" : "published",
            }
          : { year, figures: null, submissions: null, source: null },
      );
    }
    result.set(id, list);
  }
  return result;
}

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
