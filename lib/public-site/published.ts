import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { isAgencySlug } from "@/lib/agency";
import type { ReportDocument } from "@/lib/national-format";
import { parsePublishedSnapshot } from "@/lib/annual-report/snapshot";
import { publishedFiguresOverYears, type YearFigures } from "@/lib/annual-report/published-figures";

/**
 * The public side: published revisions only, read from their frozen snapshots. A draft or
 * returned report does not exist here (callers answer 404). Reads go to the database; the web
 * server keeps the rendered pages and files in memory until public content changes
 * (scripts/serve.ts, lib/public-cache), so the publication-day rush does not reach this module.
 */
export type RevisionInfo = { id: number; number: number; publishedAt: string; changeNote: string };

export type PublishedView = {
  agency: { slug: string; name: string };
  year: number;
  revision: RevisionInfo;
  revisions: RevisionInfo[]; // newest first
  latest: boolean;
  document: ReportDocument;
  /** The agency's published figures over the years as they stood when this revision was published (charts). */
  years: YearFigures[];
};

/** A published revision: the latest (`number` null) or the given one, or null. */
export async function findPublishedReport(
  slug: string,
  year: number,
  number: number | null,
): Promise<PublishedView | null> {
  const report = await prisma.annualReport.findFirst({
    where: { year, agency: { slug } },
    select: {
      agencyId: true,
      revisions: {
        orderBy: { number: "desc" },
        select: { id: true, number: true, publishedAt: true, changeNote: true },
      },
    },
  });
  const revisions = (report?.revisions ?? []).map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() }));
  const chosen = number === null ? revisions[0] : revisions.find((r) => r.number === number);
  if (!chosen) return null;
  const agencyId = report!.agencyId;
  const [row, series] = await Promise.all([
    prisma.reportRevision.findUniqueOrThrow({
      where: { id: chosen.id },
      select: { snapshot: true, publishedAt: true },
    }),
    publishedFiguresOverYears(prisma, [agencyId], new Date(chosen.publishedAt)),
  ]);
  const snapshot = parsePublishedSnapshot(row.snapshot);
  return {
    agency: snapshot.agency,
    year,
    revision: chosen,
    revisions,
    latest: chosen.id === revisions[0].id,
    document: snapshot.document,
    years: series.get(agencyId) ?? [],
  };
}

function parseYear(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

/**
 * The latest (or the given) published revision of /reports/<slug>/<year>, or null for anything
 * malformed or unpublished. Shared by a page and its metadata within one rendering.
 */
export const getPublishedReport = cache(
  async (slug: string, yearText: string, revision?: string): Promise<PublishedView | null> => {
    const year = parseYear(yearText);
    const number = revision === undefined ? null : /^\d{1,4}$/.test(revision) ? Number(revision) : NaN;
    if (year === null || Number.isNaN(number) || !isAgencySlug(slug)) return null;
    return findPublishedReport(slug, year, number);
  },
);
