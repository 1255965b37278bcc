"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { actionScope } from "@/lib/records/scope";
import { recordRef } from "@/lib/records/input";
import { createApplication, deleteApplication, updateApplication } from "@/lib/applications/operations";
import { addApplicationEvent, deleteApplicationEvent } from "@/lib/applications/timeline";
import { applicationInput, applicationUpdateInput, eventDeleteInput, eventInput } from "@/lib/applications/schema";

const refresh = (id?: number) => {
  revalidatePath("/office/applications", "layout");
  revalidatePath("/office");
  if (id) revalidatePath(`/office/applications/${id}`);
};

export const createApplicationAction = defineAction({
  schema: applicationInput,
  permission: ({ actor, input }) => ["record.create", actionScope(actor, input.departmentId)],
  run: async ({ actor, input }) => {
    const created = await createApplication(prisma, actor, input);
    refresh();
    return created;
  },
  success: (created) => ({
    message: `已登记，登记号 ${created.regNo}。`,
    redirectTo: `/office/applications/${created.id}`,
  }),
});

export const updateApplicationAction = defineAction({
  schema: applicationUpdateInput,
  permission: ({ actor, input }) => ["record.update", actionScope(actor, input.departmentId)],
  run: async ({ actor, input }) => {
    await updateApplication(prisma, actor, input);
    refresh(input.id);
  },
  success: () => ({ message: "登记信息已保存。" }),
});

export const deleteApplicationAction = defineAction({
  schema: recordRef,
  permission: ({ actor }) => ["record.delete", actionScope(actor)],
  run: async ({ actor, input }) => {
    await deleteApplication(prisma, actor, input.id, input.version);
    refresh();
  },
  success: () => ({ message: "已删除。" }),
});

export const addEventAction = defineAction({
  schema: eventInput,
  permission: ({ actor }) => ["record.update", actionScope(actor)],
  run: async ({ actor, input }) => {
    const result = await addApplicationEvent(prisma, actor, input);
    refresh(input.applicationId);
    return result;
  },
  success: ({ notices }) => ({
    message: notices.length ? `已记录。请注意：${notices.join("；")}。` : "已记录，答复期限已重新计算。",
    values: {},
  }),
});

export const deleteEventAction = defineAction({
  schema: eventDeleteInput,
  permission: ({ actor }) => ["record.update", actionScope(actor)],
  run: async ({ actor, input }) => {
    const application = await deleteApplicationEvent(prisma, actor, input);
    refresh(application.id);
  },
  success: () => ({ message: "已删除该办理事项。" }),
});
