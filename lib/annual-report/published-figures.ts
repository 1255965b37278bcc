import "server-only";
import type { Queryable } from "./compile-sql";
import { cellValuesSchema } from "@/lib/national-format/document-schema";
import { keyFigures } from "@/lib/national-format/key-figures";
import type { SnapshotSubmissions } from "./snapshot";
import type { YearFigures } from "./figures-over-years";

export { sumFigures, type YearFigures } from "./figures-over-years";

type Row = { agencyId: number; year: number; cells: unknown; submissions: SnapshotSubmissions | null; source: string };

/**
 * An agency's figures over the years as it published them: per year, the key figures of the latest published
 * revision (or of the report imported from its published text) and its submissions by outlet. A year with no
 * published report is a gap (null), never zeros. `asOf`: only revisions published by then — a revision page
 * shows the years as they stood when it was published, its own year as that revision.
 */
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
