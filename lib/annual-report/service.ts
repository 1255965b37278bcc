import "server-only";
import type { Db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { ConflictError, DomainValidationError, LockedError, NotFoundError } from "@/lib/errors";
import {
  deriveTotals,
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
import { draftOverview } from "@/lib/national-format/narrative-draft";
import type { AnnualReport } from "@/lib/generated/prisma/client";
import { parseImportedCells } from "./snapshot";
import { compileReportTables, compileSubmissionStats, type SubmissionStats } from "./compile";

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

export type ReportFinding = Finding & { acknowledgement?: { reason: string; at: Date } };

export type LoadedReport = {
  agency: AgencyInfo;
  year: number;
  vintage: Vintage;
  report: AnnualReport | null;
  document: ReportDocument;
  stats: SubmissionStats;
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
  const [report, previousReport, stats] = await Promise.all([
    db.annualReport.findUnique({
      where: { agencyId_year: { agencyId, year } },
      include: { manualFigures: true, acknowledgements: true },
    }),
    db.annualReport.findUnique({
      where: { agencyId_year: { agencyId, year: year - 1 } },
      include: { manualFigures: true },
    }),
    compileSubmissionStats(db, agencyId, year),
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
  const acknowledgements = new Map((report?.acknowledgements ?? []).map((a) => [`${a.ruleId}|${a.cellCode}`, a]));
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
        : { submissionsTotal: stats.submitted, submissionsAdopted: stats.adopted },
  }).map((finding): ReportFinding => {
    const ack =
      finding.severity === "soft" ? acknowledgements.get(`${finding.ruleId}|${finding.cellCode ?? ""}`) : undefined;
    return ack ? { ...finding, acknowledgement: { reason: ack.reason, at: ack.createdAt } } : finding;
  });
  return {
    agency,
    year,
    vintage,
    report,
    document,
    stats,
    findings,
    manualFigures: (report?.manualFigures ?? []).map((m) => ({
      cellCode: m.cellCode,
      value: String(m.value),
      reason: m.reason,
    })),
  };
}

export async function loadReportForActor(db: Db, actor: Actor, year: number) {
  authorize(actor, "report.read", { agencyId: actor.agencyId });
  return loadReport(db, actor.agencyId, year);
}

/** The report row of `year`, created as a draft (in the year's format, with a generated overview) when missing. */
export async function ensureReport(db: Db, actor: Actor, year: number): Promise<AnnualReport> {
  authorize(actor, "report.edit", { agencyId: actor.agencyId });
  const existing = await db.annualReport.findUnique({ where: { agencyId_year: { agencyId: actor.agencyId, year } } });
  if (existing) return existing;
  const agency = await agencyInfo(db, actor.agencyId);
  const vintage = formatFor(year) as Vintage;
  const [tables, stats] = await Promise.all([
    compileReportTables(db, agency.id, year, vintage),
    compileSubmissionStats(db, agency.id, year),
  ]);
  const overview = draftOverview({
    agencyName: agency.name,
    year,
    tables,
    submissions: {
      submitted: stats.submitted,
      adopted: stats.adopted,
      outlets: stats.byOutlet.map((o) => o.name),
      categories: stats.categories,
    },
  });
  return db.$transaction(async (tx) => {
    const created = await tx.annualReport.create({
      data: { agencyId: agency.id, year, vintage, overview, otherMatters: "无" },
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
  return db.$transaction(async (tx) => {
    const { count } = await tx.annualReport.updateMany({
      where: { id: before.id, version },
      data: { ...narrative, version: { increment: 1 } },
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

/** Regenerates 一、总体情况 from this year's records (the office edits it afterwards). */
export async function regenerateOverview(db: Db, actor: Actor, year: number, version: number) {
  const report = await editableReport(db, actor, year);
  const loaded = await loadReport(db, actor.agencyId, year);
  const overview = draftOverview({
    agencyName: loaded.agency.name,
    year,
    tables: loaded.document.tables,
    submissions: {
      submitted: loaded.stats.submitted,
      adopted: loaded.stats.adopted,
      outlets: loaded.stats.byOutlet.map((o) => o.name),
      categories: loaded.stats.categories,
    },
  });
  return updateNarrative(db, actor, year, version, { ...pickNarrative(report), overview });
}

/**
 * A figure that cannot come from records (the first year of use, records kept elsewhere), with the
 * required reason. Only base cells: a 总计 is always computed.
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
  const valid =
    def.kind === "money"
      ? /^\d+(\.\d{1,6})?$/.test(value)
      : def.kind === "delta"
        ? /^-?\d+$/.test(value)
        : /^\d+$/.test(value);
  if (!valid) {
    throw new DomainValidationError({
      value: [
        def.kind === "money"
          ? "金额须为非负数（单位：万元，最多 6 位小数）。"
          : def.kind === "delta"
            ? "请填写整数。"
            : "请填写非负整数。",
      ],
    });
  }
  return db.$transaction(async (tx) => {
    const before = await tx.reportManualFigure.findUnique({
      where: { reportId_cellCode: { reportId: report.id, cellCode: def.code } },
    });
    const after = await tx.reportManualFigure.upsert({
      where: { reportId_cellCode: { reportId: report.id, cellCode: def.code } },
      create: { reportId: report.id, cellCode: def.code, value, reason: input.reason, createdById: actor.userId },
      update: { value, reason: input.reason, createdById: actor.userId },
    });
    await tx.annualReport.update({ where: { id: report.id }, data: { version: { increment: 1 } } });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: before ? "update" : "create",
      entityType: "ReportManualFigure",
      entityId: `${report.id}:${def.code}`,
      before,
      after,
    });
    return after;
  });
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

/** A soft finding acknowledged with a written reason (kept with the report and in the audit log). */
export async function acknowledgeFinding(
  db: Db,
  actor: Actor,
  year: number,
  input: { ruleId: string; cellCode: string; reason: string },
) {
  const report = await editableReport(db, actor, year);
  const { findings } = await loadReport(db, actor.agencyId, year);
  const finding = findings.find((f) => f.ruleId === input.ruleId && (f.cellCode ?? "") === input.cellCode);
  if (!finding) throw new NotFoundError("该提示已不存在，请刷新页面。");
  if (finding.severity === "hard")
    throw new DomainValidationError({ reason: ["错误（硬性规则）不能确认忽略，必须更正。"] });
  return db.$transaction(async (tx) => {
    const after = await tx.findingAcknowledgement.upsert({
      where: { reportId_ruleId_cellCode: { reportId: report.id, ruleId: input.ruleId, cellCode: input.cellCode } },
      create: {
        reportId: report.id,
        ruleId: input.ruleId,
        cellCode: input.cellCode,
        reason: input.reason,
        createdById: actor.userId,
      },
      update: { reason: input.reason, createdById: actor.userId },
    });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "acknowledge",
      entityType: "AnnualReport",
      entityId: report.id,
      after: { ruleId: input.ruleId, cellCode: input.cellCode, message: finding.message, reason: input.reason },
    });
    return after;
  });
}
