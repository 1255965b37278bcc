import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { ForbiddenError } from "@/lib/errors";
import { toIsoDate } from "@/lib/calendar/dates";
import { applications } from "@/lib/applications/operations";
import { addApplicationEvent } from "@/lib/applications/timeline";
import { approveExtensionRequest, pendingExtensionRequests } from "@/lib/applications/extensions";
import { eventInput, type EventInput } from "@/lib/applications/schemas";
import { applicationDashboard } from "@/lib/applications/dashboard";
import { createWorkingCalendar } from "@/lib/calendar/working-days";

const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
const TODAY = "2024-03-25";

beforeAll(async () => {
  t = await makeAgency(db);
});
afterAll(() => db.$disconnect());

const event = (app: { id: number; version: number }, extra: Partial<EventInput>): EventInput => ({
  applicationId: app.id,
  version: app.version,
  kind: "EXTENSION_REQUESTED",
  occurredOn: TODAY,
  untilOn: null,
  workingDays: null,
  amount: "",
  outcome: "",
  note: "",
  ...extra,
});

describe("an extension (第三十三条): the officer asks, the head approves from the 工作台", () => {
  it("moves the due date by the days asked for, once approved", async () => {
    const officer = t.farmingOfficer.actor;
    // Received Mon 2024-03-04: due Mon 04-01; +10 working days (04-02, 03, Sun 04-07 调休, 04-08..12, 15, 16) → 04-16.
    const app = await applications.create(
      db,
      officer,
      {
        departmentId: t.farming.id,
        channel: "IN_PERSON",
        submittedOn: "2024-03-04",
        receivedOn: "2024-03-04",
        applicantType: "NATURAL_PERSON",
        applicantName: "赵六",
        applicantContact: "",
        requestText: "申请公开土地流转合同",
      },
      TODAY,
    );
    expect(toIsoDate(app.dueOn!)).toBe("2024-04-01");
    await expect(
      addApplicationEvent(db, officer, event(app, { kind: "EXTENSION_APPROVED", workingDays: 10 }), TODAY),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const tooLong = eventInput.safeParse({ ...event(app, {}), workingDays: "25" });
    expect(tooLong.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["workingDays", "延长的期限最长不得超过 20 个工作日（第三十三条）。"],
    ]);
    const { application: asked } = await addApplicationEvent(
      db,
      officer,
      event(app, { workingDays: 10, note: "需调取档案" }),
      TODAY,
    );
    expect(toIsoDate(asked.dueOn!)).toBe("2024-04-01");

    expect(await pendingExtensionRequests(db, officer)).toEqual([]);
    const waiting = await pendingExtensionRequests(db, t.head.actor);
    expect(waiting).toEqual([
      expect.objectContaining({ applicationId: app.id, workingDays: 10, note: "需调取档案", dueOn: "2024-04-01" }),
    ]);

    const { application: approved } = await approveExtensionRequest(db, t.head.actor, asked, TODAY);
    expect(toIsoDate(approved.dueOn!)).toBe("2024-04-16");
    expect(approved.events.at(-1)).toMatchObject({ kind: "EXTENSION_APPROVED", workingDays: 10 });
    expect(await pendingExtensionRequests(db, t.head.actor)).toEqual([]);
  });
});

describe("a wait whose time ran out (补正 period, fee, third party) is flagged where officers look", () => {
  it("a 补正 period that passed: the stored wait, the list's standing and the dashboard", async () => {
    const officer = t.officeOfficer.actor;
    const app = await applications.create(
      db,
      officer,
      {
        departmentId: t.office.id,
        channel: "IN_PERSON",
        submittedOn: "2024-03-04",
        receivedOn: "2024-03-04",
        applicantType: "NATURAL_PERSON",
        applicantName: "钱七",
        applicantContact: "",
        requestText: "申请公开有关文件",
      },
      TODAY,
    );
    const { application } = await addApplicationEvent(
      db,
      officer,
      event(app, { kind: "CORRECTION_REQUESTED", occurredOn: "2024-03-06", untilOn: "2024-03-20" }),
      TODAY,
    );
    expect([application.dueOn, toIsoDate(application.waitingUntil!)]).toEqual([null, "2024-03-20"]);

    const standing = async (today: string) =>
      (await applications.list(db, officer, { q: application.regNo }, { today })).rows[0].standing;
    expect((await standing("2024-03-20")).kind).toBe("PAUSED");
    expect(await standing("2024-03-21")).toMatchObject({
      kind: "LAPSED",
      label: expect.stringContaining("2024-03-20"),
    });
    const calendar = createWorkingCalendar();
    expect((await applicationDashboard(db, officer, "2024-03-20", calendar)).lapsed.count).toBe(0);
    const dashboard = await applicationDashboard(db, officer, "2024-03-21", calendar);
    expect(dashboard.lapsed).toMatchObject({ count: 1, cases: [expect.objectContaining({ id: app.id })] });
  });
});
