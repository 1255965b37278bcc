import "server-only";
import { recordExportRoute } from "@/lib/records/export-route";
import { REVIEW_FIELDS } from "./fields";
import { reviewCases } from "./operations";

/** GET /office/reviews/export: the filtered case list as Excel or CSV. */
export const exportReviewCasesRoute = recordExportRoute(reviewCases, REVIEW_FIELDS, "行政复议和行政诉讼");
