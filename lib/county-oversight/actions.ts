"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { z } from "@/lib/validation";
import { importSubordinateReport } from "./operations";

/** The county imports an agency's published report (the text as read on the server from the uploaded file). */
export const importSubordinateReportAction = defineAction({
  schema: z.object({
    text: z.string().trim().min(1, "没有可导入的报告文字。").max(200_000, "报告文字不能超过 200000 个字。"),
  }),
  requires: "oversight.import",
  permission: ({ actor }) => ["oversight.import", { agencyId: actor.agencyId }],
  run: async ({ actor, input }) => {
    const result = await importSubordinateReport(prisma, actor, input);
    revalidatePath("/office/county");
    return result;
  },
  success: ({ agency, year, replaced }) => ({
    message: `已${replaced ? "重新" : ""}导入${agency.name}${year}年度报告。`,
  }),
});
