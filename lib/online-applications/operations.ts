/**
 * The disclosure office's side of online applications: the intake queue (confirm → a registered
 * application, channel 互联网渠道, received on the day both sides confirm, 条例第三十一条第三项; or set aside
 * with a reason the applicant sees), 补正 requests and the corrections that answer them, and the reply
 * letter (uploaded, or drafted as .docx from the outcome). Every operation takes the actor and authorizes:
 * `online.intake` for the queue and the applicant's data; the registered application's own permissions
 * (through the record kit and the timeline) for what is recorded on it.
 */
import "server-only";
import type { Db } from "@/lib/db";
import { authorize, can, ForbiddenError, roleMay, type Actor } from "@/lib/auth/permissions";
import { ConflictError, DomainValidationError, NotFoundError } from "@/lib/errors";
import { fromIsoDate, todayInChina, toIsoDate, type IsoDate } from "@/lib/calendar/dates";
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { applications } from "@/lib/applications/operations";
import { addApplicationEvent } from "@/lib/applications/timeline";
import type { ApplicationOutcome } from "@/lib/applications/labels";
import {
  APPLICANT_KIND_LABELS,
  DELIVERY_LABELS,
  MEDIUM_LABELS,
  type ApplicantKind,
  type DeliveryMethod,
  type Medium,
} from "./labels";
import { letterDocx, letterText, LETTER_TITLES, letterKindOf } from "./letter";
import { confirmationOverdue } from "./intake-rules";
import type { Upload } from "./public";
import type {
  ConfirmInput,
  CorrectionReceivedInput,
  CorrectionRequestInput,
  DraftLetterInput,
  SetAsideInput,
  UploadLetterInput,
} from "./schemas";

const intakeScope = (actor: Actor) => ({ agencyId: actor.agencyId });

/** The queue: unconfirmed applications first (oldest first, flagged when overdue), then recent decisions. */
export async function intakeQueue(db: Db, actor: Actor, today: IsoDate, calendar: WorkingCalendar) {
  authorize(actor, "online.intake", intakeScope(actor));
  const select = {
    id: true,
    number: true,
    status: true,
    name: true,
    requestText: true,
    submittedOn: true,
    decidedOn: true,
    application: { select: { id: true, regNo: true, repliedOn: true } },
    corrections: { where: { receivedOn: null }, select: { id: true } },
  } as const;
  const [waiting, decided] = await Promise.all([
    db.onlineApplication.findMany({
      where: { agencyId: actor.agencyId, status: "SUBMITTED" },
      orderBy: [{ submittedOn: "asc" }, { id: "asc" }],
      select,
    }),
    db.onlineApplication.findMany({
      where: { agencyId: actor.agencyId, status: { not: "SUBMITTED" } },
      orderBy: [{ decidedOn: "desc" }, { id: "desc" }],
      take: 50,
      select,
    }),
  ]);
  return {
    waiting: waiting.map((row) => ({
      ...row,
      overdue: confirmationOverdue(toIsoDate(row.submittedOn), today, calendar),
    })),
    decided,
  };
}

/** For the dashboard: unconfirmed applications and how many of them are overdue; null when not the actor's work. */
export async function intakeCounts(db: Db, actor: Actor, today: IsoDate, calendar: WorkingCalendar) {
  if (!can(actor, "online.intake", intakeScope(actor))) return null;
  const rows = await db.onlineApplication.findMany({
    where: { agencyId: actor.agencyId, status: "SUBMITTED" },
    select: { submittedOn: true },
  });
  return {
    waiting: rows.length,
    overdue: rows.filter((row) => confirmationOverdue(toIsoDate(row.submittedOn), today, calendar)).length,
  };
}

const detailSelect = {
  id: true,
  agencyId: true,
  number: true,
  status: true,
  applicantKind: true,
  name: true,
  idType: true,
  idNumber: true,
  creditCode: true,
  legalRepresentative: true,
  contactPerson: true,
  phone: true,
  email: true,
  address: true,
  postcode: true,
  requestText: true,
  deliveryMethod: true,
  medium: true,
  submittedOn: true,
  setAsideReason: true,
  decidedOn: true,
  correctionRequest: true,
  correctionDueOn: true,
  attachments: {
    select: { id: true, filename: true, contentType: true, size: true, correctionId: true },
    orderBy: { id: "asc" as const },
  },
  corrections: { select: { id: true, text: true, receivedOn: true, createdAt: true }, orderBy: { id: "asc" as const } },
  application: {
    select: {
      id: true,
      agencyId: true,
      departmentId: true,
      regNo: true,
      receivedOn: true,
      dueOn: true,
      repliedOn: true,
      outcome: true,
      version: true,
      department: { select: { name: true } },
      replyLetters: {
        select: { id: true, filename: true, drafted: true, createdAt: true },
        orderBy: { id: "desc" as const },
      },
    },
  },
} as const;

