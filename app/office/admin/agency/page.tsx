import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { getAgencySettings } from "@/lib/admin/agency";
import { AgencySettingsForm } from "@/components/admin/agency-settings-form";
import { townshipDeadlineSetting } from "@/lib/annual-report/deadline-settings";
import { TownshipDeadlineForm } from "@/components/annual-report/township-deadline-form";

export const metadata = { title: "单位设置" };

export default async function AgencySettingsPage() {
  const { actor } = await requirePermission("agency.settings");
  const agency = await getAgencySettings(prisma, actor);
  const townships = await townshipDeadlineSetting(prisma, actor);
  return (
    <>
      <h1 className="text-2xl font-bold">单位设置</h1>
      <p className="mt-1 text-stone-700">
        {agency.name}（{agency.slug}）
      </p>
      <AgencySettingsForm
        defaults={{
          reportTitleName: agency.reportTitleName ?? "",
          feeDecimals: String(agency.feeDecimals),
          internalDeadlineMonth: agency.internalDeadlineMonth ? String(agency.internalDeadlineMonth) : "",
          internalDeadlineDay: agency.internalDeadlineDay ? String(agency.internalDeadlineDay) : "",
        }}
      />
      {townships && (
        <TownshipDeadlineForm
          month={String(townships.deadline?.month ?? "")}
          day={String(townships.deadline?.day ?? "")}
          townships={townships.townships}
        />
      )}
    </>
  );
}
