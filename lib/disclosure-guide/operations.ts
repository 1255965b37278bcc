/**
 * The 政府信息公开指南 (条例第十二条): edited by the disclosure office and published like the report —
 * each publication is a new immutable version with its date; the public reads the latest (and may
 * read earlier ones by number).
 */
import "server-only";
import type { Db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { fromIsoDate, todayInChina } from "@/lib/calendar/dates";
import type { GuideInput } from "./schemas";

/** Publishes a new version; returns it. Concurrent publications get consecutive numbers (unique key). */
export async function publishGuide(db: Db, actor: Actor, input: GuideInput, today = todayInChina()) {
  authorize(actor, "guide.publish", { agencyId: actor.agencyId });
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(1316, ${actor.agencyId}::int)`;
    const last = await tx.disclosureGuide.findFirst({
      where: { agencyId: actor.agencyId },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const guide = await tx.disclosureGuide.create({
      data: {
        agencyId: actor.agencyId,
        version: (last?.version ?? 0) + 1,
        ...input,
        publishedOn: fromIsoDate(today),
        publishedById: actor.userId,
      },
    });
    await tx.auditLog.create({
      data: {
        agencyId: actor.agencyId,
        userId: actor.userId,
        action: "publish",
        entityType: "DisclosureGuide",
        entityId: String(guide.id),
        after: { version: guide.version, ...input },
      },
    });
    return guide;
  });
}

/** The latest version (or null), for the editor. */
export async function latestGuide(db: Db, actor: Actor) {
  authorize(actor, "guide.publish", { agencyId: actor.agencyId });
  return db.disclosureGuide.findFirst({ where: { agencyId: actor.agencyId }, orderBy: { version: "desc" } });
}

/** The public page: an agency's guide, the latest or version `version`, with the dates of every version. */
export async function publicGuide(db: Db, slug: string, version?: number) {
  const agency = await db.agency.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!agency) throw new NotFoundError("没有这个机关。");
  const versions = await db.disclosureGuide.findMany({
    where: { agencyId: agency.id },
    orderBy: { version: "desc" },
    select: { version: true, publishedOn: true },
  });
  const wanted = version ?? versions[0]?.version;
  const guide = wanted
    ? await db.disclosureGuide.findUnique({
        where: { agencyId_version: { agencyId: agency.id, version: wanted } },
        omit: { publishedById: true },
      })
    : null;
  if (version && !guide) throw new NotFoundError("没有这一版公开指南。");
  return { agency, guide, versions, latest: !guide || guide.version === versions[0]?.version };
}
