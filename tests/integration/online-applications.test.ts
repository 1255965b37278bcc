import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { DomainValidationError, NotFoundError, TooManyRequestsError } from "@/lib/errors";
import { newChallenge } from "@/lib/online-applications/challenge";
import {
  NO_MATCH_MESSAGE,
  submitCorrection,
  submitOnlineApplication,
  trackOnlineApplication,
  type PublicContext,
  type Upload,
} from "@/lib/online-applications/public";
import {
  confirmOnlineApplication,
  draftReplyLetter,
  intakeCounts,
  intakeQueue,
  loadAttachment,
  loadOnlineApplication,
  receiveCorrection,
  requestCorrection,
  setAsideOnlineApplication,
} from "@/lib/online-applications/operations";
import { LIMITS } from "@/lib/online-applications/limits";
import type { OnlineApplicationInput } from "@/lib/online-applications/schemas";
import { createWorkingCalendar } from "@/lib/calendar/working-days";
import { todayInChina } from "@/lib/calendar/dates";
import { applications } from "@/lib/applications/operations";
import { addApplicationEvent } from "@/lib/applications/timeline";

const db = testDb();
/** A second client: another web server sharing the database. */
const db2 = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
const SECRET = "integration-secret";
// Addresses of this run only (the database may keep attempts of an earlier run within their windows).
const RUN = `${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
let addressSeq = 0;
/** A fresh client address per call, so limits of one test never touch another. */
const ctx = (clientAddress = `10.${RUN}.${++addressSeq % 250}`): PublicContext => ({
  clientAddress,
  secret: SECRET,
  now: new Date(),
});
const PDF: Upload = { name: "身份证.pdf", data: new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")) };

function answered(c: PublicContext): Pick<OnlineApplicationInput, "challengeToken" | "challengeAnswer"> {
  const challenge = newChallenge(SECRET, c.now);
  const digits = "零一二三四五六七八九十";
  const [a, b] = challenge.question
    .split("等于")[0]
    .split("加")
    .map((d) => digits.indexOf(d));
  return { challengeToken: challenge.token, challengeAnswer: String(a + b) };
}

let idSeq = 0;
/** A valid 居民身份证 number, different for each call. */
function idCard(): string {
  const birth = `19${50 + Math.floor(Math.random() * 40)}0${1 + Math.floor(Math.random() * 9)}${10 + Math.floor(Math.random() * 18)}`;
  const body = `110101${birth}${String(++idSeq % 1000).padStart(3, "0")}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + "10X98765432"[sum % 11];
}

const input = (c: PublicContext, extra: Partial<OnlineApplicationInput> = {}): OnlineApplicationInput => ({
  applicantKind: "PERSON",
  name: "申请人甲",
  idType: "居民身份证",
  idNumber: idCard(),
  creditCode: "",
  legalRepresentative: "",
  contactPerson: "",
  phone: "13912345678",
  email: "",
  address: "某省某市某路1号",
  postcode: "454000",
  requestText: "2025年本镇农村低保资金发放明细",
  deliveryMethod: "MAIL",
  medium: "PAPER",
  statement: "on",
  ...answered(c),
  ...extra,
});

async function apply(extra: Partial<OnlineApplicationInput> = {}, upload: Upload = null, c = ctx()) {
  return submitOnlineApplication(db, t.agency.slug, input(c, extra), upload, c);
}

beforeAll(async () => {
  t = await makeAgency(db);
});
afterAll(async () => {
  await db.$disconnect();
  await db2.$disconnect();
});

