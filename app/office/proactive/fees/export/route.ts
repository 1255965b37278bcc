import { exportFeesRoute } from "@/lib/proactive/routes";

export const GET = exportFeesRoute;