/**
 * One online application with the applicant's data: for the intake roles, and once registered also for
 * those who may read the registered application's personal data (its handling department, the head).
 */
/** Roles that can never open an online application (admin, county) are refused before anything is looked up. */
export function refuseOutsiders(actor: Actor): void {
  if (!roleMay(actor.role, "online.intake") && !roleMay(actor.role, "record.read")) {
    throw new ForbiddenError("online.intake");
  }
}

export async function loadOnlineApplication(db: Db, actor: Actor, id: number) {
  refuseOutsiders(actor);
  const row = await db.onlineApplication.findFirst({ where: { id, agencyId: actor.agencyId }, select: detailSelect });
  if (!row) throw new NotFoundError("该网上申请不存在。");
  const app = row.application;
  const readsRegistered =
    !!app &&
    can(actor, "record.read", { agencyId: app.agencyId, departmentId: app.departmentId }) &&
    can(actor, "applicant.personal.read", { agencyId: app.agencyId, departmentId: app.departmentId });
  if (!readsRegistered) authorize(actor, "online.intake", intakeScope(actor));
  return row;
}

export type OnlineApplicationDetail = Awaited<ReturnType<typeof loadOnlineApplication>>;

/** How the registered application names the applicant and how to reach them. */
function contactOf(row: OnlineApplicationDetail): string {
  return [
    `电话 ${row.phone}`,
    row.email && `电子邮箱 ${row.email}`,
    `地址 ${row.address}${row.postcode ? `（${row.postcode}）` : ""}`,
    row.applicantKind === "ORGANIZATION" && `联系人 ${row.contactPerson}`,
  ]
    .filter(Boolean)
    .join("；")
    .slice(0, 200);
}

/** The request as registered: the description plus how the applicant wants the information. */
function requestOf(row: OnlineApplicationDetail): string {
  return `${row.requestText}\n（获取方式：${DELIVERY_LABELS[row.deliveryMethod as DeliveryMethod]}；载体形式：${MEDIUM_LABELS[row.medium as Medium]}；网上申请编号 ${row.number}）`.slice(
    0,
    4000,
  );
}

/** Confirms the application: it becomes a registered application (the record kit numbers it, computes the due date). */
export async function confirmOnlineApplication(db: Db, actor: Actor, input: ConfirmInput, today = todayInChina()) {
  const row = await loadOnlineApplication(db, actor, input.id);
  authorize(actor, "online.intake", intakeScope(actor));
  if (row.status !== "SUBMITTED") throw new ConflictError("该网上申请已处理过，请刷新。");
  const submittedOn = toIsoDate(row.submittedOn);
  if (input.receivedOn < submittedOn)
    throw new DomainValidationError({ receivedOn: [`双方确认日期不能早于网上提交日期（${submittedOn}）。`] });
  if (row.applicantKind === "PERSON" && input.applicantType !== "NATURAL_PERSON")
    throw new DomainValidationError({ applicantType: ["申请人是公民的，申请人类型为自然人。"] });
  const registered = await applications.create(
    db,
    actor,
    {
      departmentId: input.departmentId,
      channel: "ONLINE",
      submittedOn,
      receivedOn: input.receivedOn,
      applicantType: input.applicantType,
      applicantName: row.name,
      applicantContact: contactOf(row),
      requestText: requestOf(row),
    },
    today,
  );
  // Claimed only while still unconfirmed: a second officer confirming at the same moment is refused.
  const claimed = await db.onlineApplication.updateMany({
    where: { id: row.id, status: "SUBMITTED" },
    data: {
      status: "ACCEPTED",
      applicationId: registered.id,
      decidedOn: fromIsoDate(input.receivedOn),
      decidedById: actor.userId,
    },
  });
  if (claimed.count === 0) {
    await applications.delete(db, actor, { id: registered.id, version: registered.version }, today);
    throw new ConflictError("该网上申请已被他人处理，请刷新。");
  }
  return registered;
}

