"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import {
  createListEntry,
  listEntryInput,
  listEntryUpdateInput,
  SUBMISSION_LIST_LABELS,
  updateListEntry,
} from "@/lib/admin/submission-lists";

const agencyScope = ({ actor }: { actor: { agencyId: number } }) => ({ agencyId: actor.agencyId });
const refresh = () => revalidatePath("/office/admin/categories-and-outlets");

export const createListEntryAction = defineAction({
  once: "admin.createListEntryAction",
  schema: listEntryInput,
  requires: "agency.settings",
  permission: (ctx) => ["agency.settings", agencyScope(ctx)],
  run: async ({ actor, input }) => {
    await createListEntry(prisma, actor, input);
    refresh();
  },
  success: (_r, { input }) => ({ message: `${SUBMISSION_LIST_LABELS[input.kind]}“${input.name}”已添加。`, values: {} }),
});

export const updateListEntryAction = defineAction({
  schema: listEntryUpdateInput,
  requires: "agency.settings",
  permission: (ctx) => ["agency.settings", agencyScope(ctx)],
  run: async ({ actor, input }) => {
    await updateListEntry(prisma, actor, input);
    refresh();
  },
  success: (_r, { input }) => ({ message: input.active ? "已保存。" : "已保存（已停用，新记录中不再可选）。" }),
});
