import { can, type Action, type Actor } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; needs?: Action };

/** The back-office areas, each shown only to roles that may use it. */
const AREAS: NavItem[] = [
  { href: "/office", label: "工作台" },
  { href: "/office/applications", label: "依申请公开", needs: "record.read" },
  { href: "/office/online-applications", label: "网上申请", needs: "online.intake" },
  { href: "/office/submissions", label: "信息上报", needs: "record.read" },
  { href: "/office/reviews", label: "复议诉讼", needs: "record.read" },
  { href: "/office/proactive", label: "主动公开", needs: "record.read" },
  { href: "/office/reports", label: "年度报告", needs: "report.read" },
  { href: "/office/guide", label: "公开指南", needs: "guide.publish" },
  { href: "/office/county", label: "下级机关督查", needs: "oversight.overview" },
  { href: "/office/admin/departments", label: "科室管理", needs: "department.manage" },
  { href: "/office/admin/users", label: "用户管理", needs: "user.manage" },
  { href: "/office/admin/agency", label: "单位设置", needs: "agency.settings" },
  { href: "/office/admin/categories-and-outlets", label: "信息类别和渠道", needs: "agency.settings" },
  { href: "/office/admin/calendar", label: "工作日历", needs: "calendar.manage" },
  { href: "/office/account", label: "修改密码" },
];

export function navigationFor(actor: Actor): NavItem[] {
  // Record actions are department-scoped: ask for the actor's own department.
  const scope = { agencyId: actor.agencyId, departmentId: actor.departmentId };
  return AREAS.filter((item) => !item.needs || can(actor, item.needs, scope));
}
