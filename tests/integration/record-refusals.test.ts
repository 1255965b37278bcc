import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { submissions, setAdoption } from "@/lib/submissions/operations";
import { reviewCases } from "@/lib/reviews/operations";
import { normativeDocuments } from "@/lib/proactive/documents";
import { decisionTallies } from "@/lib/proactive/tallies";
import { feeCollections } from "@/lib/proactive/fees";
import { applications } from "@/lib/applications/operations";
import { addApplicationEvent } from "@/lib/applications/timeline";
import { ensureReport, setManualFigure, setManualFigures } from "@/lib/annual-report/service";
import type { EventInput } from "@/lib/applications/schemas";

/**
 * Issue 12: records accept only what can be true. Each refusal is a field message in Chinese (the action
 * wrapper echoes the typed values with it, tests/integration/action-wrapper.test.ts).
 */
const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
const TODAY = "2026-12-04";

beforeAll(async () => {
  t = await makeAgency(db);
});
afterAll(() => db.$disconnect());

const refusal = (field: string, text: string) => ({ fieldErrors: { [field]: [expect.stringContaining(text)] } });

describe("refused records", () => {
  it("an adoption dated before the item's week or in the future", async () => {
    const outlet = await db.outlet.create({ data: { agencyId: t.agency.id, name: "《柏香日报》" } });
    const category = await db.submissionCategory.create({ data: { agencyId: t.agency.id, name: "政务信息" } });
    const item = await submissions.create(db, t.officeOfficer.actor, {
      departmentId: t.office.id,
      categoryId: category.id,
      title: "春耕备耕",
      summary: "",
      isoYear: 2023,
      isoWeek: 10,
      outletIds: [outlet.id],
    });
    await expect(setAdoption(db, t.officeOfficer.actor, item, outlet.id, "2022-01-05", TODAY)).rejects.toMatchObject(
      refusal("adoptedOn", "不能早于该信息的上报周"),
    );
    await expect(setAdoption(db, t.officeOfficer.actor, item, outlet.id, "2031-05-05", TODAY)).rejects.toMatchObject(
      refusal("adoptedOn", "不能晚于今天"),
    );
    const adopted = await setAdoption(db, t.officeOfficer.actor, item, outlet.id, "2023-03-09", TODAY);
    expect(adopted.placements[0].adoptedOn?.toISOString().slice(0, 10)).toBe("2023-03-09");
  });

  it("a reconsideration filed before the application it concerns was received; a case number twice", async () => {
    const app = await applications.create(
      db,
      t.officeOfficer.actor,
      {
        departmentId: t.office.id,
        channel: "IN_PERSON",
        submittedOn: "2023-06-05",
        receivedOn: "2023-06-05",
        applicantType: "NATURAL_PERSON",
        applicantName: "李四",
        applicantContact: "",
        requestText: "申请公开2023年道路修缮资金使用情况",
      },
      TODAY,
    );
    const review = {
      kind: "RECONSIDERATION" as const,
      departmentId: t.office.id,
      applicationId: app.id,
      caseNumber: "沁政复〔2023〕12号",
      filedOn: "2023-01-10",
      outcome: null,
      decidedOn: null,
      note: "",
    };
    await expect(reviewCases.create(db, t.officeOfficer.actor, review)).rejects.toMatchObject(
      refusal("filedOn", "不能早于所关联申请"),
    );
    await reviewCases.create(db, t.officeOfficer.actor, { ...review, filedOn: "2023-08-01" });
    await expect(
      reviewCases.create(db, t.officeOfficer.actor, { ...review, filedOn: "2023-08-02", applicationId: null }),
    ).rejects.toMatchObject(refusal("caseNumber", "已登记"));
  });

  it("a 文号 twice (table 二 would count one document two times)", async () => {
    const doc = {
      kind: "NORMATIVE" as const,
      departmentId: t.office.id,
      docNumber: "柏政〔2023〕5号",
      title: "关于印发某办法的通知",
      issuedOn: "2023-03-01",
    };
    await normativeDocuments.create(db, t.officeOfficer.actor, doc);
    await expect(
      normativeDocuments.create(db, t.officeOfficer.actor, { ...doc, title: "另一件" }),
    ).rejects.toMatchObject(refusal("docNumber", "该文号已登记"));
  });

  it("a 规章 from a township: under the 立法法 it makes none", async () => {
    await expect(
      normativeDocuments.create(db, t.officeOfficer.actor, {
        kind: "RULE",
        departmentId: t.office.id,
        docNumber: "柏政令〔2023〕1号",
        title: "某某管理规定",
        issuedOn: "2023-04-01",
      }),
    ).rejects.toMatchObject(refusal("kind", "乡镇人民政府不制定规章"));
  });

  it("a decision tally or fee of a year to come, or before the 条例", async () => {
    const tally = {
      kind: "LICENSING" as const,
      departmentId: t.office.id,
      year: 2099,
      month: null,
      count: 3,
      note: "",
    };
    await expect(decisionTallies.create(db, t.officeOfficer.actor, tally, TODAY)).rejects.toMatchObject(
      refusal("year", "年度不能晚于今年（2026年）"),
    );
    await expect(
      decisionTallies.create(db, t.officeOfficer.actor, { ...tally, year: 2026, month: 12 }, "2026-11-30"),
    ).rejects.toMatchObject(refusal("month", "尚未到来"));
    await expect(
      feeCollections.create(
        db,
        t.officeOfficer.actor,
        { departmentId: t.office.id, year: 2099, month: null, amount: "10.00", description: "" },
        TODAY,
      ),
    ).rejects.toMatchObject(refusal("year", "年度不能晚于今年"));
    expect((await decisionTallies.create(db, t.officeOfficer.actor, { ...tally, year: 2023 }, TODAY)).count).toBe(3);
  });

  it("hand-entered figures: too large, 规章 for a township, more decimals than the report prints", async () => {
    await ensureReport(db, t.officeOfficer.actor, 2023);
    const figure = (cellCode: string, value: string) =>
      setManualFigure(db, t.officeOfficer.actor, 2023, { cellCode, value, reason: "启用系统前的数字" });
    await expect(figure("s2.normative.issued", "99999999999")).rejects.toMatchObject(refusal("value", "数字过大"));
    await expect(figure("s2.rule.inForce", "2")).rejects.toMatchObject(refusal("value", "不制定规章"));
    await expect(figure("s2.fees.amount", "1.234567")).rejects.toMatchObject(refusal("value", "保留 4 位小数"));
    await expect(
      setManualFigures(db, t.officeOfficer.actor, 2023, {
        reason: "启用系统前的数字",
        figures: { "s2.rule.issued": "1", "s2.fees.amount": "1.2345" },
      }),
    ).rejects.toMatchObject(refusal("figure:s2.rule.issued", "不制定规章"));
    expect((await figure("s2.fees.amount", "1.2345")).value.toString()).toBe("1.2345");
    expect((await figure("s2.rule.inForce", "0")).value.toString()).toBe("0");
  });
});

