// Rules 1–5 of the reference: the 勾稽关系 that block submission and publication.
import { getCell, getFormat, table3Layout, table4Groups } from "../format";
import { isNonNegativeDecimal } from "../decimal";
import { cellNumber, isBlankRow } from "../tables";
import { columnLabel, describeCell, describeRow } from "./describe";
import { defineRule, type FindingDraft } from "./types";

const s3 = (row: string, column: string) => `s3.${row}.${column}`;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Rule 1: every column of table 三, 一 + 二 = （七）总计 + 四. Reported at 四、结转下年度继续办理. */
export const t3ColumnBalance = defineRule(
  {
    id: "T3-COLUMN-BALANCE",
    name: "表三各列平衡",
    severity: "hard",
    rule: 1,
    title: "表三各列：第一项加第二项之和等于第三项加第四项之和",
  },
  ({ vintage, tables }) =>
    table3Layout(vintage).columns.flatMap((column): FindingDraft[] => {
      const [added, carried, closed, open] = ["new", "carriedOver", "outcome.total", "carryForward"].map((row) =>
        cellNumber(tables, s3(row, column)),
      );
      if (added + carried === closed + open) return [];
      const at = s3("carryForward", column);
      return [
        {
          section: "三",
          cellCode: at,
          relatedCells: [s3("new", column), s3("carriedOver", column), s3("outcome.total", column)],
          message:
            `表三「${columnLabel(getCell(vintage, at))}」列：第一项加第二项之和为 ${added + carried}` +
            `（${added} + ${carried}），但第三项（七）总计加第四项之和为 ${closed + open}（${closed} + ${open}）`,
        },
      ];
    }),
);

/** Rule 2: every column, the outcome leaves sum to （七）总计. */
export const t3OutcomeSum = defineRule(
  {
    id: "T3-OUTCOME-SUM",
    name: "表三办理结果合计",
    severity: "hard",
    rule: 2,
    title: "表三各列：各办理结果之和等于（七）总计",
  },
  ({ vintage, tables }) => {
    const { columns, outcomeRows } = table3Layout(vintage);
    return columns.flatMap((column): FindingDraft[] => {
      const parts = outcomeRows.map((row) => s3(row, column));
      const expected = sum(parts.map((code) => cellNumber(tables, code)));
      const at = s3("outcome.total", column);
      const actual = cellNumber(tables, at);
      if (expected === actual) return [];
      const message = `${describeCell(vintage, at)}：各办理结果之和为 ${expected}，但总计为 ${actual}`;
      return [{ section: "三", cellCode: at, relatedCells: parts, message }];
    });
  },
);

/**
 * Rule 3: every row, 自然人 + the five 法人或其他组织 columns = 总计; a row holding any figure must have its 总计.
 * A row blank in every cell is left to rule 9 (BLANK-ROW).
 */
export const t3RowSum = defineRule(
  {
    id: "T3-ROW-SUM",
    name: "表三各行合计",
    severity: "hard",
    rule: 3,
    title: "表三各行：自然人与法人或其他组织各列之和等于总计",
  },
  ({ vintage, tables }) => {
    const { rows, applicantColumns } = table3Layout(vintage);
    return rows.flatMap((row): FindingDraft[] => {
      const parts = applicantColumns.map((column) => s3(row, column));
      // A row printed blank in every cell is a completeness warning (BLANK-ROW, rule 9), not a wrong sum.
      if (isBlankRow(tables, [...parts, s3(row, "total")])) return [];
      const expected = sum(parts.map((code) => cellNumber(tables, code)));
      const at = s3(row, "total");
      const total = tables.cells[at];
      const where = () => describeRow(vintage, getCell(vintage, at)); // only for a finding
      if (!total || total.blank) {
        const message = `${where()}「总计」列为空：总计列每行必填（各列之和为 ${expected}）`;
        return [{ section: "三", cellCode: at, relatedCells: parts, message }];
      }
      const actual = cellNumber(tables, at);
      if (expected === actual) return [];
      const message = `${where()}：自然人与法人或其他组织各列之和为 ${expected}，但总计为 ${actual}`;
      return [{ section: "三", cellCode: at, relatedCells: parts, message }];
    });
  },
);

/** Rule 4: each group of table 四, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
export const t4GroupSum = defineRule(
  {
    id: "T4-GROUP-SUM",
    name: "表四各组合计",
    severity: "hard",
    rule: 4,
    title: "表四各组：结果维持、结果纠正、其他结果、尚未审结之和等于总计",
  },
  ({ vintage, tables }) =>
    table4Groups(vintage).flatMap(({ parts, total }): FindingDraft[] => {
      const expected = sum(parts.map((code) => cellNumber(tables, code)));
      const actual = cellNumber(tables, total);
      if (expected === actual) return [];
      const message = `${describeCell(vintage, total)}：结果维持、结果纠正、其他结果、尚未审结之和为 ${expected}，但总计为 ${actual}`;
      return [{ section: "四", cellCode: total, relatedCells: [...parts], message }];
    }),
);

/** Rule 5: counts are non-negative integers, 本年增/减 an integer, money a non-negative decimal (万元). */
export const valueNonNegative = defineRule(
  { id: "VALUE-NONNEGATIVE", name: "数值格式", severity: "hard", rule: 5, title: "数量为非负整数，金额为非负数" },
  ({ vintage, tables }) =>
    getFormat(vintage).cells.flatMap((cell): FindingDraft[] => {
      const entry = tables.cells[cell.code];
      if (!entry) return [];
      const { value } = entry;
      const valid =
        cell.kind === "money"
          ? typeof value === "string" && isNonNegativeDecimal(value)
          : typeof value === "number" && Number.isInteger(value) && (cell.kind === "delta" || value >= 0);
      if (valid) return [];
      const expected = { count: "非负整数", delta: "整数", money: "非负金额（万元，十进制数）" }[cell.kind];
      const message = `${describeCell(vintage, cell.code)}：应为${expected}，实为「${String(value)}」`;
      return [{ section: cell.section, cellCode: cell.code, message }];
    }),
);

export const HARD_RULES = [t3ColumnBalance, t3OutcomeSum, t3RowSum, t4GroupSum, valueNonNegative];
