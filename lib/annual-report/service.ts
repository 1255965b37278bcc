import "server-only";
import type { Db, Tx } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { ConflictError, DomainValidationError, LockedError, NotFoundError } from "@/lib/errors";
import {
  deriveTotals,
  findingKey,
  formatFor,
  getFormat,
  validateReport,
  type CellValues,
  type Finding,
  type Narrative,
  type ReportDocument,
  type ReportTables,
  type Vintage,
} from "@/lib/national-format";
import { draftOtherMatters, draftOverview } from "@/lib/national-format/narrative-draft";
import type { AnnualReport } from "@/lib/generated/prisma/client";
import { parseImportedCells } from "./snapshot";
import { manualValueProblem, type ManualFigureContext } from "./manual-figure-rules";
import type { AcknowledgementStage } from "@/lib/generated/prisma/enums";
import {
  compileReportTables,
  compileSubmissionStats,
  compileYearFacts,
  type SubmissionStats,
  type YearFacts,
} from "./compile";

/**
 * The annual report of one agency and year as the office works on it: the compiled tables with
 * manual figures laid over them, the narrative, the validation findings (with acknowledgements).
 */
export type AgencyInfo = {
  id: number;
  slug: string;
  name: string;
  reportTitleName: string | null;
  feeDecimals: number;
};

/** A soft finding acknowledged with a reason: first by the preparer (草稿), then in turn by the head (待审核). */
export type Acknowledgement = { reason: string; at: Date; by: string | null };
export type ReportFinding = Finding & { preparerAck?: Acknowledgement; reviewerAck?: Acknowledgement };

export type LoadedReport = {
  agency: AgencyInfo;
  year: number;
  vintage: Vintage;
  report: AnnualReport | null;
  document: ReportDocument;
  stats: SubmissionStats;
  /** Cases filed and fees paid in the year, from records (what the narrative states beside the tables). */
  facts: YearFacts;
  findings: ReportFinding[];
  manualFigures: { cellCode: string; value: string; reason: string }[];
};

const EDITABLE: AnnualReport["status"][] = ["DRAFT"];

export function titleNameOf(agency: AgencyInfo): string {
  return agency.reportTitleName || agency.name;
}

async function agencyInfo(db: Db, agencyId: number): Promise<AgencyInfo> {
  const agency = await db.agency.findUnique({
    where: { id: agencyId },
    select: { id: true, slug: true, name: true, reportTitleName: true, feeDecimals: true },
  });
  if (!agency) throw new NotFoundError("机关不存在。");
  return agency;
}

/** The tables of a report row: imported cells as they were read, else compiled records + manual figures. */
async function tablesOf(
  db: Db,
  agencyId: number,
  year: number,
  report: (AnnualReport & { manualFigures?: { cellCode: string; value: unknown; reason: string }[] }) | null,
): Promise<ReportTables> {
  const vintage = (report?.vintage ?? formatFor(year)) as Vintage;
  if (report?.source === "IMPORTED" && report.importedCells) {
    return { vintage, cells: parseImportedCells(report.importedCells) };
  }
  const compiled = await compileReportTables(db, agencyId, year, vintage);
  const manual =
    report?.manualFigures ?? (report ? await db.reportManualFigure.findMany({ where: { reportId: report.id } }) : []);
  if (!manual.length) return compiled;
  const format = getFormat(vintage);
  const cells: CellValues = { ...compiled.cells };
  for (const figure of manual) {
    const def = format.cellsByCode.get(figure.cellCode);
    if (!def || def.derived) continue; // a figure for a cell this vintage no longer has is ignored
    const raw = String(figure.value);
    cells[figure.cellCode] = { value: def.kind === "money" ? raw : Number(raw), manual: { reason: figure.reason } };
  }
  return deriveTotals(vintage, cells);
}