describe("outcomes that need a step of the timeline first", () => {
  const event = (app: { id: number; version: number }, extra: Partial<EventInput>): EventInput => ({
    applicationId: app.id,
    version: app.version,
    kind: "REPLIED",
    occurredOn: "2023-04-20",
    untilOn: null,
    amount: "",
    outcome: "",
    note: "",
    ...extra,
  });
  const newApplication = () =>
    applications.create(
      db,
      t.officeOfficer.actor,
      {
        departmentId: t.office.id,
        channel: "IN_PERSON",
        submittedOn: "2023-04-03",
        receivedOn: "2023-04-03",
        applicantType: "NATURAL_PERSON",
        applicantName: "王五",
        applicantContact: "",
        requestText: "申请公开某事项",
      },
      TODAY,
    );

  it("其他处理 1 without a 补正 notice, 其他处理 2 without a fee notice, 仍不明确 without a correction", async () => {
    const app = await newApplication();
    const actor = t.officeOfficer.actor;
    for (const [outcome, text] of [
      ["OTHER_NO_CORRECTION", "须先记录补正告知"],
      ["OTHER_FEE_UNPAID", "须先记录收费通知"],
      ["UNABLE_STILL_UNCLEAR", "须先记录补正告知和收到补正"],
    ] as const) {
      await expect(addApplicationEvent(db, actor, event(app, { outcome }), TODAY)).rejects.toMatchObject(
        refusal("outcome", text),
      );
    }
    const { application } = await addApplicationEvent(
      db,
      actor,
      event(app, { kind: "CORRECTION_REQUESTED", occurredOn: "2023-04-04" }),
      TODAY,
    );
    const closed = await addApplicationEvent(db, actor, event(application, { outcome: "OTHER_NO_CORRECTION" }), TODAY);
    expect(closed.application.outcome).toBe("OTHER_NO_CORRECTION");
  });
});
