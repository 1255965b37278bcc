import Link from "next/link";
import { ROLE_LABELS, type Actor } from "@/lib/auth/permissions";
import type { Membership } from "@/lib/auth/session";
import type { loadOfficeHome } from "@/lib/office/loaders";
import { ApplicationDashboardPanels } from "@/components/applications/dashboard-panels";
import { ReportsAwaitingPanel } from "@/components/annual-report/reports-awaiting-panel";
import { ExtensionRequestsPanel } from "@/components/applications/extension-requests-panel";
import { OnlineIntakePanel } from "@/components/online-applications/intake-panel";

/** The office's home (工作台): a greeting with the actor's role, their open cases, the areas they may open. */
export function OfficeHome({
  user,
  actor,
  membership,
  data,
}: {
  user: { displayName: string };
  actor: Actor;
  membership: Membership;
  data: Awaited<ReturnType<typeof loadOfficeHome>>;
}) {
  return (
    <>
      <h1 className="text-2xl font-bold">工作台</h1>
      <p className="mt-2 text-stone-700">
        {user.displayName}，您好。您在{membership.agencyName}的角色是<strong>{ROLE_LABELS[actor.role]}</strong>
        {membership.departmentName ? `（${membership.departmentName}）` : ""}。
      </p>
      <ReportsAwaitingPanel reports={data.reportsAwaiting} />
      <ExtensionRequestsPanel requests={data.extensionRequests} />
      {data.onlineIntake && <OnlineIntakePanel counts={data.onlineIntake} />}
      {data.dashboard && (
        <ApplicationDashboardPanels dashboard={data.dashboard} scopeLabel={membership.departmentName ?? "全机关"} />
      )}
      <ul className="mt-6 grid gap-3 sm:grid-cols-3">
        {data.areas.map((area) => (
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