/** Not an application (信访、咨询…): set aside with the reason the applicant will see (条例第三十九条). */
export async function setAsideOnlineApplication(db: Db, actor: Actor, input: SetAsideInput, today = todayInChina()) {
  const row = await loadOnlineApplication(db, actor, input.id);
  authorize(actor, "online.intake", intakeScope(actor));
  const claimed = await db.onlineApplication.updateMany({
    where: { id: row.id, status: "SUBMITTED" },
    data: {
      status: "SET_ASIDE",
      setAsideReason: input.reason,
      decidedOn: fromIsoDate(today),
      decidedById: actor.userId,
    },
  });
  if (claimed.count === 0) throw new ConflictError("该网上申请已处理过，请刷新。");
}

function registeredOf(row: OnlineApplicationDetail) {
  if (!row.application) throw new ConflictError("该网上申请尚未确认受理。");
  return row.application;
}

/** A 补正 request: recorded on the timeline (the clock stops) and shown to the applicant with its deadline. */
export async function requestCorrection(db: Db, actor: Actor, input: CorrectionRequestInput, today = todayInChina()) {
  const row = await loadOnlineApplication(db, actor, input.id);
  const app = registeredOf(row);
  // 条例第三十条: the applicant is told once (一次性告知) everything to supply.
  const told = await db.applicationEvent.count({ where: { applicationId: app.id, kind: "CORRECTION_REQUESTED" } });
  if (row.correctionRequest || told) throw new ConflictError("已告知过补正；补正应一次性告知，不能再次告知。");
  if (app.repliedOn) throw new ConflictError("该申请已答复，不能再告知补正。");
  if (input.dueOn <= input.requestedOn) throw new DomainValidationError({ dueOn: ["补正期限应晚于告知补正日期。"] });
  const { notices } = await addApplicationEvent(
    db,
    actor,
    {
      applicationId: app.id,
      version: app.version,
      kind: "CORRECTION_REQUESTED",
      occurredOn: input.requestedOn,
      untilOn: null,
      amount: "",
      outcome: "",
      note: `需要补正：${input.request}（补正期限 ${input.dueOn}）`.slice(0, 500),
    },
    today,
  );
  await db.onlineApplication.update({
    where: { id: row.id },
    data: { correctionRequest: input.request, correctionDueOn: fromIsoDate(input.dueOn) },
  });
  return notices;
}

/** The applicant's correction is received: 收到补正 on the timeline, the clock runs again from that day. */
export async function receiveCorrection(db: Db, actor: Actor, input: CorrectionReceivedInput, today = todayInChina()) {
  const row = await loadOnlineApplication(db, actor, input.id);
  const app = registeredOf(row);
  const correction = row.corrections.find((c) => c.id === input.correctionId);
  if (!correction) throw new NotFoundError("该补正不存在。");
  if (correction.receivedOn) throw new ConflictError("该补正已确认收到。");
  await addApplicationEvent(
    db,
    actor,
    {
      applicationId: app.id,
      version: app.version,
      kind: "CORRECTION_RECEIVED",
      occurredOn: input.receivedOn,
      untilOn: null,
      amount: "",
      outcome: "",
      note: "申请人网上提交补正",
    },
    today,
  );
  await db.onlineCorrection.update({
    where: { id: correction.id },
    data: { receivedOn: fromIsoDate(input.receivedOn) },
  });
}

/**
 * Drafts the reply letter from the outcome: records the reply (答复, with the outcome) on the timeline
 * unless it is there already, then stores the .docx the applicant will download.
 */
