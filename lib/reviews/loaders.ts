import "server-only";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { loadRecordDetail, loadRecordForm, loadRecordList, type SearchParams } from "@/lib/records/loaders";
import { applicationChoices, reviewCases } from "./operations";

/** The pages of review cases: each loader takes the actor and authorizes through the operations. */

export const loadReviewCaseList = (actor: Actor, searchParams: SearchParams) =>
  loadRecordList(reviewCases, actor, searchParams);

export async function loadReviewCaseForm(actor: Actor) {
  const [form, applications] = await Promise.all([loadRecordForm(actor), applicationChoices(prisma, actor)]);
  return { ...form, applications };
}

export async function loadReviewCase(actor: Actor, id: string) {
  const detail = await loadRecordDetail(reviewCases, actor, id);
  const applications = await applicationChoices(prisma, actor);
  const current = detail.record.application;
  // The case's own application stays choosable (and named in the history) even when not the actor's to read.
  const choices = current && !applications.some((a) => a.id === current.id) ? [current, ...applications] : applications;
  return {
    ...detail,
    applications: choices,
    lookups: { ...detail.lookups, applications: new Map(choices.map((a) => [a.id, a.regNo])) },
  };
}
