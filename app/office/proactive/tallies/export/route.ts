import { exportTalliesRoute } from "@/lib/proactive/routes";

export const GET = exportTalliesRoute;