export async function draftReplyLetter(db: Db, actor: Actor, input: DraftLetterInput, today = todayInChina()) {
  const row = await loadOnlineApplication(db, actor, input.id);
  const app = registeredOf(row);
  authorize(actor, "record.update", { agencyId: app.agencyId, departmentId: app.departmentId });
  let outcome = app.outcome as ApplicationOutcome | null;
  let repliedOn = app.repliedOn ? toIsoDate(app.repliedOn) : null;
  if (!repliedOn) {
    await addApplicationEvent(
      db,
      actor,
      {
        applicationId: app.id,
        version: app.version,
        kind: "REPLIED",
        occurredOn: input.repliedOn,
        untilOn: null,
        amount: "",
        outcome: input.outcome,
        note: "网上申请：答复书由系统起草",
      },
      today,
    );
    outcome = input.outcome;
    repliedOn = input.repliedOn;
  }
  const agency = await db.agency.findUniqueOrThrow({ where: { id: app.agencyId }, select: { name: true } });
  const text = letterText(
    {
      agencyName: agency.name,
      applicantName: row.name,
      regNo: app.regNo,
      receivedOn: toIsoDate(app.receivedOn),
      requestText: row.requestText,
      issuedOn: repliedOn,
      facts: input.facts,
    },
    { outcome: outcome ?? input.outcome },
  );
  const data = await letterDocx(text);
  const title = LETTER_TITLES[letterKindOf(outcome ?? input.outcome)];
  return db.replyLetter.create({
    data: {
      applicationId: app.id,
      filename: `${title}（${app.regNo}）.docx`,
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      size: data.length,
      data: new Uint8Array(data),
      drafted: true,
      createdById: actor.userId,
    },
    select: { id: true, filename: true },
  });
}

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** An uploaded reply letter: a PDF or a Word (.docx) file, judged by its content, once the reply is recorded. */
export async function uploadReplyLetter(db: Db, actor: Actor, input: UploadLetterInput, upload: Upload) {
  const row = await loadOnlineApplication(db, actor, input.id);
  const app = registeredOf(row);
  authorize(actor, "record.update", { agencyId: app.agencyId, departmentId: app.departmentId });
  if (!app.repliedOn)
    throw new DomainValidationError({ letter: ["请先在办理记录中记录答复（含办理结果），再上传答复书。"] });
  if (!upload || upload.data.length === 0) throw new DomainValidationError({ letter: ["请选择答复书文件。"] });
  if (upload.data.length > 3 * 1024 * 1024) throw new DomainValidationError({ letter: ["答复书不能超过 3 MB。"] });
  const bytes = upload.data;
  const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isPdf && !isZip) throw new DomainValidationError({ letter: ["答复书只能是 PDF 或 Word（.docx）文件。"] });
  const base = (upload.name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .replace(/\.[^.]*$/, "");
  return db.replyLetter.create({
    data: {
      applicationId: app.id,
      filename: `${base.slice(0, 80) || "答复书"}.${isPdf ? "pdf" : "docx"}`,
      contentType: isPdf ? "application/pdf" : DOCX_TYPE,
      size: bytes.length,
      data: new Uint8Array(bytes),
      drafted: false,
      createdById: actor.userId,
    },
    select: { id: true },
  });
}

/** An attachment of an online application, for those who may read the application. */
export async function loadAttachment(db: Db, actor: Actor, id: number) {
  const attachment = await db.onlineAttachment.findUnique({
    where: { id },
    select: { onlineApplicationId: true, filename: true, contentType: true, data: true },
  });
  if (!attachment) throw new NotFoundError("附件不存在。");
  await loadOnlineApplication(db, actor, attachment.onlineApplicationId);
  return attachment;
}

/** A reply letter, for those who may read its application. */
export async function loadReplyLetter(db: Db, actor: Actor, id: number) {
  const letter = await db.replyLetter.findUnique({
    where: { id },
    select: { applicationId: true, filename: true, contentType: true, data: true },
  });
  if (!letter) throw new NotFoundError("答复书不存在。");
  await applications.load(db, actor, letter.applicationId);
  return letter;
}

export const applicantKindLabel = (kind: string) => APPLICANT_KIND_LABELS[kind as ApplicantKind] ?? kind;

/** The 补正通知书 (.docx) of an application whose 补正 has been asked, drafted from the request as recorded. */
export async function correctionNotice(db: Db, actor: Actor, id: number) {
  const row = await loadOnlineApplication(db, actor, id);
  const app = registeredOf(row);
  if (!row.correctionRequest || !row.correctionDueOn) throw new NotFoundError("该申请没有告知补正。");
  const agency = await db.agency.findUniqueOrThrow({ where: { id: app.agencyId }, select: { name: true } });
  const requested = await db.applicationEvent.findFirst({
    where: { applicationId: app.id, kind: "CORRECTION_REQUESTED" },
    orderBy: { id: "desc" },
    select: { occurredOn: true },
  });
  const data = await letterDocx(
    letterText(
      {
        agencyName: agency.name,
        applicantName: row.name,
        regNo: app.regNo,
        receivedOn: toIsoDate(app.receivedOn),
        requestText: row.requestText,
        issuedOn: requested ? toIsoDate(requested.occurredOn) : todayInChina(),
        facts: row.correctionRequest,
      },
      { correctionDueOn: toIsoDate(row.correctionDueOn) },
    ),
  );
  return {
    filename: `${LETTER_TITLES.CORRECTION}（${app.regNo}）.docx`,
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    data: new Uint8Array(data),
  };
}
