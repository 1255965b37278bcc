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
