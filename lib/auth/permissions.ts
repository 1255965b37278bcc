/**
 * The one place that decides every allow/deny: role × action × scope.
 * Pure: it takes the actor and the target and returns a verdict; pages, server actions,
 * route handlers and domain operations all ask it (through `authorize`).
 */

export type Role = "OFFICER" | "HEAD" | "ADMIN" | "COUNTY";

/** The signed-in user acting inside one agency. */
export type Actor = {
  userId: number;
  agencyId: number;
  role: Role;
  /** An officer's department; null for heads and admins. */
  departmentId: number | null;
  /** True when the officer's department is the disclosure office (it prepares the annual report). */
  inDisclosureOffice: boolean;
};

export type Action =
  // Records (submissions, applications, review cases, proactive-disclosure records)
  | "record.read"
  | "record.create"
  | "record.update"
  | "record.delete"
  | "record.export"
  // Applicant personal data of disclosure applications
  | "applicant.personal.read"
  // 延期答复 of a disclosure application: approved by the head of the disclosure office (条例第三十三条)
  | "application.extension.approve"
  // Online applications (网上申请): the intake queue, the applicant's data and attachments before and after
  // confirmation, 补正 requests and reply letters sent back to the applicant — the disclosure office's work
  | "online.intake"
  // The agency's 政府信息公开指南 (条例第十二条): edit and publish a new version
  | "guide.publish"
  // Agency administration
  | "department.manage"
  | "user.manage"
  | "calendar.manage"
  | "agency.settings"
  // The annual report
  | "report.read"
  | "report.edit"
  | "report.submit"
  | "report.review" // approve or return
  | "report.publish"
  | "report.reopenYear"
  | "audit.read"
  // One's own account (password)
  | "account.own"
  // County oversight (督查): the overview of the agencies under one's own, and each of them read-only —
  // report, findings, figures and caseload counts, never records or applicants' personal data.
  | "oversight.overview"
  | "oversight.agency.read"
  | "oversight.import";

/**
 * What an action is aimed at: always an agency, for records also their department. For oversight of another
 * agency, `parentAgencyId` is that agency's parent as stored (the caller loads it; never from a request).
 */
export type Scope = { agencyId: number; departmentId?: number | null; parentAgencyId?: number | null };

type Rule = (actor: Actor, scope: Scope) => boolean;

const ownDepartment: Rule = (actor, scope) =>
  actor.departmentId !== null && scope.departmentId !== undefined && scope.departmentId === actor.departmentId;
const anywhereInAgency: Rule = () => true;
const disclosureOffice: Rule = (actor) => actor.inDisclosureOffice;
/** "Agencies under mine": another agency whose parent is the actor's agency (one level down). */
const agenciesUnderMine: Rule = (actor, scope) =>
  scope.agencyId !== actor.agencyId && scope.parentAgencyId === actor.agencyId;
/** The only rules that look at another agency than the actor's own; every other rule stays inside it. */
const CROSS_AGENCY_RULES: ReadonlySet<Rule> = new Set([agenciesUnderMine]);

/** Per role, the actions it may take and on which scope. Absent = denied. */
export const ROLE_PERMISSIONS: Record<Role, Partial<Record<Action, Rule>>> = {
  OFFICER: {
    "account.own": anywhereInAgency,
    "record.read": ownDepartment,
    "record.create": ownDepartment,
    "record.update": ownDepartment,
    "record.delete": ownDepartment,
    "record.export": ownDepartment,
    "applicant.personal.read": ownDepartment,
    "report.read": disclosureOffice,
    "report.edit": disclosureOffice,
    "report.submit": disclosureOffice,
    "online.intake": disclosureOffice,
    "guide.publish": disclosureOffice,
  },
  HEAD: {
    "account.own": anywhereInAgency,
    "record.read": anywhereInAgency,
    "record.create": anywhereInAgency,
    "record.update": anywhereInAgency,
    "record.delete": anywhereInAgency,
    "record.export": anywhereInAgency,
    "applicant.personal.read": anywhereInAgency,
    "application.extension.approve": anywhereInAgency,
    "report.read": anywhereInAgency,
    "report.edit": anywhereInAgency,
    "report.submit": anywhereInAgency,
    "report.review": anywhereInAgency,
    "report.publish": anywhereInAgency,
    "report.reopenYear": anywhereInAgency,
    "audit.read": anywhereInAgency,
    "online.intake": anywhereInAgency,
    "guide.publish": anywhereInAgency,
  },
  ADMIN: {
    "account.own": anywhereInAgency,
    "department.manage": anywhereInAgency,
    "user.manage": anywhereInAgency,
    "calendar.manage": anywhereInAgency,
    "agency.settings": anywhereInAgency,
    "audit.read": anywhereInAgency,
  },
  // 督查 at the parent government (市/县政务公开办): reads the agencies under it, keeps no records of its own.
  COUNTY: {
    "account.own": anywhereInAgency,
    "oversight.overview": anywhereInAgency,
    "oversight.import": anywhereInAgency,
    "oversight.agency.read": agenciesUnderMine,
  },
};

/** Whether the role may take the action anywhere at all (before looking at the scope). */
export function roleMay(role: Role, action: Action): boolean {
  return ROLE_PERMISSIONS[role][action] !== undefined;
}

export function can(actor: Actor, action: Action, scope: Scope): boolean {
  const rule = ROLE_PERMISSIONS[actor.role][action];
  if (!rule) return false;
  // Never across agencies, except a county's read-only look one level down.
  if (scope.agencyId !== actor.agencyId && !CROSS_AGENCY_RULES.has(rule)) return false;
  return rule(actor, scope);
}

/** Raised when the permission module denies an action; route handlers map it to 403. */
export class ForbiddenError extends Error {
  constructor(
    readonly action: Action,
    message = "您没有执行此操作的权限。",
  ) {
    super(message);
    this.name = "ForbiddenError";
  }
}

export function authorize(actor: Actor, action: Action, scope: Scope): void {
  if (!can(actor, action, scope)) throw new ForbiddenError(action);
}

/**
 * The department filter to apply when listing records: an officer sees only their own
 * department, a head the whole agency (null = no department filter).
 */
export function visibleDepartment(actor: Actor): number | null | "none" {
  if (actor.role === "HEAD") return null;
  if (actor.role === "OFFICER" && actor.departmentId !== null) return actor.departmentId;
  return "none";
}

export const ROLE_LABELS: Record<Role, string> = {
  OFFICER: "信息员",
  HEAD: "办公室负责人",
  ADMIN: "管理员",
  COUNTY: "督查（上级政府）",
};
