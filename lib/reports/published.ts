import { prisma } from "@/lib/db";
import type { ReportDocument } from "@/lib/report";
import type { PublishedSnapshot } from "./snapshot";
import type { ExportFile } from "./exports";
import { renderExport } from "./render-export";

/**
 * The public side: published revisions only, read from their frozen snapshots. A draft or
 * returned report does not exist here (callers answer 404). Reads are cached in memory and the
 * cache is refreshed by publishing, so the publication-day rush never recomputes. A revision's
 * content never changes, but its page also says which revision is the latest and lists the others:
 * every entry is dropped by the publish action and, in other processes of a multi-process
 * deployment, expires after TTL_MS.
 */
export type RevisionInfo = { id: number; number: number; publishedAt: string; changeNote: string };

export type PublishedView = {
  agency: { slug: string; name: string };
  year: number;
  revision: RevisionInfo;
  revisions: RevisionInfo[]; // newest first
  latest: boolean;
  document: ReportDocument;
};

const TTL_MS = 30_000;
const MAX_VIEWS = 2000;
const views = new Map<string, { view: PublishedView | null; at: number }>();

/** Called by the publish and reopen actions: the next read of this report goes to the database. */
export function invalidatePublishedReport(slug: string, year: number): void {
  for (const key of views.keys()) if (key.startsWith(`${slug}/${year}/`)) views.delete(key);
}

/** Uncached read of a published revision (tests and the cache below use it). */
export async function findPublishedReport(slug: string, year: number, number: number | null): Promise<PublishedView | null> {
  const report = await prisma.annualReport.findFirst({
    where: { year, agency: { slug } },
    select: { revisions: { orderBy: { number: "desc" }, select: { id: true, number: true, publishedAt: true, changeNote: true } } },
  });
  const revisions = (report?.revisions ?? []).map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() }));
  const chosen = number === null ? revisions[0] : revisions.find((r) => r.number === number);
  if (!chosen) return null;
  const row = await prisma.reportRevision.findUniqueOrThrow({ where: { id: chosen.id }, select: { snapshot: true } });
  const snapshot = row.snapshot as unknown as PublishedSnapshot;
  return { agency: snapshot.agency, year, revision: chosen, revisions, latest: chosen.id === revisions[0].id, document: snapshot.document };
}

function parseYear(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

/** The latest (or the given) published revision of /reports/<slug>/<year>, or null. */
export async function getPublishedReport(slug: string, yearText: string, revision?: string): Promise<PublishedView | null> {
  const year = parseYear(yearText);
  const number = revision === undefined ? null : /^\d{1,4}$/.test(revision) ? Number(revision) : NaN;
  if (year === null || Number.isNaN(number) || !/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  const key = `${slug}/${year}/${number ?? "latest"}`;
  const hit = views.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.view;
  const view = await findPublishedReport(slug, year, number);
  if (views.size >= MAX_VIEWS) views.delete(views.keys().next().value!);
  views.set(key, { view, at: Date.now() });
  return view;
}

// Rendered files of a revision never change: keep them in memory (bounded), keyed by revision id.
const files = new Map<string, Buffer>();
const MAX_FILES = 500;

export async function publishedFile(view: PublishedView, file: ExportFile): Promise<Buffer> {
  const key = `${view.revision.id}:${file}`;
  let body = files.get(key);
  if (!body) {
    body = await renderExport(file, view.document);
    if (files.size >= MAX_FILES) files.delete(files.keys().next().value!);
    files.set(key, body);
  }
  return body;
}
