import { officeReportFileRoute } from "@/lib/annual-report/routes";

export const GET = officeReportFileRoute;
