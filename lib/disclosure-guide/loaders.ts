import "server-only";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { latestGuide, publicGuide } from "./operations";
import { GUIDE_BODY_TEMPLATE } from "./schemas";

/** The editor: the latest version's text to start from (a template for the first one). */
export async function loadGuideEditor(actor: Actor) {
  const latest = await latestGuide(prisma, actor);
  const agency = await prisma.agency.findUniqueOrThrow({ where: { id: actor.agencyId }, select: { slug: true } });
  return { latest, slug: agency.slug, bodyTemplate: GUIDE_BODY_TEMPLATE };
}

/** The public page (no account): `?v=N` reads an earlier version. */
export async function loadPublicGuide(slug: string, v?: string) {
  const version = v && /^\d{1,6}$/.test(v) ? Number(v) : undefined;
  return publicGuide(prisma, slug, version);
}
