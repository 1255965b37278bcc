// What the tables (or the year's records) say about a subject the narrative states a figure for. A figure the
// tables give exactly is compared exactly; one they only bound (行政复议 filed this year, when no records say)
// is compared with the range they allow.
import {
  getCell,
  getFormat,
  hasCell,
  LABEL_SEPARATOR,
  normativeDocumentCells,
  table3Layout,
  type CellCode,
  type Vintage,
} from "../../format";
import { cellNumber } from "../../tables";
import type { ValidationInput } from "../types";
import type { Subject } from "./claims";
import type { ApplicantColumn, ApplicationRow, ReviewGroup } from "./lexicon";

export type Expected = {
  accepts(value: number): boolean;
  shown: string; // the expected figure(s) as the finding prints them
  source: string; // where they come from, in Chinese
  cellCode?: CellCode;
  relatedCells?: CellCode[];
};

const exactly = (value: number, source: string, cells: CellCode[] = []): Expected => ({
  accepts: (n) => n === value,
  shown: String(value),
  source,
  ...(cells[0] && { cellCode: cells[0] }),
  ...(cells.length > 1 && { relatedCells: cells.slice(1) }),
});

const ORG_COLUMNS = ["commercial", "research", "publicInterest", "legalService", "otherOrg"];
const COLUMN_LABELS: Record<ApplicantColumn, string> = {
  total: "总计",
  natural: "自然人",
  org: "法人或其他组织各列之和",
  commercial: "商业企业",
  research: "科研机构",
  publicInterest: "社会公益组织",
  legalService: "法律服务机构",
  otherOrg: "其他",
};

/** The table 三 rows (leaf codes, without "s3.") a narrative row stands for, in this vintage. */
function leafRows(vintage: Vintage, row: Exclude<ApplicationRow, "handled">): string[] {
  const { rows, outcomeRows } = table3Layout(vintage);
  if (row === "closed") return ["outcome.total"];
  if (!row.startsWith("outcome.")) return rows.includes(row) ? [row] : [];
  // The 2019 format has one （六）其他处理 row for the three 2021 ones.
  const wanted = vintage === "V2019" && row.startsWith("outcome.other.") ? "outcome.other" : row;
  return outcomeRows.filter((code) => code === wanted || code.startsWith(`${wanted}.`));
}

function rowName(vintage: Vintage, row: Exclude<ApplicationRow, "handled">, leaves: string[]): string {
  if (row === "closed") return "（七）总计";
  const path = getCell(vintage, `s3.${leaves[0]}.total`).rowPath;
  // An outcome is named at its own level: （三）不予公开 for the group, 1.属于国家秘密 for a leaf.
  const depth = row.startsWith("outcome.") ? row.split(".").length - 1 : 0;
  return path[Math.min(depth, path.length - 1)];
}

function applicationFigure(
  vintage: Vintage,
  tables: ValidationInput["tables"],
  row: Exclude<ApplicationRow, "handled">,
  column: ApplicantColumn,
) {
  const leaves = leafRows(vintage, row);
  if (!leaves.length) return undefined;
  const columns = column === "org" ? ORG_COLUMNS : [column];
  const cells = leaves.flatMap((leaf) => columns.map((c) => `s3.${leaf}.${c}`));
  const value = cells.reduce((sum, code) => sum + cellNumber(tables, code), 0);
  const source = `表三「${rowName(vintage, row, leaves)}」${COLUMN_LABELS[column]}`;
  return { value, cells, source };
}

function applications(input: ValidationInput, row: ApplicationRow, column: ApplicantColumn): Expected | undefined {
  const { vintage, tables } = input;
  if (row !== "handled") {
    const figure = applicationFigure(vintage, tables, row, column);
    return figure && exactly(figure.value, figure.source, figure.cells);
  }
  // "办理申请N件": received this year, closed this year, or all on hand (received + carried over).
  const received = applicationFigure(vintage, tables, "new", column)!;
  const closed = applicationFigure(vintage, tables, "closed", column)!;
  const carried = applicationFigure(vintage, tables, "carriedOver", column)!;
  const accepted = [received.value, closed.value, received.value + carried.value];
  return {
    accepts: (n) => accepted.includes(n),
    shown: `本年新收 ${received.value}、办结 ${closed.value}、连同上年结转共 ${accepted[2]}`,
    source: `表三${COLUMN_LABELS[column] === "总计" ? "" : `「${COLUMN_LABELS[column]}」列`}`,
    cellCode: received.cells[0],
    relatedCells: [...received.cells.slice(1), ...closed.cells, ...carried.cells],
  };
}

const GROUP_CODES: Record<ReviewGroup | "all", string[]> = {
  reconsideration: ["reconsideration"],
  litigation: ["litigationDirect", "litigationAfterReconsideration"],
  litigationDirect: ["litigationDirect"],
  litigationAfterReconsideration: ["litigationAfterReconsideration"],
  all: ["reconsideration", "litigationDirect", "litigationAfterReconsideration"],
};
const GROUP_NAMES: Record<ReviewGroup | "all", string> = {
  reconsideration: "行政复议",
  litigation: "行政诉讼",
  litigationDirect: `行政诉讼${LABEL_SEPARATOR}未经复议直接起诉`,
  litigationAfterReconsideration: `行政诉讼${LABEL_SEPARATOR}复议后起诉`,
  all: "行政复议和行政诉讼",
};
const RESULT_COLUMNS = { upheld: "结果维持", corrected: "结果纠正", other: "其他结果", pending: "尚未审结" } as const;

