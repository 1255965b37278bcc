import "server-only";
import type { Db } from "@/lib/db";
import { authorize, type Action, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { todayInChina } from "@/lib/calendar/dates";
import { ConflictError, DomainValidationError, LockedError, NotFoundError } from "@/lib/errors";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { submissionNotYetOpen } from "./deadline";
import { loadReport, type ReportFinding } from "./service";
import { SNAPSHOT_SCHEMA_VERSION, type PublishedSnapshot } from "./snapshot";

/**
 * The report's way out of the office: 草稿 → 待审核 (submitted, only without hard findings and once the year is
 * over) → 已批准 (the head has acknowledged every standing soft finding in turn) or back to 草稿 (退回, with a
 * comment) → 已发布 (a frozen, immutable revision). A correction (更正) reopens the report and publishes a new
 * revision with a public change note. Approve, publish and reopen are confirmed in the page, listing the soft
 * findings and their acknowledgements.
 */
export type Transition = "submit" | "return" | "approve" | "publish" | "reopen";

const RULES: Record<Transition, { from: ReportStatus[]; to: ReportStatus; needs: Action; label: string }> = {
  submit: { from: ["DRAFT"], to: "SUBMITTED", needs: "report.submit", label: "提交审核" },
  return: { from: ["SUBMITTED", "APPROVED"], to: "DRAFT", needs: "report.review", label: "退回" },
  approve: { from: ["SUBMITTED"], to: "APPROVED", needs: "report.review", label: "批准" },
  publish: { from: ["APPROVED"], to: "PUBLISHED", needs: "report.publish", label: "发布" },
  reopen: { from: ["PUBLISHED"], to: "DRAFT", needs: "report.reopenYear", label: "重新开放（更正）" },
};

/** Which transitions `status` allows at all (the page shows buttons for those the actor may take). */
export function transitionsFrom(status: ReportStatus): Transition[] {
  return (Object.keys(RULES) as Transition[]).filter((t) => RULES[t].from.includes(status));
}

export function transitionLabel(t: Transition): string {
  return RULES[t].label;
}

/** Every permission some transition needs (what the transition action declares it may ask). */
export const TRANSITION_PERMISSIONS: Action[] = [...new Set(Object.values(RULES).map((r) => r.needs))];

export function transitionPermission(t: Transition): Action {
  return RULES[t].needs;
}

/** The soft findings still waiting for the head's acknowledgement (approve and publish need none). */
export function awaitingReview(findings: ReportFinding[]): ReportFinding[] {
  return findings.filter((f) => f.severity === "soft" && !f.reviewerAck);
}

export async function transitionReport(
  db: Db,
  actor: Actor,
  year: number,
  transition: Transition,
  input: { comment?: string; changeNote?: string; version: number },
  today: string = todayInChina(),
): Promise<{ status: ReportStatus; revision?: number }> {
  const rule = RULES[transition];
  authorize(actor, rule.needs, { agencyId: actor.agencyId });
  const report = await db.annualReport.findUnique({
    where: { agencyId_year: { agencyId: actor.agencyId, year } },
    include: { _count: { select: { revisions: true } } },
  });
  if (!report) throw new NotFoundError("该年度报告尚未创建。");
  if (!rule.from.includes(report.status)) throw new LockedError(`报告当前状态不能${rule.label}。`);
  if (report.version !== input.version) throw new ConflictError("报告已被他人处理，请刷新页面后再操作。");
  if (transition === "submit") {
    const notYet = submissionNotYetOpen(year, today);
    if (notYet) throw new LockedError(notYet);
  }

  const comment = input.comment?.trim() ?? "";
  if ((transition === "return" || transition === "reopen") && !comment) {
    throw new DomainValidationError({
      comment: [transition === "return" ? "退回时请写明需要修改的内容。" : "请写明重新开放的原因。"],
    });
  }
  const isCorrection = transition === "publish" && report._count.revisions > 0;
  const changeNote = input.changeNote?.trim() ?? "";
  if (isCorrection && !changeNote)
    throw new DomainValidationError({ changeNote: ["发布更正时请填写更正说明（将向社会公开）。"] });

  let snapshot: PublishedSnapshot | undefined;
  if (transition === "submit" || transition === "approve" || transition === "publish") {
    const loaded = await loadReport(db, actor.agencyId, year);
    const hard = loaded.findings.filter((f) => f.severity === "hard");
    if (hard.length) throw new LockedError(`报告还有 ${hard.length} 项错误（须更正），更正后才能${rule.label}。`);
    const unreviewed = awaitingReview(loaded.findings);
    if (transition !== "submit" && unreviewed.length) {
      throw new LockedError(
        `还有 ${unreviewed.length} 项提示未经负责人逐项确认（见“校验结果”），确认后才能${rule.label}。`,
      );
    }
    if (transition === "publish") {
      snapshot = {
        schemaVersion: SNAPSHOT_SCHEMA_VERSION,
        agency: { slug: loaded.agency.slug, name: loaded.agency.name },
        document: loaded.document,
        acknowledged: loaded.findings
          .filter((f) => f.reviewerAck)
          .map((f) => ({
            ruleId: f.ruleId,
            message: f.message,
            reason: f.reviewerAck!.reason,
            ...(f.preparerAck && { preparerReason: f.preparerAck.reason }),
          })),
        submissions: {
          submitted: loaded.stats.submitted,
          adopted: loaded.stats.adopted,
          byOutlet: loaded.stats.byOutlet.map(({ name, submitted, adopted }) => ({ name, submitted, adopted })),
        },
        findingCounts: { hard: 0, soft: loaded.findings.filter((f) => f.severity === "soft").length },
      };
    }
  }

  return db.$transaction(async (tx) => {
    const { count } = await tx.annualReport.updateMany({
      where: { id: report.id, version: report.version },
      data: {
        status: rule.to,
        version: { increment: 1 },
        returnComment: transition === "return" ? comment : transition === "submit" ? null : undefined,
      },
    });
    if (count === 0) throw new ConflictError("报告已被他人处理，请刷新页面后再操作。");
    // Each review is the head's own: back in the office, the head's acknowledgements are given again next time.
    if (transition === "return" || transition === "reopen")
      await tx.findingAcknowledgement.deleteMany({ where: { reportId: report.id, stage: "REVIEWER" } });
    await tx.reportTransition.create({
      data: {
        reportId: report.id,
        fromStatus: report.status,
        toStatus: rule.to,
        comment: comment || changeNote,
        byId: actor.userId,
      },
    });
    let revision: number | undefined;
    if (snapshot) {
      revision = report._count.revisions + 1;
      await tx.reportRevision.create({
        data: {
          reportId: report.id,
          number: revision,
          snapshot: JSON.parse(JSON.stringify(snapshot)),
          changeNote: isCorrection ? changeNote : "",
          publishedById: actor.userId,
        },
      });
    }
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: `report.${transition}`,
      entityType: "AnnualReport",
      entityId: report.id,
      before: { status: report.status },
      after: { status: rule.to, ...(revision && { revision }) },
      note: comment || changeNote,
    });
    return { status: rule.to, revision };
  });
}
