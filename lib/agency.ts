import type { AgencyLevel } from "@/lib/generated/prisma/enums";

export const AGENCY_LEVEL_LABELS: Record<AgencyLevel, string> = {
  TOWNSHIP_GOVERNMENT: "乡镇人民政府",
  COUNTY_DEPARTMENT: "县级人民政府部门",
  COUNTY_GOVERNMENT: "县级人民政府",
  CITY_DEPARTMENT: "设区的市级人民政府部门",
  CITY_GOVERNMENT: "设区的市级人民政府",
  OTHER: "其他",
};
