import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { isoWeekMonday } from "@/lib/calendar/dates";
import { BAIXIANG_2022_NARRATIVE } from "@/lib/national-format/fixtures/baixiang-2022";
import { findingKey } from "@/lib/national-format";
import { toActor } from "@/lib/auth/session-actor";
import { acknowledgeFinding, ensureReport, loadReport } from "@/lib/annual-report/service";
import { transitionReport } from "@/lib/annual-report/workflow";
import { seedDemo2023, seedSubmissions2023 } from "./demo-2023";
import { seedCountyDemo } from "./county";

/**
 * The demo agency: 柏香镇人民政府 (under 沁阳市人民政府) with its 科室, one user per role, and
 * the 2022 records behind the published 2022 annual report
 * (../shared/seed/baixiang-2022-annual-report.txt): 210 weekly information submissions to
 * four outlets, 25 of them adopted; no applications, no review cases, and proactive-disclosure
 * figures of zero (so no such records). The 2022 report is published (revision 1, by the demo head)
 * through the real workflow, and a 2023 draft waits for the newcomer to walk it.
 */
export const DEMO_PASSWORD = "demo12345";

export const DEMO_ACCOUNTS = [
  {
    login: "head",
    displayName: "王建华",
    role: "HEAD",
    department: null,
    description: "办公室负责人：审核、批准、发布年度报告",
  },
  {
    login: "officer",
    displayName: "李晓梅",
    role: "OFFICER",
    department: "党政办公室",
    description: "信息员（党政办公室，信息公开工作机构）",
  },
  {
    login: "officer2",
    displayName: "赵志强",
    role: "OFFICER",
    department: "农业农村办公室",
    description: "信息员（农业农村办公室）",
  },
  { login: "admin", displayName: "张伟", role: "ADMIN", department: null, description: "管理员：科室、用户、工作日历" },
] as const;

export const DEMO_DEPARTMENTS = [
  "党政办公室",
  "经济发展办公室",
  "社会事务办公室",
  "农业农村办公室",
  "平安建设办公室",
  "综合行政执法队",
];
/** When the demo agency's departments were set up: before its first recorded year. */
const DEMO_SINCE = new Date("2021-06-01T00:00:00+08:00");

export const DEMO_OUTLETS = ["《焦作日报》", "《市委工作信息》", "《政府工作信息》", "《沁阳手机报》"];
export const DEMO_CATEGORIES = ["公文", "统计信息", "民生信息", "政府工作网站", "社会管理"];

/** Why the 2022 report went out as published (its findings are acknowledged with this). */
const DEMO_2022_NOTE = "2022年度报告按已发布的原文录入，未作改动。";

/** 2022's totals as the published report states them. */
export const DEMO_2022 = { submissions: 210, adopted: 25 } as const;

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.agency.count()) === 0;
}

export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      // The county sets when its townships' reports are due (条例第四十九条 gives townships no date).
      const qinyang = await tx.agency.create({
        data: {
          slug: "qinyang",
          name: "沁阳市人民政府",
          level: "COUNTY_GOVERNMENT",
          townshipReportDeadlineMonth: 1,
          townshipReportDeadlineDay: 20,
        },
      });
      const agency = await tx.agency.create({
        data: {
          slug: "baixiang",
          name: "柏香镇人民政府",
          reportTitleName: "柏香镇",
          level: "TOWNSHIP_GOVERNMENT",
          parentId: qinyang.id,
          feeDecimals: 4,
        },
      });
      const departments = await Promise.all(
        DEMO_DEPARTMENTS.map((name, i) =>
          tx.department.create({
            // The 科室 existed long before the demo's records (the board owes nothing before a department's creation).
            data: { agencyId: agency.id, name, sortOrder: i, isDisclosureOffice: i === 0, createdAt: DEMO_SINCE },
          }),
        ),
      );
      const byName = new Map(departments.map((d) => [d.name, d.id]));
      for (const account of DEMO_ACCOUNTS) {
        await tx.user.create({
          data: {
            login: account.login,
            displayName: account.displayName,
            passwordHash,
            memberships: {
              create: {
                agencyId: agency.id,
                role: account.role,
                departmentId: account.department ? byName.get(account.department) : null,
              },
            },
          },
        });
      }
      const outlets = await Promise.all(
        DEMO_OUTLETS.map((name, i) => tx.outlet.create({ data: { agencyId: agency.id, name, sortOrder: i } })),
      );
      const categories = await Promise.all(
        DEMO_CATEGORIES.map((name, i) =>
          tx.submissionCategory.create({ data: { agencyId: agency.id, name, sortOrder: i } }),
        ),
      );
      await seedSubmissions2022(
        tx as unknown as Db,
        agency.id,
        departments.map((d) => d.id),
        outlets.map((o) => o.id),
        categories.map((c) => c.id),
      );
      await seedSubmissions2023(
        tx as unknown as Db,
        agency.id,
        departments.map((d) => d.id),
        outlets.map((o) => o.id),
        categories.map((c) => c.id),
      );
      // The 2022 report as the office wrote it: the published narrative; its tables compile from the records.
      await tx.annualReport.create({
        data: { agencyId: agency.id, year: 2022, vintage: "V2021", ...BAIXIANG_2022_NARRATIVE },
      });
    },
    { timeout: 60_000 },
  );
  await publishDemoReports(db);
  // The county's 督查 login and the other agencies under 沁阳市 (lib/seed/county.ts).
  await seedCountyDemo(db, passwordHash);
}

