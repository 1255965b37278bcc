import { loadPage } from "@/lib/server/page";
import { loadAgencySettings } from "@/lib/admin/loaders";
import { AgencySettingsForm } from "@/components/admin/agency-settings-form";
import { TownshipDeadlineForm } from "@/components/annual-report/township-deadline-form";

export const metadata = { title: "单位设置" };

export default async function AgencySettingsPage() {
  const { agency, townships } = await loadPage(loadAgencySettings);
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
