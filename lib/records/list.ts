import { z } from "@/lib/validation";
import { recordScope } from "./scope";
import { ForbiddenError } from "@/lib/errors";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { fromIsoDate, isIsoDate } from "@/lib/calendar/dates";

/**
 * The one shape of a record list's query string: paging, department, status, date range, outcome,
 * search. Every record list parses its searchParams with this (plus its own extras) so the filter
 * bar, pagination links and the Excel/CSV export all read the same filters.
 */
const dateParam = z.string().refine(isIsoDate).optional().catch(undefined);

/**
 * The one shape of a record list's query string: paging, department, status, date range, outcome,
 * search. Every record list parses its searchParams with this (plus its own extras) so the filter
 * bar, pagination links and the Excel/CSV export all read the same filters. A value that makes no
 * sense (an impossible date, an id beyond 32 bits, a control character) is dropped, never a 500.
 */
export const listQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(10).max(200).catch(50).default(50),
  departmentId: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  status: z.string().trim().max(40).optional().catch(undefined),
  outcome: z.string().trim().max(60).optional().catch(undefined),
  from: dateParam,
  to: dateParam,
  q: z
    .string()

    .transform((text) => text.replace(/[\u0000-\u001f\u007f]/g, "").trim())
    .pipe(z.string().max(100))
    .optional()
    .catch(undefined),
});
export type ListQuery = z.infer<typeof listQuery>;

export type SearchParams = Record<string, string | string[] | undefined>;

/** searchParams as Next passes them → one string per key (empty → absent), for parsing and for the filter bar's values. */
export function flattenSearchParams(searchParams: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(searchParams).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]),
  );
}

/**
 * searchParams (as Next passes them) → a validated query; bad values fall back to defaults. A list
 * with extra filters passes its own schema (`listQuery.extend({...})`).
 */
export function parseListQuery(searchParams: SearchParams): ListQuery;
export function parseListQuery<S extends z.ZodType>(searchParams: SearchParams, schema: S): z.infer<S>;
export function parseListQuery(searchParams: SearchParams, schema: z.ZodType = listQuery) {
  return schema.parse(flattenSearchParams(searchParams));
}

/**
 * The agency/department part of a list's `where`: an officer is limited to their department, and
 * asking for another department is refused (not silently emptied).
 */
export function scopedWhere(
  actor: Actor,
  query: Pick<ListQuery, "departmentId">,
): { agencyId: number; departmentId?: number } {
  const scope = recordScope(actor);
  if (query.departmentId && scope.departmentId && query.departmentId !== scope.departmentId) {
    throw new ForbiddenError("record.read");
  }
  return query.departmentId ? { ...scope, departmentId: query.departmentId } : scope;
}

/** The from/to filter on one date column, both ends included; undefined when neither is set. */
export function dateRange(query: Pick<ListQuery, "from" | "to">): { gte?: Date; lte?: Date } | undefined {
  if (!query.from && !query.to) return undefined;
  return {
    ...(query.from ? { gte: fromIsoDate(query.from) } : {}),
    ...(query.to ? { lte: fromIsoDate(query.to) } : {}),
  };
}

/** For an export's data function: the actor must be allowed to export, then the same scoping as the list. */
export function exportWhere(
  actor: Actor,
  query: Pick<ListQuery, "departmentId">,
): { agencyId: number; departmentId?: number } {
  const where = scopedWhere(actor, query);
  authorize(actor, "record.export", {
    agencyId: where.agencyId,
    departmentId: where.departmentId ?? actor.departmentId,
  });
  return where;
}

export function paging(query: Pick<ListQuery, "page" | "pageSize">): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}

/** Rows for an export: the same filters, all pages, capped. */
export const EXPORT_LIMIT = 50_000;

export function canExport(actor: Actor): boolean {
  return can(actor, "record.export", { agencyId: actor.agencyId, departmentId: actor.departmentId });
}

export type Page<T> = { rows: T[]; total: number; page: number; pageSize: number };
