import { defineRoute } from "@/lib/server/route";
import { readUploadedReport } from "@/lib/report-import/upload";

/** POST one report file (multipart, field `file`): read and checked on the server, answered as JSON. */
export const POST = defineRoute<Record<string, never>>({
  permission: ({ actor }) => ["report.edit", { agencyId: actor.agencyId }],
  run: ({ request }) => readUploadedReport(request),
});
