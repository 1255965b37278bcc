"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { actionScope } from "@/lib/records/scope";
import { recordRef } from "@/lib/records/input";
import { decisionTallyInput, feeCollectionInput, normativeDocumentInput, repealInput } from "@/lib/proactive/input";
import {
  createNormativeDocument,
  deleteNormativeDocument,
  repealNormativeDocument,
  updateNormativeDocument,
} from "@/lib/proactive/documents";
import { createDecisionTally, deleteDecisionTally, updateDecisionTally } from "@/lib/proactive/tallies";
import { createFeeCollection, deleteFeeCollection, updateFeeCollection } from "@/lib/proactive/fees";

const refresh = (area: "documents" | "tallies" | "fees", id?: number) => {
  revalidatePath("/office/proactive");
  revalidatePath(`/office/proactive/${area}`);
  if (id) revalidatePath(`/office/proactive/${area}/${id}`);
};

// ---------------------------------------------------------------- normative documents

export const createDocumentAction = defineAction({
  schema: normativeDocumentInput,
  permission: ({ actor, input }) => ["record.create", actionScope(actor, input.departmentId)],
  run: async ({ actor, input }) => {
    const created = await createNormativeDocument(prisma, actor, input);
    refresh("documents");
    return created;
  },
  success: (created) => ({ message: "文件已登记。", redirectTo: `/office/proactive/documents/${created.id}` }),
});

export const updateDocumentAction = defineAction({
  schema: recordRef.extend(normativeDocumentInput.shape),
  permission: ({ actor, input }) => ["record.update", actionScope(actor, input.departmentId)],
  run: async ({ actor, input: { id, version, ...input } }) => {
    await updateNormativeDocument(prisma, actor, id, version, input);
    refresh("documents", id);
  },
  success: () => ({ message: "修改已保存。" }),
});

export const repealDocumentAction = defineAction({
  schema: repealInput,
  permission: ({ actor }) => ["record.update", actionScope(actor)],
  run: async ({ actor, input }) => {
    await repealNormativeDocument(prisma, actor, input.id, input.version, input.repealedOn);
    refresh("documents", input.id);
  },
  success: (_r, { input }) => ({ message: input.repealedOn ? "已废止。" : "已撤销废止。", values: {} }),
});

export const deleteDocumentAction = defineAction({
  schema: recordRef,
  permission: ({ actor }) => ["record.delete", actionScope(actor)],
  run: async ({ actor, input }) => {
    await deleteNormativeDocument(prisma, actor, input.id, input.version);
    refresh("documents");
    redirect("/office/proactive/documents");
  },
});

// ---------------------------------------------------------------- decision tallies

export const createTallyAction = defineAction({
  schema: decisionTallyInput,
  permission: ({ actor, input }) => ["record.create", actionScope(actor, input.departmentId)],
  run: async ({ actor, input }) => {
    const created = await createDecisionTally(prisma, actor, input);
    refresh("tallies");
    return created;
  },
  success: (created) => ({ message: "决定数量已保存。", redirectTo: `/office/proactive/tallies/${created.id}` }),
});

export const updateTallyAction = defineAction({
  schema: recordRef.extend(decisionTallyInput.shape),
  permission: ({ actor, input }) => ["record.update", actionScope(actor, input.departmentId)],
  run: async ({ actor, input: { id, version, ...input } }) => {
    await updateDecisionTally(prisma, actor, id, version, input);
    refresh("tallies", id);
  },
  success: () => ({ message: "修改已保存。" }),
});

export const deleteTallyAction = defineAction({
  schema: recordRef,
  permission: ({ actor }) => ["record.delete", actionScope(actor)],
  run: async ({ actor, input }) => {
    await deleteDecisionTally(prisma, actor, input.id, input.version);
    refresh("tallies");
    redirect("/office/proactive/tallies");
  },
});

// ---------------------------------------------------------------- fee collections

export const createFeeAction = defineAction({
  schema: feeCollectionInput,
  permission: ({ actor, input }) => ["record.create", actionScope(actor, input.departmentId)],
  run: async ({ actor, input }) => {
    const created = await createFeeCollection(prisma, actor, input);
    refresh("fees");
    return created;
  },
  success: (created) => ({ message: "收费记录已保存。", redirectTo: `/office/proactive/fees/${created.id}` }),
});

export const updateFeeAction = defineAction({
  schema: recordRef.extend(feeCollectionInput.shape),
  permission: ({ actor, input }) => ["record.update", actionScope(actor, input.departmentId)],
  run: async ({ actor, input: { id, version, ...input } }) => {
    await updateFeeCollection(prisma, actor, id, version, input);
    refresh("fees", id);
  },
  success: () => ({ message: "修改已保存。" }),
});

export const deleteFeeAction = defineAction({
  schema: recordRef,
  permission: ({ actor }) => ["record.delete", actionScope(actor)],
  run: async ({ actor, input }) => {
    await deleteFeeCollection(prisma, actor, input.id, input.version);
    refresh("fees");
    redirect("/office/proactive/fees");
  },
});
