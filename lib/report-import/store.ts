import "server-only";
import type { Db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { currentYearInChina } from "@/lib/calendar/dates";
import { ConflictError, DomainValidationError, LockedError } from "@/lib/errors";
import type { AnnualReport, Prisma } from "@/lib/generated/prisma/client";
import { importReadiness, parseReportText, pastedText, type ImportedReport } from "@/lib/report-import";
import { REPORT_STATUS_LABELS } from "@/lib/annual-report/status";

/**
 * Storing a published report read from its text (pasted, or extracted from a .docx in the browser) as the
 * agency's report of that year: source IMPORTED, status DRAFT (publication is the review workflow's
 * business), with the cells as read, the text as confirmed and the narrative sections. The text is parsed
 * again here: the preview the user confirmed was computed in the browser and is not trusted.
 */
export type ImportReportInput = {
  text: string;
  /** The title names another agency and the user confirmed it is theirs anyway (renamed, merged …). */
  confirmAgency: boolean;
};

export type ImportReportResult = { report: AnnualReport; imported: ImportedReport; replaced: boolean };

/** A problem of the text: shown at the text (the form says "请更正标出的内容。"). */
function textError(message: string): DomainValidationError {
  return new DomainValidationError({ text: [message] });
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "P2002";

/**
 * Imports into the actor's own agency. Refuses to replace a report compiled in this system, or an imported
 * one already submitted or published; replaces an imported draft (a corrected import). Audited.
 */
export async function importReport(
  db: Db,
  actor: Actor,
  input: ImportReportInput,
  now = new Date(),
): Promise<ImportReportResult> {
  authorize(actor, "report.edit", { agencyId: actor.agencyId });
  const text = pastedText(input.text.replace(/\r\n?/g, "\n")); // a page's source pasted: stored as its text
  const parsed = parseReportText(text);
  if (!parsed.ok) throw textError(parsed.error);
  const imported = parsed.report;
  const agency = await db.agency.findUniqueOrThrow({
    where: { id: actor.agencyId },
    select: { name: true, reportTitleName: true },
  });
  const { problems, agencyMismatch } = importReadiness(imported, agency, currentYearInChina(now));
  if (problems.length) throw textError(problems.join(""));
  if (agencyMismatch && !input.confirmAgency) throw new DomainValidationError({ confirmAgency: [agencyMismatch] });
  const year = imported.year!;
  const data = {
    vintage: imported.vintage,
    source: "IMPORTED" as const,
    status: "DRAFT" as const,
    overview: imported.narrative.overview,
    problems: imported.narrative.problems,
    otherMatters: imported.narrative.otherMatters,
    importedCells: imported.tables.cells as Prisma.InputJsonValue,
    importedText: text,
  };
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.annualReport.findUnique({
        where: { agencyId_year: { agencyId: actor.agencyId, year } },
      });
      if (existing?.source === "COMPILED") {
        throw new ConflictError(
          `${year}年度报告已在本系统中编制（${REPORT_STATUS_LABELS[existing.status]}），导入的报告不会覆盖它。`,
        );
      }
      if (existing && existing.status !== "DRAFT") {
        throw new LockedError(
          `${year}年度的导入报告已${REPORT_STATUS_LABELS[existing.status]}，不能再次导入覆盖；如需更正请由负责人退回。`,
        );
      }
      let report: AnnualReport;
      if (existing) {
        const { count } = await tx.annualReport.updateMany({
          where: { id: existing.id, version: existing.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw new ConflictError("该年度报告刚被他人修改，请刷新后重新导入。");
        report = await tx.annualReport.findUniqueOrThrow({ where: { id: existing.id } });
      } else {
        report = await tx.annualReport.create({ data: { agencyId: actor.agencyId, year, ...data } });
      }
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        userId: actor.userId,
        action: "import",
        entityType: "AnnualReport",
        entityId: report.id,
        before: existing ?? undefined,
        after: report,
        note: `imported ${imported.vintage} report "${imported.title ?? ""}"`,
      });
      return { report, imported, replaced: !!existing };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`${year}年度报告刚被他人创建或导入，请刷新后查看。`);
    throw error;
  }
}
