import "server-only";
import { prisma } from "@/lib/db";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { canExport, flattenSearchParams, type ListQuery, type SearchParams } from "./list";
import { recordHistory } from "./history";
import { departmentChoices, departmentNames } from "./options";
import { yearsLockMessage } from "./year-lock";
import type { RecordOperations, RecordRow } from "./kind";

export type { SearchParams };

/**
 * Page loaders shared by the record kinds: each takes the actor, authorizes inside (through the
 * kind's operations) and returns what the page renders. Pages never query the database themselves.
 */

type Operations<Row extends RecordRow, View> = RecordOperations<Row, any, ListQuery, View>;

/** A record id from a URL: a positive 32-bit integer, else "not found" (never a 500). */
export function parseRecordId(raw: string): number {
  if (!/^\d{1,10}$/.test(raw)) throw new NotFoundError();
  const id = Number(raw);
  if (id < 1 || id > 2_147_483_647) throw new NotFoundError();
  return id;
}

/** A list page: one page of rows with the filters, and what the filter bar and header offer. */
export async function loadRecordList<Row extends RecordRow, View>(
  operations: Operations<Row, View>,
  actor: Actor,
  searchParams: SearchParams,
) {
  const values = flattenSearchParams(searchParams);
  const [page, departments] = await Promise.all([
    operations.list(prisma, actor, values),
    departmentChoices(prisma, actor),
  ]);
  return {
    page,
    values,
    /** A head chooses among departments; an officer has only their own. */
    departments: departments.length > 1 ? departments : undefined,
    canExport: canExport(actor),
    canCreate: can(actor, "record.create", { agencyId: actor.agencyId, departmentId: actor.departmentId }),
  };
}

/** The form of a new record: the departments it may belong to. */
export async function loadRecordForm(actor: Actor, keepDepartment?: number) {
  authorize(actor, "record.create", { agencyId: actor.agencyId, departmentId: actor.departmentId });
  return { departments: await departmentChoices(prisma, actor, keepDepartment) };
}

/**
 * A detail page: the record as the actor may see it, whether it can still be edited or deleted (not
 * when its year is locked: the page says so instead of offering forms that would be refused), its
 * history without the fields the actor may not see, and the departments the edit form offers.
 */
export async function loadRecordDetail<Row extends RecordRow, View>(
  operations: Operations<Row, View>,
  actor: Actor,
  rawId: string,
) {
  const id = parseRecordId(rawId);
  const record = await operations.load(prisma, actor, id);
  const hidden = operations.hiddenHistoryFields(actor, record);
  const [view, history, lock, departments, names] = await Promise.all([
    operations.get(prisma, actor, id),
    recordHistory(prisma, actor, operations.kind.entity, record, hidden),
    yearsLockMessage(prisma, actor.agencyId, operations.reportYearsOf(record)),
    departmentChoices(prisma, actor, record.departmentId),
    departmentNames(prisma, actor.agencyId),
  ]);
  const scope = { agencyId: record.agencyId, departmentId: record.departmentId };
  return {
    record: view,
    ref: { id: record.id, version: record.version },
    lock,
    editable: !lock && can(actor, "record.update", scope),
    deletable: !lock && can(actor, "record.delete", scope),
    history,
    departments,
    lookups: { departments: names } as Record<string, ReadonlyMap<number, string>>,
  };
}
