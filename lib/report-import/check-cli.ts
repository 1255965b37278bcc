// `npm run report:check -- <files or folders…> [--json | --csv]`: reads published reports (PDF, web page, Word,
// text) without a database. One file: what was recognised, every table, every finding, every rule not checked.
// Several (or a folder): one line per report and a total. Exit status 2 when any report could not be read (in
// full), else 1 when any has a hard finding, else 0. The file system is passed in.
import { reportTitle, type ReportDocument } from "@/lib/national-format/document";
import { getFormat, VINTAGE_NOTICES, type CellCode } from "@/lib/national-format/format";
import { toCsv, toJson } from "@/lib/national-format/open-data";
import { renderTableLines } from "@/lib/national-format/render-text";
import type { CellValues, ReportTables } from "@/lib/national-format/tables";
import type { Finding } from "@/lib/national-format/validation";
import type { NotChecked } from "./check";
import { batchTotal, checkFile, type CheckedFile, type FileSummary } from "./batch";
import { importedDocument, markUnread } from "./document";
import { FORMAT_LABELS, REPORT_EXTENSIONS } from "./source";
import type { ImportedReport } from "./types";

/**
 * The file system, passed in. `expand`: the report files under a folder (recursively, sorted), or the path
 * itself when it is a file; rejects when the path does not exist.
 */
export type CheckIo = {
  readFile(path: string): Promise<Uint8Array>;
  expand?(path: string): Promise<{ files: string[]; folder: boolean }>;
};
export type CheckOutput = { code: 0 | 1 | 2; stdout: string; stderr: string };

const USAGE = `用法 Usage: npm run report:check -- <报告文件或文件夹…> [--json | --csv]（${REPORT_EXTENSIONS.join(" ")}）`;

const unreadable = (chinese: string, english: string): CheckOutput => ({
  code: 2,
  stdout: "",
  stderr: `${chinese}\n${english}\n`,
});

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

function summary(findings: Finding[], notChecked: NotChecked[] = []): string {
  const hard = findings.filter((f) => f.severity === "hard").length;
  const skipped = notChecked.length ? `，未检查 ${notChecked.length} 项（所需单元格未能读取）` : "";
  return `校验结果：错误 ${hard} 项，提示 ${findings.length - hard} 项${skipped}`;
}

