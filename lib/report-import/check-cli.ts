// `npm run report:check -- <file.txt|file.docx> [--json] [--csv]`: reads a published report without a
// database and prints what was recognised, every table and every finding. Exit status 0 without a hard
// finding, 1 with one, 2 when the file cannot be read as a report. The file system is passed in.
import { reportTitle, type ReportDocument } from "@/lib/national-format/document";
import { getFormat, VINTAGE_NOTICES, type CellCode } from "@/lib/national-format/format";
import { toCsv, toJson } from "@/lib/national-format/open-data";
import { renderTableLines } from "@/lib/national-format/render-text";
import type { CellValues, ReportTables } from "@/lib/national-format/tables";
import type { Finding } from "@/lib/national-format/validation";
import { checkImportedReport } from "./check";
import { decodeText, isZip } from "./decode";
import { DocxError, docxToText } from "./docx";
import { importedDocument, markUnread } from "./document";
import { parseReportText } from "./parse";
import type { ImportedReport } from "./types";

export type CheckIo = { readFile(path: string): Promise<Uint8Array> };
export type CheckOutput = { code: 0 | 1 | 2; stdout: string; stderr: string };

const USAGE = "用法 Usage: npm run report:check -- <报告.txt|报告.docx> [--json | --csv]";

const unreadable = (chinese: string, english: string): CheckOutput => ({
  code: 2,
  stdout: "",
  stderr: `${chinese}\n${english}\n`,
});

async function readReportFile(path: string, io: CheckIo): Promise<{ text: string } | CheckOutput> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return unreadable(`无法打开文件：${path}`, `Cannot open file: ${path} (${reason})`);
  }
  if (!/\.docx$/i.test(path) && !isZip(bytes)) return { text: decodeText(bytes) };
  try {
    return { text: await docxToText(bytes) };
  } catch (error) {
    if (error instanceof DocxError) return unreadable(error.message, `Cannot read ${path} as a Word (.docx) file.`);
    throw error;
  }
}

/** The tables for display: a blank cell prints empty, a cell that could not be read prints "?". */
function displayTables(report: ImportedReport): ReportTables {
  const marked = markUnread(report);
  const cells: CellValues = {};
  for (const [code, entry] of Object.entries(marked.cells)) cells[code] = entry?.blank ? { value: "" } : entry;
  return { vintage: report.vintage, cells };
}

const SEVERITY = { hard: "错误", soft: "提示" } as const;

function findingLine(finding: Finding): string {
  const at = finding.cellCode ? ` [${finding.cellCode}]` : "";
  return `${SEVERITY[finding.severity]}【${finding.ruleName}】${at} ${finding.message}`;
}

function summary(findings: Finding[]): string {
  const hard = findings.filter((f) => f.severity === "hard").length;
  return `校验结果：错误 ${hard} 项，提示 ${findings.length - hard} 项`;
}

function textReport(path: string, report: ImportedReport, doc: ReportDocument, findings: Finding[]): string {
  const out = [
    `文件：${path}`,
    `标题：${report.title ?? "（未识别）"}`,
    `机关：${report.titleName ?? "（未识别）"}`,
    `年度：${report.year ?? "（未识别）"}`,
    `格式：${report.vintage}（${VINTAGE_NOTICES[report.vintage]}）${report.vintageBy === "year" ? "，按年度确定" : "，按表格内容识别"}`,
  ];
  if (report.notes.length)
    out.push("", "说明：", ...report.notes.map((n) => `  ${n.line ? `第 ${n.line} 行：` : ""}${n.message}`));
  const display = displayTables(report);
  for (const section of ["二", "三", "四"] as const) {
    const tables = getFormat(report.vintage).tables.filter((table) => table.section === section);
    out.push("", `表${section}`, ...tables.flatMap((table) => renderTableLines(table, display, doc.feeDecimals)));
  }
  out.push("", "（空白单元格显示为空，未能读取的显示为 ?）", "", summary(findings), ...findings.map(findingLine));
  return out.join("\n") + "\n";
}

/** The open-data JSON of the report; a cell that could not be read is `value: null, unread: true`, not 0. */
function reportJson(report: ImportedReport, doc: ReportDocument) {
  const json = toJson(doc);
  const unread = new Set<CellCode>(report.unread.map((cell) => cell.code));
  const sections = json.sections.map((section) => ({
    ...section,
    ...(section.tables && {
      tables: section.tables.map((table) => ({
        ...table,
        rows: table.rows.map((row) => ({
          ...row,
          cells: row.cells.map((cell) =>
            unread.has(cell.code) ? { ...cell, value: null, unread: true as const } : cell,
          ),
        })),
      })),
    }),
  }));
  // A title without a year is shown as printed, not made up.
  return { ...json, title: report.title ?? reportTitle(doc.titleName, doc.year), year: report.year ?? null, sections };
}

export async function runReportCheck(args: string[], io: CheckIo): Promise<CheckOutput> {
  const options = args.filter((arg) => arg.startsWith("--"));
  const files = args.filter((arg) => !arg.startsWith("--"));
  const unknown = options.filter((option) => option !== "--json" && option !== "--csv");
  if (files.length !== 1 || unknown.length || (options.includes("--json") && options.includes("--csv"))) {
    return unreadable(USAGE, unknown.length ? `Unknown option: ${unknown.join(" ")}` : "Give exactly one report file.");
  }
  const [path] = files;
  const read = await readReportFile(path, io);
  if ("code" in read) return read;
  const parsed = parseReportText(read.text);
  if (!parsed.ok) return unreadable(`${path}：${parsed.error}`, `${path}: ${parsed.english}`);
  const { report } = parsed;
  const doc = importedDocument(report);
  const findings = checkImportedReport(report);
  const code = findings.some((f) => f.severity === "hard") ? 1 : 0;

  if (options.includes("--csv")) {
    const unread = Object.fromEntries(report.unread.map((cell) => [cell.code, { value: "" }]));
    const csv = toCsv({ vintage: report.vintage, cells: { ...report.tables.cells, ...unread } });
    return { code, stdout: csv, stderr: `${summary(findings)}\n` };
  }
  if (options.includes("--json")) {
    const json = {
      file: path,
      recognised: {
        title: report.title ?? null,
        titleName: report.titleName ?? null,
        year: report.year ?? null,
        vintage: report.vintage,
        notice: VINTAGE_NOTICES[report.vintage],
        vintageBy: report.vintageBy,
        feeDecimals: report.feeDecimals ?? null,
      },
      report: reportJson(report, doc),
      sources: report.sources,
      unread: report.unread,
      notes: report.notes,
      findings,
      summary: {
        hard: findings.filter((f) => f.severity === "hard").length,
        soft: findings.filter((f) => f.severity === "soft").length,
      },
    };
    return { code, stdout: JSON.stringify(json, null, 2) + "\n", stderr: "" };
  }
  return { code, stdout: textReport(path, report, doc, findings), stderr: "" };
}
