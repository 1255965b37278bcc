// Checking published reports one file at a time, many files at once: each file read (whatever its form), parsed,
// checked, and summed up in one line — agency, year, format, cells read, rows not read, findings, the exit
// status. The command line and the import pages share it.
import { getFormat, type Vintage } from "@/lib/national-format/format";
import type { Finding } from "@/lib/national-format/validation";
import { checkImported, type NotChecked } from "./check";
import { parseReportText } from "./parse";
import { ReadError } from "./read-error";
import { readReportSource, type SourceFormat } from "./source";
import type { ImportedReport } from "./types";

/** 0: read in full, no hard finding; 1: a hard finding; 2: not read, or not read in full (rules not checked). */
export type ExitStatus = 0 | 1 | 2;

export type FileSummary = {
  file: string;
  format: SourceFormat | null;
  /** Set when the file could not be read as a report at all (the Chinese reason). */
  error: string | null;
  english: string | null;
  agency: string | null;
  year: number | null;
  vintage: Vintage | null;
  cellsRead: number;
  cellsTotal: number;
  unreadRows: number;
  unreadCells: number;
  hard: number;
  soft: number;
  notChecked: number;
  exit: ExitStatus;
};

export type CheckedFile = {
  summary: FileSummary;
  text?: string;
  report?: ImportedReport;
  findings?: Finding[];
  notChecked?: NotChecked[];
};

const failed = (file: string, format: SourceFormat | null, error: string, english: string): CheckedFile => ({
  summary: {
    file,
    format,
    error,
    english,
    agency: null,
    year: null,
    vintage: null,
    cellsRead: 0,
    cellsTotal: 0,
    unreadRows: 0,
    unreadCells: 0,
    hard: 0,
    soft: 0,
    notChecked: 0,
    exit: 2,
  },
});

/** The exit status of a report as read. */
export function exitStatus(report: ImportedReport, findings: Finding[]): ExitStatus {
  if (report.unread.some((cell) => cell.kind !== "invalid")) return 2;
  return findings.some((finding) => finding.severity === "hard") ? 1 : 0;
}

/** Reads, parses and checks one report already decoded to text. */
export function checkText(file: string, text: string, format: SourceFormat): CheckedFile {
  const parsed = parseReportText(text);
  if (!parsed.ok) return failed(file, format, parsed.error, parsed.english);
  const { report } = parsed;
  const { findings, notChecked } = checkImported(report);
  const hard = findings.filter((finding) => finding.severity === "hard").length;
  return {
    text,
    report,
    findings,
    notChecked,
    summary: {
      file,
      format,
      error: null,
      english: null,
      agency: report.titleName ?? null,
      year: report.year ?? null,
      vintage: report.vintage,
      cellsRead: getFormat(report.vintage).cells.length - report.unread.filter((c) => c.kind !== "invalid").length,
      cellsTotal: getFormat(report.vintage).cells.length,
      unreadRows: report.unreadRows.length,
      unreadCells: report.unread.length,
      hard,
      soft: findings.length - hard,
      notChecked: notChecked.length,
      exit: exitStatus(report, findings),
    },
  };
}

/** Reads, parses and checks one file; a file that cannot be read is a summary with its reason, never a throw. */
export async function checkFile(file: string, bytes: Uint8Array): Promise<CheckedFile> {
  try {
    const source = await readReportSource(file, bytes);
    return checkText(file, source.text, source.format);
  } catch (error) {
    if (error instanceof ReadError) return failed(file, null, error.message, error.english);
    throw error;
  }
}

/** clean: read in full without a hard finding; withHard: a hard finding; unreadable: not read, or not in full. */
export type BatchTotal = { reports: number; clean: number; withHard: number; unreadable: number; exit: ExitStatus };

/** The batch's exit status: 2 when any report could not be read (in full), else 1 when any has a hard finding. */
export function batchTotal(summaries: FileSummary[]): BatchTotal {
  const unreadable = summaries.filter((s) => s.exit === 2).length;
  const withHard = summaries.filter((s) => s.hard > 0).length;
  const exit: ExitStatus = unreadable ? 2 : withHard ? 1 : 0;
  const clean = summaries.filter((s) => s.exit === 0).length;
  return { reports: summaries.length, clean, withHard, unreadable, exit };
}
