"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { actionScope } from "@/lib/records/scope";
import { recordRef } from "@/lib/records/input";
import { reviewCaseInput } from "@/lib/reviews/input";
import { createReviewCase, deleteReviewCase, updateReviewCase } from "@/lib/reviews/operations";

const refresh = (id?: number) => {
  revalidatePath("/office/reviews");
  if (id) revalidatePath(`/office/reviews/${id}`);
};

export const createReviewCaseAction = defineAction({
  schema: reviewCaseInput,
  permission: ({ actor, input }) => ["record.create", actionScope(actor, input.departmentId)],
  run: async ({ actor, input }) => {
    const created = await createReviewCase(prisma, actor, input);
    refresh();
    return created;
  },
  success: (created) => ({ message: "案件已保存。", redirectTo: `/office/reviews/${created.id}` }),
});

export const updateReviewCaseAction = defineAction({
  schema: recordRef.and(reviewCaseInput),
  permission: ({ actor, input }) => ["record.update", actionScope(actor, input.departmentId)],
  run: async ({ actor, input: { id, version, ...input } }) => {
    await updateReviewCase(prisma, actor, id, version, input);
    refresh(id);
  },
  success: () => ({ message: "修改已保存。" }),
});

export const deleteReviewCaseAction = defineAction({
  schema: recordRef,
  permission: ({ actor }) => ["record.delete", actionScope(actor)],
  run: async ({ actor, input }) => {
    await deleteReviewCase(prisma, actor, input.id, input.version);
    refresh();
    redirect("/office/reviews");
  },
});
