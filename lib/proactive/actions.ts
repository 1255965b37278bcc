"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { actionScope } from "@/lib/records/scope";
import { recordActions } from "@/lib/records/record-actions";
import { normativeDocuments, repealNormativeDocument } from "./documents";
import { decisionTallies } from "./tallies";
import { feeCollections } from "./fees";
import { decisionTallyInput, feeCollectionInput, normativeDocumentInput, repealInput } from "./schemas";

const documents = recordActions(normativeDocuments, {
  schema: normativeDocumentInput,
  basePath: "/office/proactive/documents",
  messages: { created: () => "文件已登记。" },
});
export const createDocumentAction = documents.create;
export const updateDocumentAction = documents.update;
export const deleteDocumentAction = documents.delete;

export const repealDocumentAction = defineAction({
  schema: repealInput,
  requires: "record.update",
  permission: ({ actor }) => ["record.update", actionScope(actor)],
  run: async ({ actor, input }) => {
    await repealNormativeDocument(prisma, actor, input, input.repealedOn);
    revalidatePath(`/office/proactive/documents/${input.id}`);
  },
  success: (_r, { input }) => ({ message: input.repealedOn ? "已废止。" : "已撤销废止。", values: {} }),
});

const tallies = recordActions(decisionTallies, {
  schema: decisionTallyInput,
  basePath: "/office/proactive/tallies",
  messages: { created: () => "决定数量已保存。" },
});
export const createTallyAction = tallies.create;
export const updateTallyAction = tallies.update;
export const deleteTallyAction = tallies.delete;

const fees = recordActions(feeCollections, {
  schema: feeCollectionInput,
  basePath: "/office/proactive/fees",
  messages: { created: () => "收费记录已保存。" },
});
export const createFeeAction = fees.create;
export const updateFeeAction = fees.update;
export const deleteFeeAction = fees.delete;
