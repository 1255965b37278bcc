import { exportDocumentsRoute } from "@/lib/proactive/routes";

export const GET = exportDocumentsRoute;