/** Loads (without creating) the report of `year`; any agency user may read their agency's figures. */
export async function loadReport(db: Db, agencyId: number, year: number): Promise<LoadedReport> {
  const agency = await agencyInfo(db, agencyId);
  const [report, previousReport, stats, facts] = await Promise.all([
    db.annualReport.findUnique({
      where: { agencyId_year: { agencyId, year } },
      include: { manualFigures: true, acknowledgements: true },
    }),
    db.annualReport.findUnique({
      where: { agencyId_year: { agencyId, year: year - 1 } },
      include: { manualFigures: true },
    }),
    compileSubmissionStats(db, agencyId, year),
    compileYearFacts(db, agencyId, year),
  ]);
  const vintage = (report?.vintage ?? formatFor(year)) as Vintage;
  const [tables, previous] = await Promise.all([
    tablesOf(db, agencyId, year, report),
    previousReport ? tablesOf(db, agencyId, year - 1, previousReport) : Promise.resolve(undefined),
  ]);
  const narrative: Narrative = {
    overview: report?.overview ?? "",
    problems: report?.problems ?? "",
    otherMatters: report?.otherMatters ?? "",
  };
  const document: ReportDocument = {
    titleName: titleNameOf(agency),
    agencyName: agency.name,
    year,
    vintage,
    tables,
    narrative,
    feeDecimals: agency.feeDecimals,
  };
  const findings = validateReport({
    year,
    vintage,
    tables,
    previous,
    narrative,
    previousNarrative: previousReport
      ? {
          overview: previousReport.overview,
          problems: previousReport.problems,
          otherMatters: previousReport.otherMatters,
        }
      : undefined,
    // An imported historical report was written from records this system never held: its narrative
    // figures are compared with its own tables only.
    records:
      report?.source === "IMPORTED"
        ? undefined
        : { submissionsTotal: stats.submitted, submissionsAdopted: stats.adopted, ...facts },
  });
  return {
    agency,
    year,
    vintage,
    report,
    document,
    stats,
    facts,
    findings: await withAcknowledgements(db, findings, report?.acknowledgements ?? []),
    manualFigures: (report?.manualFigures ?? []).map((m) => ({
      cellCode: m.cellCode,
      value: String(m.value),
      reason: m.reason,
    })),
  };
}

type StoredAcknowledgement = {
  ruleId: string;
  cellCode: string;
  stage: AcknowledgementStage;
  reason: string;
  createdAt: Date;
  createdById: number | null;
};

/** Soft findings with their acknowledgements (keyed on rule and finding key), and who gave them. */
async function withAcknowledgements(
  db: Db,
  findings: Finding[],
  stored: StoredAcknowledgement[],
): Promise<ReportFinding[]> {
  const ids = [...new Set(stored.map((a) => a.createdById).filter((id): id is number => id !== null))];
  const people = new Map(
    ids.length
      ? (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })).map((u) => [
          u.id,
          u.displayName,
        ])
      : [],
  );
  const byKey = new Map(stored.map((a) => [`${a.ruleId}|${a.cellCode}|${a.stage}`, a]));
  const ack = (finding: Finding, stage: AcknowledgementStage): Acknowledgement | undefined => {
    const found = byKey.get(`${finding.ruleId}|${findingKey(finding)}|${stage}`);
    return found && { reason: found.reason, at: found.createdAt, by: people.get(found.createdById ?? 0) ?? null };
  };
  return findings.map((finding): ReportFinding => {
    if (finding.severity === "hard") return finding;
    const preparerAck = ack(finding, "PREPARER");
    const reviewerAck = ack(finding, "REVIEWER");
    return { ...finding, ...(preparerAck && { preparerAck }), ...(reviewerAck && { reviewerAck }) };
  });
}

export async function loadReportForActor(db: Db, actor: Actor, year: number) {
  authorize(actor, "report.read", { agencyId: actor.agencyId });
  return loadReport(db, actor.agencyId, year);
}

/** The drafts of 一 and 六 from a year's records (the office completes and edits them). */
function drafts(agencyName: string, year: number, tables: ReportTables, stats: SubmissionStats, facts: YearFacts) {
  return {
    overview: draftOverview({
      agencyName,
      year,
      tables,
      reviewsFiled: facts.reviewsFiled,
      submissions: {
        submitted: stats.submitted,
        adopted: stats.adopted,
        outlets: stats.byOutlet.map((o) => o.name),
        categories: stats.categories,
      },
    }),
    otherMatters: draftOtherMatters(facts.applicationFees),
  };
}

