import { getSessionUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { ErrorNotice } from "@/components/ui/error-notice";

/** Inside the office: the actor's role may not open this page or record; says which role they have. */
export default async function OfficeForbidden() {
  const user = await getSessionUser();
  const current = user?.current;
  return (
    <ErrorNotice title="没有访问权限" links={[{ href: "/office", label: "返回工作台" }]}>
      {current
        ? `您在${current.agencyName}的角色是${ROLE_LABELS[current.role]}${current.departmentName ? `（${current.departmentName}）` : ""}，无权打开此页面或此记录。`
        : "您无权打开此页面。"}
      如需开通，请联系本单位管理员。
    </ErrorNotice>
  );
}
