import { exportCountyOverviewRoute } from "@/lib/county-oversight/routes";

export const GET = exportCountyOverviewRoute;