function textReport(checked: Required<CheckedFile>, doc: ReportDocument): string {
  const { report, findings, notChecked, summary: file } = checked;
  const out = [
    `文件：${file.file}（${FORMAT_LABELS[file.format!]}）`,
    `标题：${report.title ?? "（未识别）"}`,
    `机关：${report.titleName ?? "（未识别）"}`,
    `年度：${report.year ?? "（未识别）"}`,
    `格式：${report.vintage}（${VINTAGE_NOTICES[report.vintage]}）${report.vintageBy === "year" ? "，按年度确定" : "，按表格内容识别"}`,
  ];
  if (report.notes.length)
    out.push("", "说明：", ...report.notes.map((n) => `  ${n.line ? `第 ${n.line} 行：` : ""}${n.message}`));
  if (report.unreadRows.length) {
    out.push("", "无法可靠读取的行（未按 0 计，所涉规则未检查）：");
    for (const row of report.unreadRows) {
      out.push(`  表${row.section} ${row.label}：${row.reason}`);
      out.push(...row.lines.map((line) => `    第 ${line.line} 行：${line.text}`));
    }
  }
  const display = displayTables(report);
  for (const section of ["二", "三", "四"] as const) {
    const tables = getFormat(report.vintage).tables.filter((table) => table.section === section);
    out.push("", `表${section}`, ...tables.flatMap((table) => renderTableLines(table, display, doc.feeDecimals)));
  }
  out.push(
    "",
    "（空白单元格显示为空，未能读取的显示为 ?）",
    "",
    summary(findings, notChecked),
    ...findings.map(findingLine),
  );
  if (notChecked.length)
    out.push(
      ...notChecked.map((n) => `未检查 ${n.ruleId}${n.cellCode ? ` [${n.cellCode}]` : ""} ${n.where}：${n.title}`),
    );
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

const OPTIONS = ["--json", "--csv"];

function detail(checked: Required<CheckedFile>, options: string[]): CheckOutput {
  const { report, findings, notChecked, summary: file } = checked;
  const doc = importedDocument(report);
  const code = file.exit;
  if (options.includes("--csv")) {
    const unread = Object.fromEntries(report.unread.map((cell) => [cell.code, { value: "" }]));
    const csv = toCsv({ vintage: report.vintage, cells: { ...report.tables.cells, ...unread } });
    return { code, stdout: csv, stderr: `${summary(findings, notChecked)}\n` };
  }
  if (options.includes("--json")) {
    const json = {
      file: file.file,
      format: file.format,
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
      unreadRows: report.unreadRows,
      notes: report.notes,
      findings,
      notChecked,
      summary: {
        hard: findings.filter((f) => f.severity === "hard").length,
        soft: findings.filter((f) => f.severity === "soft").length,
        notChecked: notChecked.length,
        exit: code,
      },
    };
    return { code, stdout: JSON.stringify(json, null, 2) + "\n", stderr: "" };
  }
  return { code, stdout: textReport(checked, doc), stderr: "" };
}

const EXIT_LABELS = { 0: "通过", 1: "有错误", 2: "未能完整读取" } as const;

/** One line of the batch table: what was recognised, how much was read, what was found. */
function summaryLine(s: FileSummary): string {
  if (s.error) return `${s.file}\t无法读取：${s.error}\t退出码 2`;
  return [
    s.file,
    s.agency ?? "（机关未识别）",
    s.year ?? "（年度未识别）",
    `${FORMAT_LABELS[s.format!]} ${s.vintage}`,
    `读取 ${s.cellsRead}/${s.cellsTotal} 格`,
    `无法读取 ${s.unreadRows} 行`,
    `错误 ${s.hard}`,
    `提示 ${s.soft}`,
    `未检查 ${s.notChecked}`,
    `${EXIT_LABELS[s.exit]}（退出码 ${s.exit}）`,
  ].join("\t");
}

const CSV_COLUMNS: (keyof FileSummary)[] = [
  "file",
  "format",
  "agency",
  "year",
  "vintage",
  "cellsRead",
  "cellsTotal",
  "unreadRows",
  "unreadCells",
  "hard",
  "soft",
  "notChecked",
  "exit",
  "error",
];
const csvField = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

function batchOutput(summaries: FileSummary[], options: string[]): CheckOutput {
  const total = batchTotal(summaries);
  const totalLine =
    `共 ${total.reports} 份报告：通过 ${total.clean} 份，有错误 ${total.withHard} 份，` +
    `未能（完整）读取 ${total.unreadable} 份；退出码 ${total.exit}`;
  if (options.includes("--json"))
    return { code: total.exit, stdout: JSON.stringify({ reports: summaries, total }, null, 2) + "\n", stderr: "" };
  if (options.includes("--csv")) {
    const rows = [CSV_COLUMNS.join(","), ...summaries.map((s) => CSV_COLUMNS.map((c) => csvField(s[c])).join(","))];
    return { code: total.exit, stdout: rows.join("\r\n") + "\r\n", stderr: `${totalLine}\n` };
  }
  return { code: total.exit, stdout: [...summaries.map(summaryLine), "", totalLine].join("\n") + "\n", stderr: "" };
}

/** Checks the files (folders are walked); with one file, the whole report; with several, one line each. */
export async function runReportCheck(
  args: string[],
  io: CheckIo,
  check: (file: string, bytes: Uint8Array) => Promise<CheckedFile> = checkFile,
): Promise<CheckOutput> {
  const options = args.filter((arg) => arg.startsWith("--"));
  const paths = args.filter((arg) => !arg.startsWith("--"));
  const unknown = options.filter((option) => !OPTIONS.includes(option));
  if (!paths.length || unknown.length || (options.includes("--json") && options.includes("--csv"))) {
    return unreadable(USAGE, unknown.length ? `Unknown option: ${unknown.join(" ")}` : "Give report files or folders.");
  }
  const files: string[] = [];
  let folder = false;
  for (const path of paths) {
    try {
      const expanded = io.expand ? await io.expand(path) : { files: [path], folder: false };
      files.push(...expanded.files);
      folder ||= expanded.folder;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return unreadable(`无法打开文件：${path}`, `Cannot open file: ${path} (${reason})`);
    }
  }
  if (!files.length) return unreadable(`没有找到报告文件：${paths.join(" ")}`, "No report files found.");

  const read = async (file: string): Promise<CheckedFile | CheckOutput> => {
    try {
      return await check(file, await io.readFile(file));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return unreadable(`无法打开文件：${file}`, `Cannot open file: ${file} (${reason})`);
    }
  };

  if (files.length === 1 && !folder) {
    const checked = await read(files[0]);
    if ("code" in checked) return checked;
    const { summary: s } = checked;
    if (s.error) return unreadable(`${s.file}：${s.error}`, `${s.file}: ${s.english}`);
    return detail(checked as Required<CheckedFile>, options);
  }
  const summaries: FileSummary[] = [];
  for (const file of files) {
    const checked = await read(file);
    if ("code" in checked) {
      summaries.push({
        ...EMPTY_SUMMARY,
        file,
        error: checked.stderr.split("\n")[0],
        english: checked.stderr.split("\n")[1],
      });
    } else summaries.push(checked.summary);
  }
  return batchOutput(summaries, options);
}

const EMPTY_SUMMARY: FileSummary = {
  file: "",
  format: null,
  error: null,
  english: null,
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
};