/** The report row of `year`, created as a draft (in the year's format, with generated 一 and 六) when missing. */
export async function ensureReport(db: Db, actor: Actor, year: number): Promise<AnnualReport> {
  authorize(actor, "report.edit", { agencyId: actor.agencyId });
  const existing = await db.annualReport.findUnique({ where: { agencyId_year: { agencyId: actor.agencyId, year } } });
  if (existing) return existing;
  const agency = await agencyInfo(db, actor.agencyId);
  const vintage = formatFor(year) as Vintage;
  const [tables, stats, facts] = await Promise.all([
    compileReportTables(db, agency.id, year, vintage),
    compileSubmissionStats(db, agency.id, year),
    compileYearFacts(db, agency.id, year),
  ]);
  const { overview, otherMatters } = drafts(agency.name, year, tables, stats, facts);
  return db.$transaction(async (tx) => {
    const created = await tx.annualReport.create({
      data: { agencyId: agency.id, year, vintage, overview, otherMatters },
    });
    await writeAudit(tx, {
      agencyId: agency.id,
      userId: actor.userId,
      action: "create",
      entityType: "AnnualReport",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

async function editableReport(db: Db, actor: Actor, year: number): Promise<AnnualReport> {
  authorize(actor, "report.edit", { agencyId: actor.agencyId });
  const report = await db.annualReport.findUnique({ where: { agencyId_year: { agencyId: actor.agencyId, year } } });
  if (!report) throw new NotFoundError("该年度报告尚未创建。");
  if (!EDITABLE.includes(report.status))
    throw new LockedError("报告已提交审核或已发布，不能再修改；如需修改请由负责人退回。");
  return report;
}

/** Saves the narrative sections; refuses a save based on an outdated version. */
export async function updateNarrative(db: Db, actor: Actor, year: number, version: number, narrative: Narrative) {
  const before = await editableReport(db, actor, year);
  // A browser submits a textarea's line breaks as CRLF: stored as typed, one "\n" per break.
  const text = (value: string) => value.replace(/\r\n?/g, "\n");
  return db.$transaction(async (tx) => {
    const { count } = await tx.annualReport.updateMany({
      where: { id: before.id, version },
      data: {
        overview: text(narrative.overview),
        problems: text(narrative.problems),
        otherMatters: text(narrative.otherMatters),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError("报告已被他人修改，请刷新后再保存。您填写的内容仍保留在表单中。");
    const after = await tx.annualReport.findUniqueOrThrow({ where: { id: before.id } });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "update",
      entityType: "AnnualReport",
      entityId: before.id,
      before: pickNarrative(before),
      after: pickNarrative(after),
      note: "narrative",
    });
    return after;
  });
}

function pickNarrative(report: AnnualReport): Narrative {
  return { overview: report.overview, problems: report.problems, otherMatters: report.otherMatters };
}
/** The sections a draft can be generated for. */
export type DraftableSection = "overview" | "otherMatters";

/**
 * A fresh draft of 一、总体情况 or 六、其他需要报告的事项 from this year's records, not saved: the editor shows it in
 * place of its text (undoable there), and saving the editor saves it.
 */
export async function draftSection(db: Db, actor: Actor, year: number, section: DraftableSection): Promise<string> {
  await editableReport(db, actor, year);
  const loaded = await loadReport(db, actor.agencyId, year);
  return drafts(loaded.agency.name, year, loaded.document.tables, loaded.stats, loaded.facts)[section];
}

/** What a hand-entered figure is checked against: the agency's level (规章) and the report's decimals. */
async function manualFigureContext(db: Db, agencyId: number): Promise<ManualFigureContext> {
  return db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { level: true, feeDecimals: true } });
}

/** Form fields of several hand-entered figures at once are named `figure:<cell code>`. */
export const FIGURE_FIELD = "figure:";

async function upsertManualFigure(
  tx: Tx,
  actor: Actor,
  reportId: number,
  figure: { cellCode: string; value: string; reason: string },
) {
  const where = { reportId_cellCode: { reportId, cellCode: figure.cellCode } };
  const before = await tx.reportManualFigure.findUnique({ where });
  const after = await tx.reportManualFigure.upsert({
    where,
    create: { reportId, ...figure, createdById: actor.userId },
    update: { value: figure.value, reason: figure.reason, createdById: actor.userId },
  });
  await writeAudit(tx, {
    agencyId: actor.agencyId,
    userId: actor.userId,
    action: before ? "update" : "create",
    entityType: "ReportManualFigure",
    entityId: `${reportId}:${figure.cellCode}`,
    before,
    after,
  });
  return after;
}

/**
 * A figure that cannot come from records (the 2019 format's 本年新公开数量 and item counts, the first year of
 * use, records kept elsewhere), with the required reason. Only base cells: a 总计 is always computed.
 */
export async function setManualFigure(
  db: Db,
  actor: Actor,
  year: number,
  input: { cellCode: string; value: string; reason: string },
) {
  const report = await editableReport(db, actor, year);
  const def = getFormat(report.vintage as Vintage).cellsByCode.get(input.cellCode);
  if (!def) throw new DomainValidationError({ cellCode: ["该格不在本年度报告格式中。"] });
  if (def.derived) throw new DomainValidationError({ cellCode: ["合计格由系统自动计算，不能手工填报。"] });
  const value = input.value.trim();
  const problem = manualValueProblem(def, value, await manualFigureContext(db, actor.agencyId));
  if (problem) throw new DomainValidationError({ value: [problem] });
  return db.$transaction(async (tx) => {
    const after = await upsertManualFigure(tx, actor, report.id, { cellCode: def.code, value, reason: input.reason });
    await tx.annualReport.update({ where: { id: report.id }, data: { version: { increment: 1 } } });
    return after;
  });
}

/**
 * Several figures at once (`figures`: cell code → value), one reason for all; each problem is reported at its
 * own field (`figure:<cell code>`) and nothing is saved until all fit. Returns how many were saved.
 */
export async function setManualFigures(
  db: Db,
  actor: Actor,
  year: number,
  input: { reason: string; figures: Record<string, string> },
): Promise<number> {
  const report = await editableReport(db, actor, year);
  const format = getFormat(report.vintage as Vintage);
  const entries = Object.entries(input.figures).map(([cellCode, raw]) => ({ cellCode, value: raw.trim() }));
  if (!entries.length) throw new DomainValidationError({ _form: ["请至少填写一个数字（没有的请填 0）。"] });
  const errors: Record<string, string[]> = {};
  const context = await manualFigureContext(db, actor.agencyId);
  for (const { cellCode, value } of entries) {
    const def = format.cellsByCode.get(cellCode);
    const problem = !def
      ? "该格不在本年度报告格式中。"
      : def.derived
        ? "合计格由系统自动计算，不能手工填报。"
        : manualValueProblem(def, value, context);
    if (problem) errors[`${FIGURE_FIELD}${cellCode}`] = [problem];
  }
  if (Object.keys(errors).length) throw new DomainValidationError(errors);
  await db.$transaction(async (tx) => {
    for (const entry of entries) await upsertManualFigure(tx, actor, report.id, { ...entry, reason: input.reason });
    await tx.annualReport.update({ where: { id: report.id }, data: { version: { increment: 1 } } });
  });
  return entries.length;
}

export async function removeManualFigure(db: Db, actor: Actor, year: number, cellCode: string) {
  const report = await editableReport(db, actor, year);
  await db.$transaction(async (tx) => {
    const before = await tx.reportManualFigure.findUnique({
      where: { reportId_cellCode: { reportId: report.id, cellCode } },
    });
    if (!before) throw new NotFoundError("该手工数字不存在。");
    await tx.reportManualFigure.delete({ where: { id: before.id } });
    await tx.annualReport.update({ where: { id: report.id }, data: { version: { increment: 1 } } });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "delete",
      entityType: "ReportManualFigure",
      entityId: `${report.id}:${cellCode}`,
      before,
    });
  });
}

/**
 * A soft finding acknowledged with a written reason (kept with the report and in the audit log): by the office
 * preparing the report while it is a draft, then in turn by the head reviewing it (待审核, 已批准), who sees the
 * preparer's reason. `key` is the finding's key beside its rule (`findingKey`).
 */
export async function acknowledgeFinding(
  db: Db,
  actor: Actor,
  year: number,
  input: { ruleId: string; key: string; reason: string },
) {
  const report = await db.annualReport.findUnique({ where: { agencyId_year: { agencyId: actor.agencyId, year } } });
  if (!report) throw new NotFoundError("该年度报告尚未创建。");
  let stage: AcknowledgementStage;
  if (report.status === "DRAFT") {
    authorize(actor, "report.edit", { agencyId: actor.agencyId });
    stage = "PREPARER";
  } else if (report.status === "SUBMITTED" || report.status === "APPROVED") {
    // Also once approved: a finding that arose since (last year's report corrected) is acknowledged before publishing.
    authorize(actor, "report.review", { agencyId: actor.agencyId });
    stage = "REVIEWER";
  } else {
    throw new LockedError("报告已发布，提示不能再确认；如需更正请重新开放。");
  }
  const { findings } = await loadReport(db, actor.agencyId, year);
  const finding = findings.find((f) => f.ruleId === input.ruleId && findingKey(f) === input.key);
  if (!finding) throw new NotFoundError("该提示已不存在，请刷新页面。");
  if (finding.severity === "hard")
    throw new DomainValidationError({ reason: ["错误（硬性规则）不能确认忽略，必须更正。"] });
  const reason = input.reason.trim();
  if (!reason) throw new DomainValidationError({ reason: ["请写明确认的理由。"] });
  return db.$transaction(async (tx) => {
    const where = { reportId: report.id, ruleId: input.ruleId, cellCode: input.key, stage };
    const after = await tx.findingAcknowledgement.upsert({
      where: { reportId_ruleId_cellCode_stage: where },
      create: { ...where, reason, createdById: actor.userId },
      update: { reason, createdById: actor.userId },
    });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "acknowledge",
      entityType: "AnnualReport",
      entityId: report.id,
      after: { ruleId: input.ruleId, key: input.key, stage, message: finding.message, reason },
    });
    return after;
  });
}
