// The county's desk over the demo data, in a database of its own: the overview per year (statuses, timeliness,
// findings, figures, late replies, open overdue cases), who may see it, and the figures over the years.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { demoDatabase } from "./fixtures";
import { toActor } from "@/lib/auth/session-actor";
import { ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import {
  agencyReportForCounty,
  countyFiguresOverYears,
  countyOverview,
  importSubordinateReport,
} from "@/lib/county-oversight/operations";
import { renderText } from "@/lib/national-format";
import { consistentTables, hashPick } from "@/lib/national-format/fixtures/consistent-tables";
import { ConflictError } from "@/lib/errors";
import { publishedFiguresOverYears } from "@/lib/annual-report/published-figures";
import { loadReportForActor } from "@/lib/annual-report/service";
import { XIXIANG_BROKEN_CELL } from "@/lib/seed/county";

const demo = demoDatabase("county", 180_000);
let db: Db;
beforeAll(() => {
  db = demo.db();
});

async function actorOf(login: string): Promise<Actor> {
  const m = await db.membership.findFirstOrThrow({ where: { user: { login } }, include: { department: true } });
  return toActor(m.userId, {
    agencyId: m.agencyId,
    role: m.role,
    departmentId: m.departmentId,
    inDisclosureOffice: m.department?.isDisclosureOffice ?? false,
  });
}

describe("county oversight", () => {
  it("lists every agency under the county for a year, with status, timeliness, findings and figures", async () => {
    const county = await actorOf("county");
    const rows = await countyOverview(db, county, 2024, "2026-12-04");
    const by = Object.fromEntries(rows.map((r) => [r.slug, r]));
    expect(Object.keys(by).sort()).toEqual(["baixiang", "shanwangzhuang", "xixiang", "ziling"]);
    expect(by.baixiang.status).toBe("NOT_STARTED");
    expect(by.baixiang.timeliness).toEqual({ kind: "overdue", days: expect.any(Number) });
    expect(by.ziling).toMatchObject({ status: "PUBLISHED", publishedOn: "2025-02-10", deadline: "2025-01-20" });
    expect(by.ziling.timeliness).toEqual({ kind: "late", days: 21 });
    expect(by.xixiang.timeliness).toEqual({ kind: "onTime", days: 3 });
    expect(by.shanwangzhuang).toMatchObject({ status: "IMPORTED", onPlatform: false, figuresFrom: "report" });
    expect(by.shanwangzhuang.lateReplies).toBeNull();
    // A published report's figures are its tables'; they agree with the records it was compiled from.
    const zilingRecords = await db.disclosureApplication.count({
      where: { agency: { slug: "ziling" }, receivedOn: { gte: new Date("2024-01-01"), lt: new Date("2025-01-01") } },
    });
    expect(by.ziling.figures.received).toBe(zilingRecords);
    expect(by.ziling.figuresFrom).toBe("report");
    expect(by.ziling.lateReplies).toBe(1);
    expect(by.ziling.openOverdue).toBe(1); // received this autumn, not answered
  });

  it("reads a published report's findings as it was published, not as the records stand now", async () => {
    const county = await actorOf("county");
    const ziling = await db.agency.findUniqueOrThrow({ where: { slug: "ziling" } });
    const report = await db.annualReport.findUniqueOrThrow({
      where: { agencyId_year: { agencyId: ziling.id, year: 2024 } },
      include: { revisions: true },
    });
    const snapshot = report.revisions[0].snapshot as { findingCounts?: { hard: number; soft: number } };
    expect(snapshot.findingCounts).toEqual({ hard: 0, soft: expect.any(Number) });
    const [row] = (await countyOverview(db, county, 2024, "2026-12-04")).filter((r) => r.slug === "ziling");
    expect(row.findings).toEqual(snapshot.findingCounts);
    // Marked differently in the revision: the overview follows the revision.
    await db.reportRevision.update({
      where: { id: report.revisions[0].id },
      data: { snapshot: { ...(report.revisions[0].snapshot as object), findingCounts: { hard: 0, soft: 7 } } },
    });
    try {
      const [again] = (await countyOverview(db, county, 2024, "2026-12-04")).filter((r) => r.slug === "ziling");
      expect(again.findings).toEqual({ hard: 0, soft: 7 });
    } finally {
      await db.reportRevision.update({
        where: { id: report.revisions[0].id },
        data: { snapshot: report.revisions[0].snapshot as object },
      });
    }
  });

  it("counts a draft's hard finding and shows 待审核 and the imported report as they are", async () => {
    const county = await actorOf("county");
    const rows = await countyOverview(db, county, 2025, "2026-12-04");
    const by = Object.fromEntries(rows.map((r) => [r.slug, r]));
    expect(by.xixiang.status).toBe("DRAFT");
    expect(by.xixiang.findings.hard).toBeGreaterThan(0);
    expect(by.ziling.status).toBe("SUBMITTED");
    expect(by.ziling.findings.hard).toBe(0);
    expect(by.ziling.figuresFrom).toBe("records");
    const draft = await agencyReportForCounty(db, county, "xixiang", 2025);
    expect(draft.findings.some((f) => f.severity === "hard" && f.cellCode?.startsWith("s3."))).toBe(true);
    expect(draft.document.tables.cells[XIXIANG_BROKEN_CELL]?.value).toBe(2);
    // The imported report reads as imported, with its own figures; an agency that has not started has none.
    const imported = await agencyReportForCounty(db, county, "shanwangzhuang", 2024);
    expect(imported.status).toBe("IMPORTED");
    expect(imported.years.find((y) => y.year === 2024)?.source).toBe("imported");
    const notStarted = await agencyReportForCounty(db, county, "baixiang", 2025);
    expect(notStarted).toMatchObject({ status: "NOT_STARTED", hasReport: false });
  });

  it("lets only the county in: not a township's head or officer, not another county's agencies, no records", async () => {
    const county = await actorOf("county");
    for (const login of ["head", "officer", "admin", "ziling"]) {
      const actor = await actorOf(login);
      await expect(countyOverview(db, actor, 2024, "2026-12-04")).rejects.toThrow(ForbiddenError);
      await expect(agencyReportForCounty(db, actor, "xixiang", 2024)).rejects.toThrow();
    }
    await expect(agencyReportForCounty(db, county, "qinyang", 2024)).rejects.toThrow(NotFoundError);
    await expect(agencyReportForCounty(db, county, "nowhere", 2024)).rejects.toThrow(NotFoundError);
    // The county reads no report of its own agency's office, nor any township's through the office's loaders.
    await expect(loadReportForActor(db, county, 2024)).rejects.toThrow(ForbiddenError);
  });

  it("gives the figures over the years with gaps for years without a published report, and their sum", async () => {
    const county = await actorOf("county");
    const ziling = await db.agency.findUniqueOrThrow({ where: { slug: "ziling" } });
    const series = (await publishedFiguresOverYears(db, [ziling.id])).get(ziling.id)!;
    expect(series.map((y) => [y.year, y.source])).toEqual([
      [2023, "published"],
      [2024, "published"],
    ]);
    expect(series[0].submissions?.byOutlet.length).toBeGreaterThan(0);
    const { summed, perAgency } = await countyFiguresOverYears(db, county);
    const baixiang = perAgency.find((a) => a.slug === "baixiang")!;
    // 柏香镇 published 2022 only: 2023 and 2024 are gaps in its series, not zeros.
    expect(baixiang.years.map((y) => [y.year, y.figures === null])).toEqual([
      [2022, false],
      [2023, true],
      [2024, true],
    ]);
    const y2024 = summed.find((y) => y.year === 2024)!;
    const parts = perAgency.map((a) => a.years.find((y) => y.year === 2024)?.figures?.received ?? 0);
    expect(y2024.figures!.received).toBe(parts.reduce((s, n) => s + n, 0));
    // As of a date before 2024's reports were published, 2024 is a gap for everyone.
    const early = await publishedFiguresOverYears(db, [ziling.id], new Date("2024-06-01T00:00:00Z"));
    expect(early.get(ziling.id)!.map((y) => y.year)).toEqual([2023]);
  });

  it("imports the published report of an agency not on the platform, recognised by its title or created", async () => {
    const county = await actorOf("county");
    const text = (titleName: string, year: number) =>
      renderText({
        titleName,
        agencyName: `${titleName}人民政府`,
        year,
        vintage: "V2021",
        tables: consistentTables("V2021", hashPick(year)),
        narrative: { overview: `${year}年，本镇扎实做好政府信息公开工作。`, problems: "无。", otherMatters: "无。" },
        feeDecimals: 4,
      });
    const first = await importSubordinateReport(db, county, { text: text("东城镇", 2023) });
    const created = await db.agency.findUniqueOrThrow({ where: { id: first.agency.id } });
    expect(created).toMatchObject({ name: "东城镇人民政府", parentId: county.agencyId, level: "TOWNSHIP_GOVERNMENT" });
    expect(first.replaced).toBe(false);
    // The same agency again (recognised by its title), another year and the same year again.
    const second = await importSubordinateReport(db, county, { text: text("东城镇", 2024) });
    expect(second.agency.id).toBe(first.agency.id);
    expect((await importSubordinateReport(db, county, { text: text("东城镇", 2024) })).replaced).toBe(true);
    // An existing agency not on the platform is recognised too.
    const shanwang = await importSubordinateReport(db, county, { text: text("山王庄镇", 2023) });
    expect(shanwang.agency.name).toBe("山王庄镇人民政府");
    const rows = await countyOverview(db, county, 2024, "2026-12-04");
    expect(rows.find((r) => r.name === "东城镇人民政府")).toMatchObject({ status: "IMPORTED", onPlatform: false });
    // An agency on the platform keeps its own reports; nobody but the county imports here.
    await expect(importSubordinateReport(db, county, { text: text("紫陵镇", 2022) })).rejects.toThrow(ConflictError);
    await expect(importSubordinateReport(db, await actorOf("head"), { text: text("东城镇", 2022) })).rejects.toThrow(
      ForbiddenError,
    );
  });
});