function reviews(input: ValidationInput, group: ReviewGroup | "all", aspect: Subject & { kind: "reviews" }) {
  const { tables, previous, records } = input;
  const groups = GROUP_CODES[group];
  const sum = (t: typeof tables, column: string) => groups.reduce((n, g) => n + cellNumber(t, `s4.${g}.${column}`), 0);
  const name = GROUP_NAMES[group];
  const cells = (columns: string[]) => groups.flatMap((g) => columns.map((c) => `s4.${g}.${c}`));
  const a = aspect.aspect;
  if (a === "upheld" || a === "corrected" || a === "other" || a === "pending") {
    return exactly(sum(tables, a), `表四「${name}${LABEL_SEPARATOR}${RESULT_COLUMNS[a]}」`, cells([a]));
  }
  if (a === "decided") {
    const value = sum(tables, "upheld") + sum(tables, "corrected") + sum(tables, "other");
    return exactly(value, `表四「${name}」结果维持、结果纠正、其他结果之和`, cells(["upheld", "corrected", "other"]));
  }
  const total = sum(tables, "total");
  const recorded = records?.reviewsFiled;
  const filed = recorded && groups.reduce((n, g) => n + recorded[g as keyof typeof recorded], 0);
  if (a === "carried") {
    if (filed !== undefined) return exactly(total - filed, `本系统记录中上年结转的${name}案件数`, cells(["total"]));
    if (previous) return exactly(sum(previous, "pending"), `上年报告「${name}${LABEL_SEPARATOR}尚未审结」`);
    return undefined;
  }
  if (filed !== undefined) {
    const source = `本系统记录中本年新发生的${name}案件数`;
    if (a === "filed") return exactly(filed, source, cells(["total"]));
    return {
      accepts: (n: number) => n === filed || n === total,
      shown: `${filed}（表四总计 ${total}，含上年结转的案件）`,
      source,
      cellCode: cells(["total"])[0],
      relatedCells: cells(["total"]).slice(1),
    };
  }
  // No records: 总计 is decided + pending, filed this year or carried over from last year's 尚未审结.
  const carried = previous ? sum(previous, "pending") : 0;
  const least = Math.max(0, total - carried);
  const source = `表四「${name}${LABEL_SEPARATOR}总计」`;
  return {
    accepts: (n: number) => n >= least && n <= total,
    shown:
      least === total ? String(total) : `${total}（其中上年结转 ${carried}，本年新发生应在 ${least}–${total} 之间）`,
    source,
    cellCode: cells(["total"])[0],
    relatedCells: cells(["total"]).slice(1),
  };
}

function documents(input: ValidationInput, subject: Subject & { kind: "documents" }): Expected | undefined {
  const kinds =
    subject.document === "both"
      ? (["RULE", "NORMATIVE"] as const)
      : ([subject.document === "rule" ? "RULE" : "NORMATIVE"] as const);
  const aspects = subject.aspect === "any" ? (["issued", "inForce"] as const) : ([subject.aspect] as const);
  const options = aspects.flatMap((aspect) => {
    const cells = kinds.map((kind) => {
      const defined = normativeDocumentCells(input.vintage, kind);
      const code = aspect === "published" ? `s2.${kind === "RULE" ? "rule" : "normative"}.published` : defined[aspect];
      return code && hasCell(input.vintage, code) ? code : undefined;
    });
    if (cells.some((code) => !code)) return [];
    const codes = cells as CellCode[];
    return [{ codes, value: codes.reduce((n, code) => n + cellNumber(input.tables, code), 0) }];
  });
  if (!options.length) return undefined;
  const describe = ({ codes }: { codes: CellCode[] }) =>
    codes
      .map((code) => `${getCell(input.vintage, code).rowPath[0]}「${getCell(input.vintage, code).columnPath[0]}」`)
      .join("与");
  const [first] = options;
  return {
    accepts: (n) => options.some((o) => o.value === n),
    shown: options.map((o) => o.value).join(" 或 "),
    source: `表二 第二十条第（一）项 ${options.map(describe).join(" 或 ")}`,
    cellCode: first.codes[0],
    ...(options.flatMap((o) => o.codes).length > 1 && { relatedCells: options.flatMap((o) => o.codes).slice(1) }),
  };
}

function decisions(input: ValidationInput, decision: "licensing" | "penalty" | "coercion"): Expected | undefined {
  const code = `s2.${decision}.decisions`;
  if (!hasCell(input.vintage, code)) return undefined;
  const cell = getCell(input.vintage, code);
  const block = getFormat(input.vintage).tables.find((t) => t.id === cell.tableId)?.title ?? "";
  return exactly(cellNumber(input.tables, code), `表二 ${block} ${cell.rowPath[0]}「${cell.columnPath[0]}」`, [code]);
}

/** What the tables or records say about `subject`, or undefined when they say nothing to compare with. */
export function expectedFor(subject: Subject, input: ValidationInput): Expected | undefined {
  switch (subject.kind) {
    case "applications":
      return applications(input, subject.row, subject.column);
    case "reviews":
      return reviews(input, subject.group, subject);
    case "documents":
      return documents(input, subject);
    case "decisions":
      return decisions(input, subject.decision);
    case "submissions": {
      if (!input.records) return undefined;
      const { submissionsTotal, submissionsAdopted } = input.records;
      return subject.aspect === "submitted"
        ? exactly(submissionsTotal, "信息上报记录中的上报篇数")
        : exactly(submissionsAdopted, "信息上报记录中的采用篇数");
    }
    case "applicationFees": {
      const fees = input.records?.applicationFees;
      if (!fees) return undefined;
      const yuan = Number(fees.yuan);
      return {
        accepts: (n) => Math.abs(n - yuan) < 0.005,
        shown: `${fees.yuan} 元`,
        source: `本系统记录中本年收取的信息处理费（${fees.applications} 件申请）`,
      };
    }
  }
}
