import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import { ConflictError, DomainValidationError, NotFoundError } from "@/lib/errors";
import { authorizeRecord } from "@/lib/records/scope";
import { dateRange, EXPORT_LIMIT, exportWhere, listQuery, paging, scopedWhere, type Page } from "@/lib/records/list";
import { assertYearsOpen } from "@/lib/records/year-lock";
import { fromIsoDate, toIsoDate } from "@/lib/calendar/dates";
import { z } from "@/lib/validation";
import { NORMATIVE_DOCUMENT_KINDS } from "@/lib/national-format";
import { assertDepartment } from "@/lib/records/references";
import type { NormativeDocumentInput } from "./input";

/** The register of normative documents (规章、行政规范性文件): issuing, editing, repealing (废止), deleting. */

const include = { department: true } as const;
export type NormativeDocumentRecord = Prisma.NormativeDocumentGetPayload<{ include: typeof include }>;

/** The list's query: the shared filters plus the kind. status: inForce | repealed; dates: issuedOn. */
export const documentListQuery = listQuery.extend({
  kind: z.enum(NORMATIVE_DOCUMENT_KINDS).optional().catch(undefined),
});
export type DocumentListQuery = z.infer<typeof documentListQuery>;

function listWhere(
  scope: { agencyId: number; departmentId?: number },
  q: DocumentListQuery,
): Prisma.NormativeDocumentWhereInput {
  return {
    ...scope,
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.status === "inForce" ? { repealedOn: null } : q.status === "repealed" ? { repealedOn: { not: null } } : {}),
    ...(dateRange(q) ? { issuedOn: dateRange(q) } : {}),
    ...(q.q
      ? {
          OR: [
            { docNumber: { contains: q.q, mode: "insensitive" } },
            { title: { contains: q.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

const order = [{ issuedOn: "desc" }, { id: "desc" }] as const;

export async function listNormativeDocuments(
  db: Db,
  actor: Actor,
  filter: Partial<DocumentListQuery> = {},
): Promise<Page<NormativeDocumentRecord>> {
  const q = documentListQuery.parse(filter);
  const where = listWhere(scopedWhere(actor, q), q);
  const [rows, total] = await Promise.all([
    db.normativeDocument.findMany({ where, include, orderBy: [...order], ...paging(q) }),
    db.normativeDocument.count({ where }),
  ]);
  return { rows, total, page: q.page, pageSize: q.pageSize };
}

export async function exportNormativeDocuments(
  db: Db,
  actor: Actor,
  filter: Partial<DocumentListQuery> = {},
): Promise<NormativeDocumentRecord[]> {
  const q = documentListQuery.parse(filter);
  return db.normativeDocument.findMany({
    where: listWhere(exportWhere(actor, q), q),
    include,
    orderBy: [...order],
    take: EXPORT_LIMIT,
  });
}

export async function getNormativeDocument(db: Db | Tx, actor: Actor, id: number): Promise<NormativeDocumentRecord> {
  const record = await db.normativeDocument.findFirst({ where: { id, agencyId: actor.agencyId }, include });
  if (!record) throw new NotFoundError();
  authorizeRecord(actor, "record.read", record);
  return record;
}

/** The report years a document feeds: those of its issue and of its repeal. */
const yearsOf = (d: { issuedOn: Date; repealedOn: Date | null }) => [
  d.issuedOn.getUTCFullYear(),
  d.repealedOn?.getUTCFullYear(),
];

const columns = ({ department: _d, ...row }: NormativeDocumentRecord) => row;

const audit = (
  tx: Tx,
  actor: Actor,
  action: string,
  id: number,
  before?: NormativeDocumentRecord,
  after?: NormativeDocumentRecord,
  note?: string,
) =>
  writeAudit(tx, {
    agencyId: actor.agencyId,
    userId: actor.userId,
    action,
    entityType: "NormativeDocument",
    entityId: id,
    before: before && columns(before),
    after: after && columns(after),
    note,
  });

export async function createNormativeDocument(db: Db, actor: Actor, input: NormativeDocumentInput) {
  authorizeRecord(actor, "record.create", { agencyId: actor.agencyId, departmentId: input.departmentId });
  await assertDepartment(db, actor.agencyId, input.departmentId);
  const issuedOn = fromIsoDate(input.issuedOn);
  return db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, yearsOf({ issuedOn, repealedOn: null }));
    const created = await tx.normativeDocument.create({
      data: {
        agencyId: actor.agencyId,
        createdById: actor.userId,
        kind: input.kind,
        departmentId: input.departmentId,
        docNumber: input.docNumber,
        title: input.title,
        issuedOn,
      },
      include,
    });
    await audit(tx, actor, "create", created.id, undefined, created);
    return created;
  });
}

/** Edits the document's particulars (not its repeal: see repealNormativeDocument); optimistic lock on `version`. */
export async function updateNormativeDocument(
  db: Db,
  actor: Actor,
  id: number,
  version: number,
  input: NormativeDocumentInput,
) {
  const before = await getNormativeDocument(db, actor, id);
  authorizeRecord(actor, "record.update", before);
  authorizeRecord(actor, "record.update", { agencyId: actor.agencyId, departmentId: input.departmentId });
  await assertDepartment(db, actor.agencyId, input.departmentId, before.departmentId);
  const issuedOn = fromIsoDate(input.issuedOn);
  if (before.repealedOn && before.repealedOn < issuedOn)
    throw new DomainValidationError({ issuedOn: [`印发日期不能晚于废止日期（${toIsoDate(before.repealedOn)}）。`] });
  return saveEdit(db, actor, before, version, {
    kind: input.kind,
    departmentId: input.departmentId,
    docNumber: input.docNumber,
    title: input.title,
    issuedOn,
  });
}

/** 废止: sets the repeal date (null undoes a mistaken repeal); the audit log keeps every state. */
export async function repealNormativeDocument(
  db: Db,
  actor: Actor,
  id: number,
  version: number,
  repealedOn: string | null,
) {
  const before = await getNormativeDocument(db, actor, id);
  authorizeRecord(actor, "record.update", before);
  const date = repealedOn ? fromIsoDate(repealedOn) : null;
  if (date && date < before.issuedOn)
    throw new DomainValidationError({ repealedOn: [`废止日期不能早于印发日期（${toIsoDate(before.issuedOn)}）。`] });
  return saveEdit(db, actor, before, version, { repealedOn: date }, date ? "废止" : "撤销废止");
}

async function saveEdit(
  db: Db,
  actor: Actor,
  before: NormativeDocumentRecord,
  version: number,
  data: Prisma.NormativeDocumentUncheckedUpdateManyInput,
  note?: string,
) {
  return db.$transaction(async (tx) => {
    const next = {
      issuedOn: (data.issuedOn as Date | undefined) ?? before.issuedOn,
      repealedOn: data.repealedOn !== undefined ? (data.repealedOn as Date | null) : before.repealedOn,
    };
    await assertYearsOpen(tx, actor.agencyId, [...yearsOf(before), ...yearsOf(next)]);
    const { count } = await tx.normativeDocument.updateMany({
      where: { id: before.id, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const after = await getNormativeDocument(tx, actor, before.id);
    await audit(tx, actor, "update", before.id, before, after, note);
    return after;
  });
}

export async function deleteNormativeDocument(db: Db, actor: Actor, id: number, version: number) {
  const before = await getNormativeDocument(db, actor, id);
  authorizeRecord(actor, "record.delete", before);
  await db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, yearsOf(before));
    const { count } = await tx.normativeDocument.deleteMany({ where: { id, version } });
    if (count === 0) throw new ConflictError();
    await audit(tx, actor, "delete", id, before);
  });
}
