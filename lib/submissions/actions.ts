"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { actionScope } from "@/lib/records/scope";
import { recordRef } from "@/lib/records/input";
import { adoptionInput, submissionFormInput, submissionUpdateFormInput } from "@/lib/submissions/input";
import { createSubmission, deleteSubmission, setAdoption, updateSubmission } from "@/lib/submissions/operations";

const refresh = (id?: number) => {
  revalidatePath("/office/submissions", "layout");
  if (id) revalidatePath(`/office/submissions/${id}`);
};

export const createSubmissionAction = defineAction({
  schema: submissionFormInput,
  permission: ({ actor, input }) => ["record.create", actionScope(actor, input.departmentId)],
  run: async ({ actor, input }) => {
    const created = await createSubmission(prisma, actor, input);
    refresh();
    return created;
  },
  success: (created) => ({ message: "信息已保存。", redirectTo: `/office/submissions/${created.id}` }),
});

export const updateSubmissionAction = defineAction({
  schema: submissionUpdateFormInput,
  permission: ({ actor, input }) => ["record.update", actionScope(actor, input.input.departmentId)],
  run: async ({ actor, input }) => {
    await updateSubmission(prisma, actor, input.id, input.version, input.input);
    refresh(input.id);
  },
  success: () => ({ message: "修改已保存。" }),
});

export const setAdoptionAction = defineAction({
  schema: adoptionInput,
  permission: ({ actor }) => ["record.update", actionScope(actor)],
  run: async ({ actor, input }) => {
    await setAdoption(prisma, actor, input.id, input.outletId, input.adoptedOn || null, input.version);
    refresh(input.id);
  },
  success: (_r, { input }) => ({ message: input.adoptedOn ? "已记录采用情况。" : "已取消采用记录。" }),
});

// Deleting redirects on the server: re-rendering the deleted record's page would find nothing.
export const deleteSubmissionAction = defineAction({
  schema: recordRef,
  permission: ({ actor }) => ["record.delete", actionScope(actor)],
  run: async ({ actor, input }) => {
    await deleteSubmission(prisma, actor, input.id, input.version);
    refresh();
    redirect("/office/submissions");
  },
});
