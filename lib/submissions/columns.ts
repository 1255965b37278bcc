import type { ExportColumn } from "@/lib/records/export";
import { toIsoDate } from "@/lib/calendar/dates";
import type { SubmissionRecord } from "./operations";
import { formatWeekInput } from "./week";

const adopted = (row: SubmissionRecord) => row.placements.filter((p) => p.adoptedOn);

/** The columns of the submission list's Excel/CSV export. */
export const SUBMISSION_EXPORT_COLUMNS: ExportColumn<SubmissionRecord>[] = [
  { header: "编号", value: (r) => r.id, width: 8 },
  { header: "年度", value: (r) => r.isoYear, width: 8 },
  { header: "周次", value: (r) => r.isoWeek, width: 8 },
  { header: "上报周", value: (r) => formatWeekInput(r.isoYear, r.isoWeek), width: 12 },
  { header: "科室", value: (r) => r.department.name, width: 18 },
  { header: "信息类别", value: (r) => r.category.name, width: 14 },
  { header: "标题", value: (r) => r.title, width: 48 },
  { header: "摘要", value: (r) => r.summary, width: 48 },
  { header: "报送渠道", value: (r) => r.placements.map((p) => p.outlet.name).join("、"), width: 36 },
  {
    header: "采用渠道",
    value: (r) =>
      adopted(r)
        .map((p) => `${p.outlet.name}（${toIsoDate(p.adoptedOn!)}）`)
        .join("、"),
    width: 36,
  },
  { header: "是否采用", value: (r) => (adopted(r).length ? "是" : "否"), width: 10 },
];
