"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { z, fields } from "@/lib/validation";
import { importReport } from "@/lib/report-import/store";

/** Long enough for any annual report (the 柏香镇 report is 4,000 characters), short of the request limit. */
const MAX_TEXT = 200_000;

export const importReportAction = defineAction({
  schema: z.object({
    text: z
      .string()
      .trim()
      .min(1, "请粘贴报告全文，或上传报告的 .docx 文件。")
      .max(MAX_TEXT, `报告文字不能超过 ${MAX_TEXT} 个字。`),
    confirmAgency: fields.checkbox,
  }),
  requires: "report.edit",
  permission: ({ actor }) => ["report.edit", { agencyId: actor.agencyId }],
  run: async ({ actor, input }) => {
    const result = await importReport(prisma, actor, input);
    revalidatePath("/office/reports");
    revalidatePath(`/office/reports/${result.report.year}`);
    return result;
  },
  success: ({ report, replaced }) => ({
    message: `已${replaced ? "重新" : ""}导入${report.year}年度报告。`,
    redirectTo: `/office/reports/${report.year}`,
  }),
});
