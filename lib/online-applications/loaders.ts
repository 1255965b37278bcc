import "server-only";
import { prisma } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { authSecret } from "@/lib/auth/options";
import { NotFoundError } from "@/lib/errors";
import { todayInChina } from "@/lib/calendar/dates";
import { agencyCalendar } from "@/lib/calendar/agency-calendar";
import { departmentChoices } from "@/lib/records/options";
import { newChallenge } from "./challenge";
import { fromDbId } from "./ids";
import { intakeQueue, loadOnlineApplication, refuseOutsiders } from "./operations";

/** The public form of an agency: its name and a fresh challenge (the page is rendered per request, never cached). */
export async function loadApplyForm(slug: string) {
  const agency = await prisma.agency.findUnique({ where: { slug }, select: { slug: true, name: true } });
  if (!agency) throw new NotFoundError("没有这个机关。");
  const secret = authSecret();
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set.");
  return { agency, challenge: newChallenge(secret, new Date()) };
}

/** The office's intake queue. */
export async function loadIntakeQueue(actor: Actor) {
  const today = todayInChina();
  return { today, ...(await intakeQueue(prisma, actor, today, await agencyCalendar(prisma, actor.agencyId))) };
}

/** One online application with what the actor may do with it. */
export async function loadOnlineApplicationPage(actor: Actor, rawId: string) {
  const row = await loadOnlineApplication(prisma, actor, fromDbId(rawId));
  const scope = { agencyId: actor.agencyId };
  const app = row.application;
  const onRegistered = app
    ? can(actor, "record.update", { agencyId: app.agencyId, departmentId: app.departmentId })
    : false;
  return {
    row,
    today: todayInChina(),
    mayConfirm: row.status === "SUBMITTED" && can(actor, "online.intake", scope),
    departments: row.status === "SUBMITTED" ? await departmentChoices(prisma, actor) : [],
    mayHandle: onRegistered,
  };
}

/** The online application a registered application came from (for the link on the application's page). */
export async function loadOnlineIdOfApplication(actor: Actor, rawApplicationId: string) {
  refuseOutsiders(actor);
  const applicationId = fromDbId(rawApplicationId);
  const row = await prisma.onlineApplication.findFirst({
    where: { applicationId, agencyId: actor.agencyId },
    select: { id: true },
  });
  if (!row) throw new NotFoundError("该申请不是网上申请。");
  await loadOnlineApplication(prisma, actor, row.id);
  return row.id;
}
