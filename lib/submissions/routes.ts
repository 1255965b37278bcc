import "server-only";
import { recordExportRoute } from "@/lib/records/export-route";
import { SUBMISSION_FIELDS } from "./fields";
import { submissions } from "./operations";

/** GET /office/submissions/export: the filtered submission list as Excel or CSV. */
export const exportSubmissionsRoute = recordExportRoute(submissions, SUBMISSION_FIELDS, "信息上报");