describe("查询码", () => {
  it("is stored only as a hash and opens the case's status", async () => {
    const receipt = await apply({}, PDF);
    const row = await db.onlineApplication.findUniqueOrThrow({ where: { number: receipt.number } });
    expect(row.codeHash).not.toContain(receipt.code.replace(/-/g, ""));
    expect(JSON.stringify(row)).not.toContain(receipt.code);
    const view = await trackOnlineApplication(db, { number: receipt.number, code: receipt.code.toLowerCase() }, ctx());
    expect(view.stage).toBe("SUBMITTED");
    expect(JSON.stringify(view)).not.toContain("申请人甲");
    expect(JSON.stringify(view)).not.toContain("13912345678");
  });

  it("gives the same answer for a wrong code, an unknown number and another case's number", async () => {
    const a = await apply();
    const b = await apply();
    const answers = await Promise.all(
      [
        { number: a.number, code: "AAAA-BBBB-CCCC" },
        { number: `WS2026-Z${RUN.replace(".", "Z")}`, code: a.code },
        { number: b.number, code: a.code },
      ].map((pair) =>
        trackOnlineApplication(db, pair, ctx()).then(
          () => "revealed",
          (error: Error) => `${error.constructor.name}: ${error.message}`,
        ),
      ),
    );
    expect(answers).toEqual(Array(3).fill(`NotFoundError: ${NO_MATCH_MESSAGE}`));
  });

  it("throttles wrong guesses per number, whatever the address, and then even the right code waits", async () => {
    const receipt = await apply();
    for (let i = 0; i < LIMITS.trackPerNumber.max; i++) {
      await expect(
        trackOnlineApplication(db, { number: receipt.number, code: `WRONG-${i}` }, ctx()),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(
      trackOnlineApplication(db, { number: receipt.number, code: receipt.code }, ctx()),
    ).rejects.toBeInstanceOf(TooManyRequestsError);
  });

  it("throttles one address guessing many numbers", async () => {
    const address = `172.16.${RUN}`;
    const outcomes = await Promise.allSettled(
      Array.from({ length: LIMITS.trackPerAddress.max + 5 }, (_, i) =>
        trackOnlineApplication(
          i % 2 ? db : db2,
          { number: `WS2026-G${RUN.replace(".", "X")}X${i}`, code: "X" },
          ctx(address),
        ),
      ),
    );
    const reasons = outcomes.map((o) => (o.status === "rejected" ? (o.reason as Error).constructor.name : "ok"));
    expect(reasons.filter((r) => r === "NotFoundError")).toHaveLength(LIMITS.trackPerAddress.max);
    expect(reasons.filter((r) => r === "TooManyRequestsError")).toHaveLength(5);
  });
});

describe("the form", () => {
  it("refuses an attachment that is not an image or PDF, by its content", async () => {
    const html: Upload = { name: "scan.pdf", data: new Uint8Array(Buffer.from("<html><script>alert(1)</script>")) };
    const error = await apply({}, html).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainValidationError);
    expect((error as DomainValidationError).fieldErrors.attachment[0]).toContain("PDF");
    const big: Upload = { name: "big.png", data: new Uint8Array(2 * 1024 * 1024 + 1).fill(0x89) };
    expect(await apply({}, big).catch((e: DomainValidationError) => e.fieldErrors.attachment[0])).toContain("2 MB");
  });

  it("takes a challenge once, and refuses a wrong answer", async () => {
    const c = ctx();
    const fields = input(c);
    await submitOnlineApplication(db, t.agency.slug, fields, null, c);
    const replay = await submitOnlineApplication(
      db,
      t.agency.slug,
      { ...fields, idNumber: idCard() },
      null,
      ctx(),
    ).catch((e: DomainValidationError) => e.fieldErrors.challengeAnswer[0]);
    expect(replay).toContain("已使用");
    const wrong = input(ctx());
    wrong.challengeAnswer = String(Number(wrong.challengeAnswer) + 1);
    expect(
      await submitOnlineApplication(db, t.agency.slug, wrong, null, ctx()).catch(
        (e: DomainValidationError) => e.fieldErrors.challengeAnswer[0],
      ),
    ).toContain("不正确");
  });

  it("holds the per-address and per-identity limits across two web servers", async () => {
    const address = `192.168.${RUN}`;
    const results = await Promise.allSettled(
      Array.from({ length: LIMITS.applyPerAddress.max + 3 }, (_, i) => {
        const c = ctx(address);
        return submitOnlineApplication(i % 2 ? db : db2, t.agency.slug, input(c), null, c);
      }),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(LIMITS.applyPerAddress.max);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof TooManyRequestsError)).toHaveLength(3);

    const idNumber = idCard();
    const sameIdentity = await Promise.allSettled(
      Array.from({ length: LIMITS.applyPerIdentity.max + 2 }, (_, i) => {
        const c = ctx();
        return submitOnlineApplication(i % 2 ? db : db2, t.agency.slug, input(c, { idNumber }), null, c);
      }),
    );
    expect(sameIdentity.filter((r) => r.status === "fulfilled")).toHaveLength(LIMITS.applyPerIdentity.max);
  });
});

