/** On a registered application's page: the way to its online application (the applicant's 补正, the reply letter). */
export function OnlineApplicationLink({ applicationId }: { applicationId: number }) {
  return (
    <p className="mt-4 rounded border border-brand-600 bg-white px-3 py-2">
      这是网上申请：申请人凭申请编号和查询码查询进度。
      <a className="ml-1 text-brand-700 underline" href={`/office/online-applications/by-application/${applicationId}`}>
        查看网上申请（附件、补正、答复书）
      </a>
    </p>
  );
}
