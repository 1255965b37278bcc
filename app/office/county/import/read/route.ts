import { readCountyReportRoute } from "@/lib/county-oversight/routes";

export const POST = readCountyReportRoute;
