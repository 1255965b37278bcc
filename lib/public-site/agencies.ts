import "server-only";
import { prisma } from "@/lib/db";
import { AGENCY_LEVEL_LABELS } from "@/lib/agency";
import { searchText } from "@/lib/validation";

export type PublicAgency = {
  slug: string;
  name: string;
  levelLabel: string;
  publishedYears: number[];
};

export type AgencyGroup = { parentName: string | null; agencies: PublicAgency[] };

/**
 * Agencies grouped under their parent, each with the years of its published reports.
 * Only reports with a published revision are named: a draft gives the public no hint.
 */
/** The home page: what was searched for (cleaned) and the agencies that match, grouped under their parent. */
export async function loadPublicHome(searchParams: Record<string, string | string[] | undefined>) {
  const q = searchText(searchParams.q);
  return { q, groups: await listPublicAgencies(q) };
}

export async function listPublicAgencies(search = ""): Promise<AgencyGroup[]> {
  const q = searchText(search);
  const agencies = await prisma.agency.findMany({
    where: q ? { name: { contains: q } } : undefined,
    orderBy: [{ parentId: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      level: true,
      parent: { select: { name: true } },
      reports: { where: { revisions: { some: {} } }, select: { year: true }, orderBy: { year: "desc" } },
    },
  });
  const groups = new Map<string | null, PublicAgency[]>();
  for (const a of agencies) {
    const key = a.parent?.name ?? null;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push({
      slug: a.slug,
      name: a.name,
      levelLabel: AGENCY_LEVEL_LABELS[a.level],
      publishedYears: a.reports.map((r) => r.year),
    });
  }
  return [...groups.entries()]
    .map(([parentName, list]) => ({ parentName, agencies: list }))
    .sort((x, y) => (x.parentName ?? "").localeCompare(y.parentName ?? "", "zh-CN"));
}
