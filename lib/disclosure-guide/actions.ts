"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { publishGuide } from "./operations";
import { guideInput } from "./schemas";

export const publishGuideAction = defineAction({
  schema: guideInput,
  requires: "guide.publish",
  permission: ({ actor }) => ["guide.publish", { agencyId: actor.agencyId }],
  run: async ({ actor, input }) => {
    const guide = await publishGuide(prisma, actor, input);
    revalidatePath("/office/guide");
    return guide;
  },
  success: (guide) => ({ message: `已发布第${guide.version}版公开指南。` }),
});
