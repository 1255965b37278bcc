import "server-only";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { loadRecordDetail, loadRecordForm, loadRecordList, type SearchParams } from "@/lib/records/loaders";
import { recordScope } from "@/lib/records/scope";
import { complianceBoard } from "./board";
import { submissions } from "./operations";
import { currentIsoWeek, formatWeekInput } from "./week";

/** The pages of weekly submissions: each loader takes the actor and authorizes inside. */

/** The active categories and outlets a submission form offers (plus those a record keeps). */
async function formOptions(actor: Actor, keep?: { categoryId: number; outletIds: number[] }) {
  const [categories, outlets] = await Promise.all([
    prisma.submissionCategory.findMany({
      where: { agencyId: actor.agencyId, OR: [{ active: true }, ...(keep ? [{ id: keep.categoryId }] : [])] },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
    prisma.outlet.findMany({
      where: { agencyId: actor.agencyId, OR: [{ active: true }, ...(keep ? [{ id: { in: keep.outletIds } }] : [])] },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
  ]);
  return { categories, outlets };
}

/** Every category of the agency (inactive ones too): the list's filter and the history's names. */
function allCategories(actor: Actor) {
  return prisma.submissionCategory.findMany({
    where: { agencyId: actor.agencyId },
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}

export async function loadSubmissionList(actor: Actor, searchParams: SearchParams) {
  const [data, categories] = await Promise.all([
    loadRecordList(submissions, actor, searchParams),
    allCategories(actor),
  ]);
  return { ...data, categories };
}

export async function loadSubmissionForm(actor: Actor) {
  const [form, options] = await Promise.all([loadRecordForm(actor), formOptions(actor)]);
  const today = currentIsoWeek();
  return { ...form, ...options, defaultWeek: formatWeekInput(today.year, today.week) };
}

export async function loadSubmission(actor: Actor, id: string) {
  const detail = await loadRecordDetail(submissions, actor, id);
  const { record } = detail;
  const [options, categories] = await Promise.all([
    formOptions(actor, { categoryId: record.categoryId, outletIds: record.placements.map((p) => p.outletId) }),
    allCategories(actor),
  ]);
  return {
    ...detail,
    ...options,
    lookups: { ...detail.lookups, categories: new Map(categories.map((c) => [c.id, c.name])) },
  };
}

/** The compliance board of an ISO year (default: this year), and the years there is something to show. */
export async function loadComplianceBoard(actor: Actor, searchParams: { year?: string | string[] }) {
  const today = currentIsoWeek();
  const asked = Number(Array.isArray(searchParams.year) ? searchParams.year[0] : searchParams.year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : today.year;
  // Scoped first: a refusal must not leave the board's query running unobserved.
  const where = recordScope(actor);
  const [board, used] = await Promise.all([
    complianceBoard(prisma, actor, year, today),
    prisma.infoSubmission.groupBy({ by: ["isoYear"], where }),
  ]);
  const years = [...new Set([...used.map((u) => u.isoYear), today.year, year])].sort((a, b) => b - a);
  return { year, board, years };
}
