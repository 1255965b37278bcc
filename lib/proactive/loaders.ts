import "server-only";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { loadRecordDetail, loadRecordList, type SearchParams } from "@/lib/records/loaders";
import { recordScope } from "@/lib/records/scope";
import { normativeDocuments } from "./documents";
import { decisionTallies, decisionTallySum } from "./tallies";
import { feeCollections, feeCollectionSum } from "./fees";

/** The pages of the proactive-disclosure registers: each loader takes the actor and authorizes inside. */

/** The registers' overview: only for those who read records. */
export async function loadProactiveOverview(actor: Actor) {
  recordScope(actor);
  return {};
}

export const loadDocumentList = (actor: Actor, searchParams: SearchParams) =>
  loadRecordList(normativeDocuments, actor, searchParams);
export const loadDocument = (actor: Actor, id: string) => loadRecordDetail(normativeDocuments, actor, id);

export async function loadTallyList(actor: Actor, searchParams: SearchParams) {
  const data = await loadRecordList(decisionTallies, actor, searchParams);
  return { ...data, sum: await decisionTallySum(prisma, actor, data.values) };
}
export const loadTally = (actor: Actor, id: string) => loadRecordDetail(decisionTallies, actor, id);

export async function loadFeeList(actor: Actor, searchParams: SearchParams) {
  const data = await loadRecordList(feeCollections, actor, searchParams);
  return { ...data, sumYuan: await feeCollectionSum(prisma, actor, data.values) };
}
export const loadFee = (actor: Actor, id: string) => loadRecordDetail(feeCollections, actor, id);
