// What the importer reads out of a published report's text, and where each figure came from.
import type { Narrative } from "@/lib/national-format/document";
import type { CellCode, Section, Vintage } from "@/lib/national-format/format";
import type { ReportTables } from "@/lib/national-format/tables";

/** Where a cell was read: the 1-based line of the source text and the field as printed ("" when blank). */
export type CellSource = { line: number; text: string };

/**
 * Why a cell was not read: `invalid` — printed, but not a number (若干): the report's own error, a hard finding;
 * `unreadable` — the text's layout does not tell its column with certainty (a flattened PDF text, a short row);
 * `missing` — its row (or table) was not found. Neither of the last two is held against the report: the rules
 * that need the cell are reported as not checked.
 */
export type UnreadKind = "invalid" | "unreadable" | "missing";

/** A cell of the format that could not be read; it is left out of the tables, never set to 0. */
export type UnreadCell = { code: CellCode; label: string; reason: string; kind: UnreadKind; line?: number };

/** A row the reader saw but could not place with certainty (无法可靠读取), with the lines it saw. */
export type UnreadRow = { label: string; section: Section; reason: string; lines: { line: number; text: string }[] };

/** Something the reader met but could not place, or a guess it had to make (shown for confirmation). */
export type ImportNote = { line?: number; message: string };

export type ImportedReport = {
  /** The source text split into lines; `CellSource.line` n is `lines[n - 1]`. */
  lines: string[];
  title?: string; // the title line as printed
  titleName?: string; // the agency as named in the title, e.g. 柏香镇
  year?: number; // the report year, from the title
  vintage: Vintage;
  /** How the vintage was chosen: by the labels of the tables, or (when they fit both) by the year. */
  vintageBy: "structure" | "year";
  /** Decimals the report prints for 万元 amounts (from the fee header or the printed value), when it shows them. */
  feeDecimals?: number;
  tables: ReportTables; // every cell read (blank ones with `blank: true`); unread cells are absent
  narrative: Narrative;
  sources: Partial<Record<CellCode, CellSource>>;
  unread: UnreadCell[];
  /** Rows left unread because their figures could not be placed with certainty. */
  unreadRows: UnreadRow[];
  notes: ImportNote[];
  /** The sections whose heading (or, for a table, its header) was found. */
  sectionsFound: Section[];
};

/** `error` is for people (Chinese); `english` says the same for logs and the command line. */
export type ImportResult = { ok: true; report: ImportedReport } | { ok: false; error: string; english: string };
