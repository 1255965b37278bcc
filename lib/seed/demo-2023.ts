// The demo's 2023: a year of records for the tour (dashboards, deadlines, table 三 and 四, the board), entered
// through the same operations the forms use, so every date, due date and count is what the rules give.
// Kept apart from lib/seed/demo.ts (the 2022 records stay exactly as the published 2022 report says).
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { addDays, fromIsoDate, isoWeekMonday, todayInChina, toIsoDate, type IsoDate } from "@/lib/calendar/dates";
import { applications } from "@/lib/applications/operations";
import { addApplicationEvent } from "@/lib/applications/timeline";
import { approveExtensionRequest } from "@/lib/applications/extensions";
import type { ApplicationInput, EventInput } from "@/lib/applications/schemas";
import { reviewCases } from "@/lib/reviews/operations";
import { normativeDocuments } from "@/lib/proactive/documents";
import { decisionTallies } from "@/lib/proactive/tallies";

/** What the 2023 demo holds (the e2e tests quote these). */
export const DEMO_2023 = { applications: 12, submissions: 156, adopted: 26, reviews: 2 } as const;

type Actors = { officer: Actor; officer2: Actor; head: Actor };
type Step = Omit<Partial<EventInput>, "applicationId" | "version"> & { kind: EventInput["kind"]; occurredOn: IsoDate };

/** One case: who registers it, in which department, and its timeline in order. */
type Case = {
  by: keyof Actors;
  department: string;
  receivedOn: IsoDate;
  applicantType: ApplicationInput["applicantType"];
  applicantName: string;
  requestText: string;
  steps: (Step & { as?: keyof Actors; approveRequest?: true })[];
};

const reply = (occurredOn: IsoDate, outcome: EventInput["outcome"]): Step => ({ kind: "REPLIED", occurredOn, outcome });

/**
 * A dozen applications across the departments: on time, late, paused for 补正, consulted, extended, fee,
 * carried over into 2024 (one replied in January, one still waiting for its 补正), and an outcome of every
 * family of table 三 (一 予以公开 … 六 其他处理).
 */
