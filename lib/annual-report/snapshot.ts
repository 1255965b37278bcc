import { z } from "zod";
import type { ReportDocument } from "@/lib/national-format";
import { cellValuesSchema, reportDocumentSchema } from "@/lib/national-format/document-schema";
import type { CellValues } from "@/lib/national-format";

/**
 * Everything a published revision shows, frozen at publication: later record changes never alter
 * it. A published revision is a legal record, so its JSON is read through a versioned schema: a
 * future shape gets a new `schemaVersion` and a reader for it, and every old revision still renders.
 * Version 1 is the first shape; revisions written before the field existed are version 1 too.
 */
export const SNAPSHOT_SCHEMA_VERSION = 1;

export type PublishedSnapshot = {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  agency: { slug: string; name: string };
  document: ReportDocument;
  /**
   * Soft findings acknowledged, with the head's reason (`reason`) and the preparer's (`preparerReason`, since
   * reviews were acknowledged in turn); kept for the record, not shown publicly.
   */
  acknowledged: { ruleId: string; message: string; reason: string; preparerReason?: string }[];
  /**
   * 信息上报 of the year by outlet as the records stood at publication (the charts of submissions and adoptions).
   * Optional: revisions published before it was kept have none, and their charts show a gap.
   */
  submissions?: SnapshotSubmissions;
  /** How many hard and soft findings the report had when published (a county's overview reads them here). */
  findingCounts?: { hard: number; soft: number };
};

export type SnapshotSubmissions = {
  submitted: number;
  adopted: number;
  byOutlet: { name: string; submitted: number; adopted: number }[];
};

const snapshotV1 = z.object({
  schemaVersion: z.literal(1).default(1),
  agency: z.object({ slug: z.string(), name: z.string() }),
  document: reportDocumentSchema,
  acknowledged: z.array(z.object({ ruleId: z.string(), message: z.string(), reason: z.string() })).default([]),
  submissions: z
    .object({
      submitted: z.number(),
      adopted: z.number(),
      byOutlet: z.array(z.object({ name: z.string(), submitted: z.number(), adopted: z.number() })),
    })
    .optional(),
  findingCounts: z.object({ hard: z.number(), soft: z.number() }).optional(),
});

/** A stored snapshot → the snapshot; throws with the path of what does not fit. */
export function parsePublishedSnapshot(json: unknown): PublishedSnapshot {
  return snapshotV1.parse(json) as PublishedSnapshot;
}

/** The cells of an imported report as stored (cell code → value). */
export function parseImportedCells(json: unknown): CellValues {
  return cellValuesSchema.parse(json);
}
