import { prisma } from "@/lib/db";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { loadReport, type LoadedReport } from "./service";

/**
 * Who may see the report at /reports/<slug>/<year>. Until publishing exists, these views serve the
 * back office only: a signed-in user of the agency who may read its report. Anyone else gets
 * null (the caller answers 404, giving no hint that a draft exists).
 */
export async function reportForViewer(slug: string, yearText: string): Promise<LoadedReport | null> {
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 2008) return null;
  const agency = await prisma.agency.findUnique({ where: { slug }, select: { id: true } });
  if (!agency) return null;
  const user = await getSessionUser();
  const membership = user?.memberships.find((m) => m.agencyId === agency.id);
  if (!user || !membership) return null;
  const actor = { userId: user.id, agencyId: agency.id, role: membership.role, departmentId: membership.departmentId, inDisclosureOffice: membership.inDisclosureOffice };
  if (!can(actor, "report.read", { agencyId: agency.id })) return null;
  return loadReport(prisma, agency.id, year);
}