const CASES: Case[] = [
  {
    by: "officer",
    department: "党政办公室",
    receivedOn: "2023-02-13",
    applicantType: "NATURAL_PERSON",
    applicantName: "王建国",
    requestText: "申请公开柏香镇2022年度财政预算执行情况",
    steps: [reply("2023-03-01", "GRANTED")],
  },
  {
    by: "head",
    department: "经济发展办公室",
    receivedOn: "2023-03-06",
    applicantType: "COMMERCIAL",
    applicantName: "沁阳市宏达建材有限公司",
    requestText: "申请公开柏香镇工业园区土地出让合同及附件",
    // The buyer of the land is a third party (第三十二条): 10 working days paused.
    steps: [
      { kind: "THIRD_PARTY_CONSULTATION_STARTED", occurredOn: "2023-03-10", note: "书面征求受让企业意见" },
      { kind: "THIRD_PARTY_CONSULTATION_ENDED", occurredOn: "2023-03-24", note: "第三方不同意公开商业秘密部分" },
      reply("2023-04-10", "PARTIALLY_GRANTED"),
    ],
  },
  {
    by: "head",
    department: "社会事务办公室",
    receivedOn: "2023-04-17",
    applicantType: "NATURAL_PERSON",
    applicantName: "李秀英",
    requestText: "申请公开镇政府研究低保对象调整的会议纪要",
    steps: [reply("2023-05-10", "DENIED_PROCESS_INFO")],
  },
  {
    by: "officer2",
    department: "农业农村办公室",
    receivedOn: "2023-05-08",
    applicantType: "NATURAL_PERSON",
    applicantName: "张德明",
    requestText: "申请公开2015年本村土地承包经营权确权原始测绘资料",
    // Due Mon 2023-06-05; answered late.
    steps: [reply("2023-06-20", "UNABLE_NOT_HELD")],
  },
  {
    by: "head",
    department: "平安建设办公室",
    receivedOn: "2023-06-05",
    applicantType: "PUBLIC_INTEREST",
    applicantName: "沁阳市邻里守望志愿服务中心",
    requestText: "申请公开有关情况",
    steps: [
      { kind: "CORRECTION_REQUESTED", occurredOn: "2023-06-07", untilOn: "2023-06-21", note: "请明确所需信息的名称" },
      { kind: "CORRECTION_RECEIVED", occurredOn: "2023-06-16" },
      reply("2023-07-05", "UNABLE_STILL_UNCLEAR"),
    ],
  },
  {
    by: "head",
    department: "综合行政执法队",
    receivedOn: "2023-07-10",
    applicantType: "NATURAL_PERSON",
    applicantName: "赵春花",
    requestText: "反映邻居违章搭建，要求镇政府依法查处并告知结果",
    steps: [reply("2023-07-20", "NOT_PROCESSED_PETITION")],
  },
  {
    by: "officer",
    department: "党政办公室",
    receivedOn: "2023-08-07",
    applicantType: "NATURAL_PERSON",
    applicantName: "王建国",
    requestText: "再次申请公开柏香镇2022年度财政预算执行情况",
    steps: [reply("2023-08-15", "NOT_PROCESSED_REPEAT")],
  },
  {
    by: "head",
    department: "社会事务办公室",
    receivedOn: "2023-09-04",
    applicantType: "NATURAL_PERSON",
    applicantName: "陈志强",
    requestText: "申请公开有关补贴的文件",
    // The applicant was given until 09-20 and never answered: 其他处理 1.
    steps: [
      { kind: "CORRECTION_REQUESTED", occurredOn: "2023-09-06", untilOn: "2023-09-20", note: "请说明补贴名称和年度" },
      reply("2023-10-12", "OTHER_NO_CORRECTION"),
    ],
  },
  {
    by: "officer2",
    department: "农业农村办公室",
    receivedOn: "2023-10-16",
    applicantType: "LEGAL_SERVICE",
    applicantName: "河南某某律师事务所",
    requestText: "申请公开2023年高标准农田建设项目招投标及验收资料",
    // Due Mon 2023-11-13; the officer asks for 15 working days, the head approves: due Mon 2023-12-04.
    steps: [
      { kind: "EXTENSION_REQUESTED", occurredOn: "2023-11-06", workingDays: 15, note: "资料分存于多个村，需逐一调取" },
      { kind: "EXTENSION_APPROVED", occurredOn: "2023-11-08", as: "head", approveRequest: true },
      reply("2023-11-28", "GRANTED"),
    ],
  },
  {
    by: "officer",
    department: "党政办公室",
    receivedOn: "2023-11-06",
    applicantType: "NATURAL_PERSON",
    applicantName: "刘海洋",
    requestText: "申请公开2018年以来全镇各类会议纪要共计一百余份",
    // A fee notice (国办函〔2020〕109号): unpaid by its 20th working day (2023-12-08): 其他处理 2.
    steps: [
      { kind: "FEE_NOTICE_SENT", occurredOn: "2023-11-10", amount: "300.00", note: "按件计收" },
      reply("2023-12-20", "OTHER_FEE_UNPAID"),
    ],
  },
  {
    by: "head",
    department: "综合行政执法队",
    receivedOn: "2023-12-18",
    applicantType: "NATURAL_PERSON",
    applicantName: "孙丽娟",
    requestText: "申请公开2023年镇区占道经营整治的执法依据",
    // Carried over into 2024 (元旦 off): due Tue 2024-01-16, answered 01-10.
    steps: [reply("2024-01-10", "GRANTED")],
  },
  {
    by: "officer",
    department: "党政办公室",
    receivedOn: "2023-12-22",
    applicantType: "NATURAL_PERSON",
    applicantName: "周文博",
    requestText: "申请公开有关规划",
    // Still waiting for its 补正 (period passed on 2024-01-09): carried over, flagged 逾期未补正.
    steps: [
      { kind: "CORRECTION_REQUESTED", occurredOn: "2023-12-26", untilOn: "2024-01-09", note: "请明确规划名称及范围" },
    ],
  },
];

