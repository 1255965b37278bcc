import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { fromIsoDate, toIsoDate, yearOfDate, type IsoDate } from "@/lib/calendar/dates";
import { recordOperations, type RecordOperations, type RecordRef } from "@/lib/records/kind";
import { dateRange } from "@/lib/records/list";
import { makesNoRules, noRulesMessage } from "@/lib/agency";
import type { FieldErrors } from "@/lib/errors";
import { documentListQuery, type DocumentListQuery, type NormativeDocumentInput } from "./schemas";

/** The register of normative documents (规章、行政规范性文件): a record kind, with its repeal (废止). */

const include = { department: true } as const;
export type NormativeDocumentRecord = Prisma.NormativeDocumentGetPayload<{ include: typeof include }>;

function listWhere(q: DocumentListQuery): Prisma.NormativeDocumentWhereInput {
  const issued = dateRange(q);
  return {
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.status === "inForce" ? { repealedOn: null } : q.status === "repealed" ? { repealedOn: { not: null } } : {}),
    ...(issued ? { issuedOn: issued } : {}),
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

export const normativeDocuments: RecordOperations<NormativeDocumentRecord, NormativeDocumentInput, DocumentListQuery> =
  recordOperations({
    entity: "NormativeDocument",
    model: (db) => db.normativeDocument,
    include,
    list: { query: documentListQuery, where: listWhere, orderBy: [{ issuedOn: "desc" }, { id: "desc" }] },
    // The repeal date is not an input of the form: it is set by `repealNormativeDocument`.
    toData: (input: NormativeDocumentInput) => ({
      kind: input.kind,
      departmentId: input.departmentId,
      docNumber: input.docNumber,
      title: input.title,
      issuedOn: fromIsoDate(input.issuedOn),
    }),
    // A document feeds the report of the year it was issued and of the year it was repealed.
    unique: [{ columns: ["docNumber"], field: "docNumber", message: "该文号已登记，同一文件请勿重复登记。" }],
    reportYears: (d) => [yearOfDate(d.issuedOn), "repealedOn" in d ? yearOfDate(d.repealedOn) : null],
    checkInput: async ({ db, actor, input, current }) => {
      const errors: FieldErrors = {};
      if (current?.repealedOn && toIsoDate(current.repealedOn) < input.issuedOn)
        errors.issuedOn = [`印发日期不能晚于废止日期（${toIsoDate(current.repealedOn)}）。`];
      if (input.kind === "RULE") {
        const { level } = await db.agency.findUniqueOrThrow({ where: { id: actor.agencyId }, select: { level: true } });
        if (makesNoRules(level)) errors.kind = [noRulesMessage(level)];
      }
      return errors;
    },
  });

/** 废止: sets the repeal date (null undoes a mistaken repeal); the audit log keeps every state. */
export function repealNormativeDocument(db: Db, actor: Actor, ref: RecordRef, repealedOn: IsoDate | null) {
  return normativeDocuments.change(db, actor, ref, {
    apply: async () => ({ repealedOn: repealedOn ? fromIsoDate(repealedOn) : null }),
    check: (before) =>
      repealedOn && repealedOn < toIsoDate(before.issuedOn)
        ? { repealedOn: [`废止日期不能早于印发日期（${toIsoDate(before.issuedOn)}）。`] }
        : {},
    note: repealedOn ? "废止" : "撤销废止",
  });
}
