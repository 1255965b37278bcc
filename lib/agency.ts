import type { AgencyLevel } from "@/lib/generated/prisma/enums";

export const AGENCY_LEVEL_LABELS: Record<AgencyLevel, string> = {
  TOWNSHIP_GOVERNMENT: "乡镇人民政府",
  COUNTY_DEPARTMENT: "县级人民政府部门",
  COUNTY_GOVERNMENT: "县级人民政府",
  CITY_DEPARTMENT: "设区的市级人民政府部门",
  CITY_GOVERNMENT: "设区的市级人民政府",
  OTHER: "其他",
};

/** An agency's name in public URLs (/reports/<slug>/<year>): lower-case letters, digits and hyphens. */
export const AGENCY_SLUG_PATTERN = "[a-z0-9-]{1,64}";

export function isAgencySlug(text: string): boolean {
  return new RegExp(`^${AGENCY_SLUG_PATTERN}$`).test(text);
}

/**
 * Who makes 规章 (立法法第九十一条、第九十三条): the State Council's departments and the people's governments
 * of provinces and 设区的市. A 乡镇 or 县级 body makes none, so the 规章 row of table 二 is 0 by law for it.
 */
const MAKES_NO_RULES: ReadonlySet<AgencyLevel> = new Set([
  "TOWNSHIP_GOVERNMENT",
  "COUNTY_DEPARTMENT",
  "COUNTY_GOVERNMENT",
]);

export function makesNoRules(level: AgencyLevel): boolean {
  return MAKES_NO_RULES.has(level);
}

/** The field message for a 规章 entered by an agency that makes none. */
export function noRulesMessage(level: AgencyLevel): string {
  return `${AGENCY_LEVEL_LABELS[level]}不制定规章（《立法法》），规章一栏依法为 0；行政规范性文件请选择“行政规范性文件”。`;
}
