"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import {
  calendarOverrideDeleteInput,
  calendarOverrideInput,
  deleteCalendarOverride,
  saveCalendarOverride,
} from "@/lib/admin/calendar";
import type { MovedCase } from "@/lib/applications/recompute";

const agencyScope = ({ actor }: { actor: { agencyId: number } }) => ({ agencyId: actor.agencyId });

function movedMessage(moved: MovedCase[]): string {
  return moved.length
    ? `${moved.length} 件办理中申请的答复期限已随之重新计算，见下方“调整记录”。`
    : "没有办理中申请的答复期限受影响。";
}

export const saveCalendarOverrideAction = defineAction({
  schema: calendarOverrideInput,
  requires: "calendar.manage",
  permission: (ctx) => ["calendar.manage", agencyScope(ctx)],
  run: async ({ actor, input }) => {
    const moved = await saveCalendarOverride(prisma, actor, input);
    revalidatePath("/office", "layout");
    return moved;
  },
  success: (moved, { input }) => ({ message: `已保存 ${input.date} 的调整。${movedMessage(moved)}`, values: {} }),
});

export const deleteCalendarOverrideAction = defineAction({
  schema: calendarOverrideDeleteInput,
  requires: "calendar.manage",
  permission: (ctx) => ["calendar.manage", agencyScope(ctx)],
  run: async ({ actor, input }) => {
    const moved = await deleteCalendarOverride(prisma, actor, input.id);
    revalidatePath("/office", "layout");
    return moved;
  },
  success: (moved) => ({ message: `已删除。${movedMessage(moved)}` }),
});
