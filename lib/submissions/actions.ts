"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { actionScope } from "@/lib/records/scope";
import { recordActions } from "@/lib/records/record-actions";
import { setAdoption, submissions } from "./operations";
import { adoptionInput, submissionFormInput } from "./schemas";

const actions = recordActions(submissions, {
  schema: submissionFormInput,
  basePath: "/office/submissions",
  messages: { created: () => "信息已保存。" },
});

export const createSubmissionAction = actions.create;
export const updateSubmissionAction = actions.update;
export const deleteSubmissionAction = actions.delete;

export const setAdoptionAction = defineAction({
  schema: adoptionInput,
  requires: "record.update",
  permission: ({ actor }) => ["record.update", actionScope(actor)],
  run: async ({ actor, input }) => {
    await setAdoption(prisma, actor, input, input.outletId, input.adoptedOn);
    revalidatePath("/office/submissions", "layout");
  },
  success: (_r, { input }) => ({ message: input.adoptedOn ? "已记录采用情况。" : "已取消采用记录。" }),
});