/** Walks 2022 through the workflow as the demo users would, then opens the 2023 draft. */
async function publishDemoReports(db: Db): Promise<void> {
  const memberships = await db.membership.findMany({
    where: { agency: { slug: "baixiang" }, user: { login: { in: ["officer", "officer2", "head"] } } },
    include: { user: true, agency: true, department: true },
  });
  const actorOf = (login: string) => {
    const m = memberships.find((x) => x.user.login === login)!;
    return toActor(m.userId, {
      agencyId: m.agencyId,
      role: m.role,
      departmentId: m.departmentId,
      inDisclosureOffice: m.department?.isDisclosureOffice ?? false,
    });
  };
  const officer = actorOf("officer");
  const head = actorOf("head");
  const version = async () =>
    (await db.annualReport.findFirstOrThrow({ where: { agencyId: officer.agencyId, year: 2022 } })).version;
  // The published text does not report 工作考核、社会评议和责任追究 (a warning since the 2021 notice): the demo
  // office explains it and the head acknowledges it in turn, as the workflow asks before approval.
  const soft = async () => (await loadReport(db, officer.agencyId, 2022)).findings.filter((f) => f.severity === "soft");
  for (const f of await soft())
    await acknowledgeFinding(db, officer, 2022, { ruleId: f.ruleId, key: findingKey(f), reason: DEMO_2022_NOTE });
  await transitionReport(db, officer, 2022, "submit", { version: await version() });
  for (const f of await soft())
    await acknowledgeFinding(db, head, 2022, { ruleId: f.ruleId, key: findingKey(f), reason: "已核实，按原文发布。" });
  await transitionReport(db, head, 2022, "approve", { version: await version() });
  await transitionReport(db, head, 2022, "publish", { version: await version() });
  // 2023's applications, cases and table 二 records, through the operations, before its draft is generated.
  const departments = await db.department.findMany({ where: { agencyId: officer.agencyId } });
  await seedDemo2023(
    db,
    { officer, officer2: actorOf("officer2"), head },
    new Map(departments.map((d) => [d.name, d.id])),
  );
  await ensureReport(db, officer, 2023);
}

const TOPICS = [
  "召开专题会议部署重点工作",
  "开展安全生产隐患排查",
  "推进人居环境整治",
  "做好秋粮收购服务",
  "开展防汛应急演练",
  "落实惠民资金发放",
  "开展政策宣传进村入户",
  "推进农田水利设施建设",
  "组织矛盾纠纷排查化解",
  "开展文明村镇创建",
];

/**
 * 210 items over ISO weeks 1–52 of 2022: four departments report each week in rotation and
 * two more in the last week; every 8th item (and the 210th) — 25 in all — is adopted.
 */
async function seedSubmissions2022(
  db: Db,
  agencyId: number,
  departmentIds: number[],
  outletIds: number[],
  categoryIds: number[],
) {
  const rows: { departmentId: number; week: number }[] = [];
  for (let week = 1; week <= 52; week++) {
    for (let k = 0; k < 4; k++) rows.push({ departmentId: departmentIds[(week + k) % departmentIds.length], week });
  }
  rows.push({ departmentId: departmentIds[0], week: 52 }, { departmentId: departmentIds[3], week: 52 });

  let adopted = 0;
  for (const [i, row] of rows.entries()) {
    const outletA = outletIds[i % outletIds.length];
    const outletB = outletIds[(i + 1) % outletIds.length];
    const adopt =
      (i % 8 === 7 && adopted < DEMO_2022.adopted - 1) || (i === rows.length - 1 && adopted < DEMO_2022.adopted);
    if (adopt) adopted++;
    const monday = isoWeekMonday(2022, row.week);
    await db.infoSubmission.create({
      data: {
        agencyId,
        departmentId: row.departmentId,
        categoryId: categoryIds[i % categoryIds.length],
        title: `柏香镇${TOPICS[i % TOPICS.length]}（第${row.week}周）`,
        summary: `${TOPICS[i % TOPICS.length]}的工作信息。`,
        isoYear: 2022,
        isoWeek: row.week,
        placements: {
          create: [
            { outletId: outletA, adoptedOn: adopt ? new Date(monday.getTime() + 3 * 86_400_000) : null },
            ...(i % 3 === 0 ? [{ outletId: outletB }] : []),
          ],
        },
      },
    });
  }
  if (rows.length !== DEMO_2022.submissions || adopted !== DEMO_2022.adopted) {
    throw new Error(
      `demo data: expected ${DEMO_2022.submissions}/${DEMO_2022.adopted}, made ${rows.length}/${adopted}`,
    );
  }
}