export async function seedDemo2023(db: Db, actors: Actors, departments: Map<string, number>): Promise<void> {
  const today = todayInChina();
  const ids: number[] = [];
  for (const c of CASES) {
    const created = await applications.create(
      db,
      actors[c.by],
      {
        departmentId: departments.get(c.department)!,
        channel: "IN_PERSON",
        submittedOn: c.receivedOn,
        receivedOn: c.receivedOn,
        applicantType: c.applicantType,
        applicantName: c.applicantName,
        applicantContact: "",
        requestText: c.requestText,
      },
      today,
    );
    let ref = { id: created.id, version: created.version };
    for (const { as, approveRequest, ...step } of c.steps) {
      const actor = actors[as ?? c.by];
      const { application } = approveRequest
        ? await approveExtensionRequest(db, actor, ref, step.occurredOn)
        : await addApplicationEvent(
            db,
            actor,
            {
              applicationId: ref.id,
              version: ref.version,
              untilOn: null,
              amount: "",
              outcome: "",
              note: "",
              ...step,
            },
            today,
          );
      ref = { id: application.id, version: application.version };
    }
    ids.push(created.id);
  }

  // A reconsideration of the refused 会议纪要 (upheld) and a lawsuit over the 确权资料 (still pending).
  await reviewCases.create(db, actors.head, {
    kind: "RECONSIDERATION",
    departmentId: departments.get("社会事务办公室")!,
    applicationId: ids[2],
    caseNumber: "沁政复〔2023〕15号",
    filedOn: "2023-06-01",
    outcome: "UPHELD",
    decidedOn: "2023-08-15",
    note: "复议机关维持原答复",
  });
  await reviewCases.create(db, actors.head, {
    kind: "LITIGATION_DIRECT",
    departmentId: departments.get("农业农村办公室")!,
    applicationId: ids[3],
    caseNumber: "（2023）豫0882行初23号",
    filedOn: "2023-07-10",
    outcome: null,
    decidedOn: null,
    note: "",
  });

  // Table 二: what a township issues (行政规范性文件, never 规章) and decides.
  await normativeDocuments.create(db, actors.officer, {
    kind: "NORMATIVE",
    departmentId: departments.get("党政办公室")!,
    docNumber: "柏政〔2023〕3号",
    title: "柏香镇人民政府关于印发《柏香镇村级财务管理办法》的通知",
    issuedOn: "2023-03-15",
  });
  for (const [month, count] of [
    [3, 4],
    [6, 7],
    [9, 5],
    [12, 6],
  ] as const) {
    await decisionTallies.create(
      db,
      actors.head,
      {
        kind: "PENALTY",
        departmentId: departments.get("综合行政执法队")!,
        year: 2023,
        month,
        count,
        note: "",
      },
      today,
    );
  }
}

const TOPICS = [
  "部署春耕备耕工作",
  "开展森林防火专项检查",
  "推进农村人居环境整治",
  "召开安全生产工作会议",
  "开展“三夏”秸秆禁烧宣传",
  "落实防汛抢险责任",
  "开展义务教育控辍保学",
  "推进高标准农田建设",
  "开展矛盾纠纷排查化解",
  "做好冬季取暖安全工作",
  "开展重阳节敬老活动",
  "推进乡村振兴示范村建设",
];

/**
 * 2023's weekly submissions: three items every ISO week (52), the departments in rotation, every sixth
 * item adopted by its first outlet on the Thursday of its week — 156 items, 26 adopted.
 */
export async function seedSubmissions2023(
  db: Db,
  agencyId: number,
  departmentIds: number[],
  outletIds: number[],
  categoryIds: number[],
): Promise<void> {
  let i = 0;
  let adopted = 0;
  for (let week = 1; week <= 52; week++) {
    const monday = toIsoDate(isoWeekMonday(2023, week));
    for (let k = 0; k < 3; k++, i++) {
      const adopt = i % 6 === 5;
      if (adopt) adopted++;
      await db.infoSubmission.create({
        data: {
          agencyId,
          departmentId: departmentIds[(week * 3 + k) % departmentIds.length],
          categoryId: categoryIds[i % categoryIds.length],
          title: `柏香镇${TOPICS[i % TOPICS.length]}（2023年第${week}周）`,
          summary: `${TOPICS[i % TOPICS.length]}的工作信息。`,
          isoYear: 2023,
          isoWeek: week,
          placements: {
            create: [
              { outletId: outletIds[i % outletIds.length], adoptedOn: adopt ? fromIsoDate(addDays(monday, 3)) : null },
            ],
          },
        },
      });
    }
  }
  if (i !== DEMO_2023.submissions || adopted !== DEMO_2023.adopted)
    throw new Error(`demo data 2023: expected ${DEMO_2023.submissions}/${DEMO_2023.adopted}, made ${i}/${adopted}`);
}
