import type { ExportColumn } from "@/lib/records/export";
import { toIsoDate } from "@/lib/calendar/dates";
import { APPLICANT_TYPE_LABELS, CHANNEL_LABELS, OUTCOME_LABELS } from "./labels";
import type { ApplicationListRow } from "./queries";

const date = (d: Date | null) => (d ? toIsoDate(d) : "");

/** The columns of the Excel/CSV export; the applicant's name and contact only for those allowed to read them. */
export function applicationExportColumns(personal: boolean): ExportColumn<ApplicationListRow>[] {
  return [
    { header: "登记号", value: (r) => r.regNo, width: 12 },
    { header: "承办科室", value: (r) => r.department.name, width: 16 },
    { header: "申请方式", value: (r) => CHANNEL_LABELS[r.channel], width: 18 },
    { header: "提交日期", value: (r) => date(r.submittedOn), width: 12 },
    { header: "收到申请日期", value: (r) => date(r.receivedOn), width: 14 },
    { header: "申请人类型", value: (r) => APPLICANT_TYPE_LABELS[r.applicantType], width: 22 },
    ...(personal
      ? [
          { header: "申请人", value: (r: ApplicationListRow) => r.applicantName, width: 16 },
          { header: "联系方式", value: (r: ApplicationListRow) => r.applicantContact, width: 20 },
        ]
      : []),
    { header: "申请公开的内容", value: (r) => r.requestText, width: 50 },
    { header: "答复期限", value: (r) => date(r.dueOn), width: 12 },
    { header: "状态", value: (r) => r.standing.label, width: 18 },
    { header: "答复日期", value: (r) => date(r.repliedOn), width: 12 },
    { header: "办理结果", value: (r) => (r.outcome ? OUTCOME_LABELS[r.outcome] : ""), width: 36 },
    { header: "信息处理费（元）", value: (r) => r.feeAmount?.toString() ?? "", width: 14 },
  ];
}
