/** The downloads of a report, at `/reports/<agency-slug>/<year>/<file>`. */
export const EXPORTS = [
  { file: "report.txt", label: "文本（TXT）", type: "text/plain; charset=utf-8" },
  {
    file: "report.docx",
    label: "Word",
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  { file: "tables.xlsx", label: "Excel", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  { file: "data.json", label: "开放数据（JSON）", type: "application/json; charset=utf-8" },
  { file: "tables.csv", label: "开放数据（CSV）", type: "text/csv; charset=utf-8" },
] as const;

export type ExportFile = (typeof EXPORTS)[number]["file"];
