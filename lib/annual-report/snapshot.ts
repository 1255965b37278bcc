import type { ReportDocument } from "@/lib/national-format";

/** Everything a published revision shows, frozen at publication: later record changes never alter it. */
export type PublishedSnapshot = {
  agency: { slug: string; name: string };
  document: ReportDocument;
  /**
   * Soft findings acknowledged, with the head's reason (`reason`) and the preparer's (`preparerReason`, since
   * reviews were acknowledged in turn); kept for the record, not shown publicly.
   */
  acknowledged: { ruleId: string; message: string; reason: string; preparerReason?: string }[];
};
