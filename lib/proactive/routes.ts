import "server-only";
import { recordExportRoute } from "@/lib/records/export-route";
import { DOCUMENT_FIELDS, FEE_FIELDS, TALLY_FIELDS } from "./fields";
import { normativeDocuments } from "./documents";
import { decisionTallies } from "./tallies";
import { feeCollections } from "./fees";

/** The registers' Excel/CSV exports (GET …/export?format=xlsx|csv plus the list's filters). */
export const exportDocumentsRoute = recordExportRoute(normativeDocuments, DOCUMENT_FIELDS, "规章和行政规范性文件");
export const exportTalliesRoute = recordExportRoute(decisionTallies, TALLY_FIELDS, "行政许可处罚强制决定数量");
export const exportFeesRoute = recordExportRoute(feeCollections, FEE_FIELDS, "行政事业性收费");
