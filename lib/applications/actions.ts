"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { actionScope } from "@/lib/records/scope";
import { recordActions } from "@/lib/records/record-actions";
import { applications } from "./operations";
import { addApplicationEvent, deleteApplicationEvent } from "./timeline";
import { applicationInput, eventDeleteInput, eventInput } from "./schemas";
import { approveExtensionRequest } from "./extensions";
import { recordRef } from "@/lib/records/input";
import { toIsoDate } from "@/lib/calendar/dates";

const actions = recordActions(applications, {
  schema: applicationInput,
  basePath: "/office/applications",
  alsoRevalidate: ["/office"],
  messages: {
    created: (created) => `已登记，登记号 ${created.regNo}。`,
    updated: "登记信息已保存。",
  },
});

export const createApplicationAction = actions.create;
export const updateApplicationAction = actions.update;
export const deleteApplicationAction = actions.delete;

const refresh = (id: number) => {
  revalidatePath("/office/applications", "layout");
  revalidatePath("/office");
  revalidatePath(`/office/applications/${id}`);
};

export const addEventAction = defineAction({
  schema: eventInput,
  requires: "record.update",
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
  requires: "record.update",
  permission: ({ actor }) => ["record.update", actionScope(actor)],
  run: async ({ actor, input }) => {
    const application = await deleteApplicationEvent(prisma, actor, input);
    refresh(application.id);
  },
  success: () => ({ message: "已删除该办理事项。" }),
});

/** The head approves an officer's extension request from the 工作台 (第三十三条). */
export const approveExtensionAction = defineAction({
  schema: recordRef,
  requires: "application.extension.approve",
  permission: ({ actor }) => ["application.extension.approve", actionScope(actor)],
  run: async ({ actor, input }) => {
    const { application } = await approveExtensionRequest(prisma, actor, input);
    refresh(application.id);
    return application;
  },
  success: (application) => ({
    message: `已批准 ${application.regNo} 延期答复，答复期限为 ${application.dueOn ? toIsoDate(application.dueOn) : "（暂停计时）"}。`,
  }),
});
