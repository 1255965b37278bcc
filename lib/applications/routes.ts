import "server-only";
import { recordExportRoute } from "@/lib/records/export-route";
import { APPLICATION_FIELDS, APPLICATION_FIELDS_WITHOUT_PERSONAL } from "./fields";
import { applications, mayUsePersonalData } from "./operations";

/** GET /office/applications/export: the filtered list as Excel or CSV; personal data only for those allowed. */
export const exportApplicationsRoute = recordExportRoute(
  applications,
  (actor) =>
    mayUsePersonalData(actor, { agencyId: actor.agencyId }) ? APPLICATION_FIELDS : APPLICATION_FIELDS_WITHOUT_PERSONAL,
  "依申请公开",
);
