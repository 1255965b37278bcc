import type { ReportStatus } from "@/lib/generated/prisma/enums";

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  DRAFT: "草稿",
  SUBMITTED: "待审核",
  APPROVED: "已批准",
  PUBLISHED: "已发布",
};
