import { exportApplicationsRoute } from "@/lib/applications/routes";

export const GET = exportApplicationsRoute;