describe("the office", () => {
  it("confirms, asks for 补正, receives it and replies; the applicant sees the same due date", async () => {
    const receipt = await apply({ name: "王五" }, PDF);
    const row = await db.onlineApplication.findUniqueOrThrow({ where: { number: receipt.number } });
    const today = todayInChina();
    const queue = await intakeQueue(db, t.head.actor, today, createWorkingCalendar());
    expect(queue.waiting.map((w) => w.id)).toContain(row.id);

    const registered = await confirmOnlineApplication(db, t.head.actor, {
      id: row.id,
      departmentId: t.farming.id,
      receivedOn: today,
      applicantType: "NATURAL_PERSON",
    });
    expect(registered.channel).toBe("ONLINE");
    let view = await trackOnlineApplication(db, receipt, ctx());
    expect(view.stage).toBe("ACCEPTED");
    expect(view.receivedOn).toBe(today);
    expect(view.dueOn).toBe(
      (await applications.load(db, t.head.actor, registered.id)).dueOn!.toISOString().slice(0, 10),
    );

    await requestCorrection(db, t.head.actor, {
      id: row.id,
      requestedOn: today,
      dueOn: "2099-01-01",
      request: "请写明年份",
    });
    view = await trackOnlineApplication(db, receipt, ctx());
    expect(view.stage).toBe("CORRECTION");
    expect(view.correctionRequest).toBe("请写明年份");
    expect(view.dueOn).toBeNull(); // the clock stops while the correction is awaited

    view = await submitCorrection(db, { ...receipt, text: "2025年" }, PDF, ctx());
    expect(view.stage).toBe("CORRECTION_SENT");
    const detail = await loadOnlineApplication(db, t.head.actor, row.id);
    await receiveCorrection(db, t.head.actor, {
      id: row.id,
      correctionId: detail.corrections[0].id,
      receivedOn: today,
    });
    view = await trackOnlineApplication(db, receipt, ctx());
    expect(view.stage).toBe("ACCEPTED");
    const app = await applications.load(db, t.head.actor, registered.id);
    expect(view.dueOn).toBe(app.dueOn!.toISOString().slice(0, 10));

    await draftReplyLetter(db, t.head.actor, { id: row.id, outcome: "GRANTED", repliedOn: today, facts: "见附件。" });
    view = await trackOnlineApplication(db, receipt, ctx());
    expect(view.stage).toBe("REPLIED");
    expect(view.hasLetter).toBe(true);
  });

  it("counts the unconfirmed on the dashboard and flags those older than one working day", async () => {
    const fresh = await makeAgency(db);
    const c = ctx();
    const receipt = await submitOnlineApplication(db, fresh.agency.slug, input(c), null, c);
    await submitOnlineApplication(db, fresh.agency.slug, input(ctx()), null, ctx());
    await db.onlineApplication.update({
      where: { number: receipt.number },
      data: { submittedOn: new Date("2026-03-02T00:00:00Z") }, // a Monday
    });
    const calendar = createWorkingCalendar();
    expect(await intakeCounts(db, fresh.head.actor, "2026-03-04", calendar)).toEqual({ waiting: 2, overdue: 1 });
    expect(await intakeCounts(db, fresh.officeOfficer.actor, "2026-03-04", calendar)).toEqual({
      waiting: 2,
      overdue: 1,
    });
    expect(await intakeCounts(db, fresh.farmingOfficer.actor, "2026-03-04", calendar)).toBeNull();
    expect(await intakeCounts(db, fresh.admin.actor, "2026-03-04", calendar)).toBeNull();
  });

  it("shows a 补正 and a reply recorded on the application's own page", async () => {
    const receipt = await apply();
    const row = await db.onlineApplication.findUniqueOrThrow({ where: { number: receipt.number } });
    const today = todayInChina();
    const registered = await confirmOnlineApplication(db, t.officeOfficer.actor, {
      id: row.id,
      departmentId: t.office.id,
      receivedOn: today,
      applicantType: "NATURAL_PERSON",
    });
    const event = { untilOn: null, amount: "", outcome: "", occurredOn: today } as const;
    await addApplicationEvent(db, t.officeOfficer.actor, {
      ...event,
      applicationId: registered.id,
      version: registered.version,
      kind: "CORRECTION_REQUESTED",
      note: "请提供身份证明",
    });
    const view = await trackOnlineApplication(db, receipt, ctx());
    expect(view).toMatchObject({ stage: "CORRECTION", correctionRequest: "请提供身份证明" });
    // Told once: the online page refuses a second 补正.
    await expect(
      requestCorrection(db, t.officeOfficer.actor, {
        id: row.id,
        requestedOn: today,
        dueOn: "2099-01-01",
        request: "再补",
      }),
    ).rejects.toThrow("一次性告知");
    // The correction arrives (on paper), and is still unclear: the reply needs the correction first.
    const requested = await applications.load(db, t.officeOfficer.actor, registered.id);
    await addApplicationEvent(db, t.officeOfficer.actor, {
      ...event,
      applicationId: registered.id,
      version: requested.version,
      kind: "CORRECTION_RECEIVED",
      note: "",
    });
    const app = await applications.load(db, t.officeOfficer.actor, registered.id);
    await addApplicationEvent(db, t.officeOfficer.actor, {
      ...event,
      applicationId: registered.id,
      version: app.version,
      kind: "REPLIED",
      outcome: "UNABLE_STILL_UNCLEAR",
      note: "",
    });
    expect((await trackOnlineApplication(db, receipt, ctx())).stage).toBe("REPLIED");
  });

  it("sets aside with a reason the applicant sees", async () => {
    const receipt = await apply();
    const row = await db.onlineApplication.findUniqueOrThrow({ where: { number: receipt.number } });
    await setAsideOnlineApplication(db, t.officeOfficer.actor, { id: row.id, reason: "属于信访事项" });
    const view = await trackOnlineApplication(db, receipt, ctx());
    expect(view).toMatchObject({ stage: "SET_ASIDE", setAsideReason: "属于信访事项" });
  });

  it("keeps the applicant's data and attachments from other officers and the admin", async () => {
    const receipt = await apply({}, PDF);
    const row = await db.onlineApplication.findUniqueOrThrow({
      where: { number: receipt.number },
      include: { attachments: true },
    });
    for (const actor of [t.farmingOfficer.actor, t.admin.actor]) {
      await expect(loadOnlineApplication(db, actor, row.id)).rejects.toThrow("权限");
      await expect(loadAttachment(db, actor, row.attachments[0].id)).rejects.toThrow("权限");
    }
    const attachment = await loadAttachment(db, t.officeOfficer.actor, row.attachments[0].id);
    expect(attachment.contentType).toBe("application/pdf");
  });
});
