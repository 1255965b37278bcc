// The shapes of a report document as stored in JSON columns (published revisions, imported cells),
// parsed on read with zod rather than cast: a stored document that does not fit fails loudly at the
// boundary, with the path of what is wrong, instead of rendering zeros somewhere later.
import { z } from "zod";
import { VINTAGES } from "./format";
import type { CellValues, ReportTables } from "./tables";
import type { Narrative, ReportDocument } from "./document";

const vintage = z.enum(VINTAGES as unknown as ["V2019", "V2021"]);

export const cellValueSchema = z.object({
  value: z.union([z.number(), z.string()]),
  blank: z.boolean().optional(),
  manual: z.object({ reason: z.string() }).optional(),
});

export const cellValuesSchema = z.record(z.string(), cellValueSchema) as z.ZodType<CellValues>;

export const reportTablesSchema = z.object({ vintage, cells: cellValuesSchema }) as z.ZodType<ReportTables>;

export const narrativeSchema = z.object({
  overview: z.string(),
  problems: z.string(),
  otherMatters: z.string(),
}) as z.ZodType<Narrative>;

export const reportDocumentSchema = z.object({
  titleName: z.string(),
  agencyName: z.string().optional(),
  year: z.number().int(),
  vintage,
  tables: reportTablesSchema,
  narrative: narrativeSchema,
  feeDecimals: z.number().int().min(0).max(6),
}) as z.ZodType<ReportDocument>;
