import { exportSubmissionsRoute } from "@/lib/submissions/routes";

export const GET = exportSubmissionsRoute;
