import { prisma } from "@/lib/db";
import { requireActor } from "@/lib/auth/session";
import { ROLE_LABELS, visibleDepartment } from "@/lib/auth/permissions";
import { navigationFor } from "@/lib/office/navigation";
import { agencyCalendar } from "@/lib/calendar/agency-calendar";
import { applicationDashboard } from "@/lib/applications/dashboard";
import { todayInChina } from "@/lib/calendar/dates";
import { ApplicationDashboardPanels } from "@/components/applications/dashboard-panels";
import Link from "next/link";
import { reportsAwaitingHead } from "@/lib/annual-report/queue";
import { ReportsAwaitingPanel } from "@/components/annual-report/reports-awaiting-panel";

export const metadata = { title: "工作台" };

export default async function OfficeHome() {
  const { user, actor, membership } = await requireActor();
  const areas = navigationFor(actor).filter((item) => item.href !== "/office");
  // Record-keeping roles see their open applications: an officer their department, the head the agency.
  const seesRecords = visibleDepartment(actor) !== "none";
  const dashboard = seesRecords
    ? await applicationDashboard(prisma, actor, todayInChina(), await agencyCalendar(prisma, actor.agencyId))
    : null;
  return (
    <>
      <h1 className="text-2xl font-bold">工作台</h1>
      <p className="mt-2 text-stone-700">
        {user.displayName}，您好。您在{membership.agencyName}的角色是<strong>{ROLE_LABELS[actor.role]}</strong>
        {membership.departmentName ? `（${membership.departmentName}）` : ""}。
      </p>
      <ReportsAwaitingPanel reports={await reportsAwaitingHead(prisma, actor)} />
      {dashboard && (
        <ApplicationDashboardPanels dashboard={dashboard} scopeLabel={membership.departmentName ?? "全机关"} />
      )}
      <ul className="mt-6 grid gap-3 sm:grid-cols-3">
        {areas.map((area) => (
          <li key={area.href}>
            <Link
              href={area.href}
              className="block rounded border border-stone-200 bg-white p-4 font-medium hover:border-brand-600"
            >
              {area.label}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
