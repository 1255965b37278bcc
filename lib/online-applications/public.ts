/**
 * What the public does without an account: apply online, track the case with 申请编号 + 查询码, send a
 * 补正, download the reply letter. Each look-up by number and code is throttled (per address and per
 * number, in PostgreSQL) and answers a wrong pair exactly like an unknown number; the code is compared
 * as a scrypt hash in constant time. Nothing returned here carries the applicant's personal data.
 */
import "server-only";
import type { Db } from "@/lib/db";
import { DomainValidationError, NotFoundError, TooManyRequestsError } from "@/lib/errors";
import { fromIsoDate, todayInChina, toIsoDate, yearOf, type IsoDate } from "@/lib/calendar/dates";
import { CHALLENGE_MINUTES, checkChallenge } from "./challenge";
import { LIMITS, release, reserve, type Limit } from "./limits";
import {
  hashQueryCode,
  keyedHash,
  newApplicationNumber,
  newQueryCode,
  normaliseCode,
  verifyQueryCode,
} from "./secrets";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_LABEL, safeFilename, sniffAttachment } from "./sniff";
import type { CorrectionInput, OnlineApplicationInput, TrackInput } from "./schemas";
import type { TrackingStage } from "./labels";
import { trackingStage } from "./tracking";

/** A file as the form sent it (an empty file input is null). */
export type Upload = { name: string; data: Uint8Array } | null;

/** Who sent the request and what the server signs with. */
export type PublicContext = { clientAddress: string; secret: string; now: Date };

/** The one answer for an unknown number and a wrong code (and a number of another agency). */
export const NO_MATCH_MESSAGE = "申请编号或查询码不正确。请核对回执上的申请编号和查询码（不区分大小写）。";

/** The attachment as it will be stored, or a refusal at the field. */
export function checkedAttachment(upload: Upload, field = "attachment") {
  if (!upload || upload.data.length === 0) return null;
  if (upload.data.length > MAX_ATTACHMENT_BYTES)
    throw new DomainValidationError({ [field]: [`附件不能超过 ${MAX_ATTACHMENT_LABEL}。`] });
  const type = sniffAttachment(upload.data);
  if (!type)
    throw new DomainValidationError({
      [field]: ["附件只能是图片（JPG、PNG、GIF）或 PDF 文件；按文件内容判断，不看文件名。"],
    });
  return { filename: safeFilename(upload.name, type), contentType: type, size: upload.data.length, data: upload.data };
}

function limit(bucket: keyof typeof LIMITS, key: string): Limit {
  return { bucket, key, ...LIMITS[bucket] };
}

function throwIfRefused(reservation: Awaited<ReturnType<typeof reserve>>) {
  if (!reservation.ok) throw new TooManyRequestsError(reservation.retryAt);
  return reservation.ids;
}

export type Receipt = { number: string; code: string; agencyName: string; submittedOn: IsoDate };

export async function submitOnlineApplication(
  db: Db,
  slug: string,
  input: OnlineApplicationInput,
  upload: Upload,
  ctx: PublicContext,
): Promise<Receipt> {
  const agency = await db.agency.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!agency) throw new NotFoundError("没有这个机关。");
  const challenge = checkChallenge(ctx.secret, input.challengeToken, input.challengeAnswer, ctx.now);
  // A token gets one answer, right or wrong: guessing the sum means asking for a new question each time.
  if ("id" in challenge && !(await spendChallenge(db, challenge.id)))
    throw new DomainValidationError({ challengeAnswer: ["该验证题已使用过，请回答新的验证题。"] });
  if (!challenge.ok)
    throw new DomainValidationError({
      challengeAnswer: [
        challenge.reason === "wrong" ? "验证题答案不正确，请回答新的验证题。" : "验证题已过期，请回答新的验证题。",
      ],
    });
  const attachment = checkedAttachment(upload);
  const identity = input.applicantKind === "PERSON" ? input.idNumber : input.creditCode;
  throwIfRefused(
    await reserve(
      db,
      [
        limit("applyPerAddress", ctx.clientAddress),
        limit("applyPerIdentity", keyedHash(ctx.secret, "identity", identity)),
      ],
      ctx.now,
    ),
  );
  const code = newQueryCode();
  const submittedOn = todayInChina(ctx.now);
  const created = await db.onlineApplication.create({
    data: {
      agencyId: agency.id,
      number: newApplicationNumber(yearOf(submittedOn)),
      codeHash: hashQueryCode(code),
      applicantKind: input.applicantKind,
      name: input.name,
      ...(input.applicantKind === "PERSON"
        ? { idType: input.idType, idNumber: input.idNumber }
        : {
            creditCode: input.creditCode,
            legalRepresentative: input.legalRepresentative,
            contactPerson: input.contactPerson,
          }),
      phone: input.phone,
      email: input.email,
      address: input.address,
      postcode: input.postcode,
      requestText: input.requestText,
      deliveryMethod: input.deliveryMethod,
      medium: input.medium,
      submittedOn: fromIsoDate(submittedOn),
      attachments: attachment ? { create: { ...attachment, data: Buffer.from(attachment.data) } } : undefined,
    },
    select: { number: true },
  });
  return { number: created.number, code, agencyName: agency.name, submittedOn };
}

/** Marks a challenge used; false when it already was (a replayed form). */
async function spendChallenge(db: Db, id: string): Promise<boolean> {
  const inserted = await db.$executeRaw`INSERT INTO "UsedChallenge" ("id") VALUES (${id}) ON CONFLICT DO NOTHING`;
  // A used challenge matters only while its token could still be answered; older rows are dropped now and then.
  if (Math.random() < 0.02)
    await db.usedChallenge.deleteMany({
      where: { createdAt: { lt: new Date(Date.now() - 2 * CHALLENGE_MINUTES * 60_000) } },
    });
  return inserted === 1;
}

const trackedSelect = {
  id: true,
  number: true,
  codeHash: true,
  status: true,
  submittedOn: true,
  setAsideReason: true,
  decidedOn: true,
  correctionRequest: true,
  correctionDueOn: true,
  agency: { select: { name: true } },
  corrections: { select: { receivedOn: true }, orderBy: { id: "desc" as const }, take: 1 },
  application: {
    select: {
      id: true,
      regNo: true,
      receivedOn: true,
      dueOn: true,
      repliedOn: true,
      replyLetters: { select: { id: true }, orderBy: { id: "desc" as const }, take: 1 },
      events: { select: { kind: true, note: true }, orderBy: { id: "asc" as const } },
    },
  },
} as const;

/**
 * The application for a number and code, or NotFoundError with the one message. The look-up counts as a
 * failure (per address, per number) until the code proves right; past the limit even the right pair waits.
 */
async function findByCode(db: Db, number: string, code: string, ctx: PublicContext) {
  const key = normaliseCode(number);
  const ids = throwIfRefused(
    await reserve(
      db,
      [limit("trackPerAddress", ctx.clientAddress), limit("trackPerNumber", keyedHash(ctx.secret, "number", key))],
      ctx.now,
    ),
  );
  const found = await db.onlineApplication.findFirst({
    where: { number: { equals: formatNumber(key) } },
    select: trackedSelect,
  });
  // The hash runs whether or not the number exists: an unknown number costs what a wrong code costs.
  if (!verifyQueryCode(code, found?.codeHash ?? null) || !found) throw new NotFoundError(NO_MATCH_MESSAGE);
  await release(db, ids);
  return found;
}

/** "WS2026ABCD1234" (typed without the dash, any case) → "WS2026-ABCD1234". */
function formatNumber(normalised: string): string {
  return /^WS\d{4}[0-9A-Z]{8}$/.test(normalised) ? `${normalised.slice(0, 6)}-${normalised.slice(6)}` : normalised;
}

export type TrackView = {
  number: string;
  agencyName: string;
  stage: TrackingStage;
  submittedOn: IsoDate;
  regNo: string | null;
  receivedOn: IsoDate | null;
  dueOn: IsoDate | null;
  correctionRequest: string | null;
  correctionDueOn: IsoDate | null;
  setAsideReason: string | null;
  decidedOn: IsoDate | null;
  repliedOn: IsoDate | null;
  hasLetter: boolean;
};

function viewOf(found: Awaited<ReturnType<typeof findByCode>>): TrackView {
  const app = found.application;
  const stage = trackingStage({
    status: found.status,
    replied: !!app?.repliedOn,
    events: app?.events ?? [],
    corrections: found.corrections.map((c) => ({ received: !!c.receivedOn })),
  });
  const asking = stage === "CORRECTION" || stage === "CORRECTION_SENT";
  // What to supply: as told through the online page, else the note of the 补正 recorded on the application.
  const askedNote = app?.events.findLast((e) => e.kind === "CORRECTION_REQUESTED")?.note ?? "";
  return {
    number: found.number,
    agencyName: found.agency.name,
    stage,
    submittedOn: toIsoDate(found.submittedOn),
    regNo: app?.regNo ?? null,
    receivedOn: app ? toIsoDate(app.receivedOn) : null,
    dueOn: app?.dueOn ? toIsoDate(app.dueOn) : null,
    correctionRequest: asking
      ? found.correctionRequest || askedNote || "请联系政府信息公开工作机构了解需要补正的事项。"
      : null,
    correctionDueOn: asking && found.correctionDueOn ? toIsoDate(found.correctionDueOn) : null,
    setAsideReason: found.status === "SET_ASIDE" ? found.setAsideReason : null,
    decidedOn: found.decidedOn ? toIsoDate(found.decidedOn) : null,
    repliedOn: app?.repliedOn ? toIsoDate(app.repliedOn) : null,
    hasLetter: !!app?.repliedOn && app.replyLetters.length > 0,
  };
}

export async function trackOnlineApplication(db: Db, input: TrackInput, ctx: PublicContext): Promise<TrackView> {
  return viewOf(await findByCode(db, input.number, input.code, ctx));
}

/** The applicant's 补正, sent with the same code while a 补正 is asked for. */
export async function submitCorrection(
  db: Db,
  input: CorrectionInput,
  upload: Upload,
  ctx: PublicContext,
): Promise<TrackView> {
  const found = await findByCode(db, input.number, input.code, ctx);
  if (viewOf(found).stage !== "CORRECTION")
    throw new DomainValidationError({}, "当前无需补正，或补正已提交、正在确认。请刷新办理进度。");
  const attachment = checkedAttachment(upload);
  await db.onlineCorrection.create({
    data: {
      onlineApplicationId: found.id,
      text: input.text,
      attachments: attachment
        ? { create: { ...attachment, data: Buffer.from(attachment.data), onlineApplicationId: found.id } }
        : undefined,
    },
  });
  return trackOnlineApplication(db, input, ctx);
}

/** The latest reply letter of a replied case, for its applicant. */
export async function replyLetterForApplicant(db: Db, input: TrackInput, ctx: PublicContext) {
  const found = await findByCode(db, input.number, input.code, ctx);
  const letterId = found.application?.repliedOn ? found.application.replyLetters[0]?.id : undefined;
  if (!letterId) throw new NotFoundError("答复书尚未上传。");
  return db.replyLetter.findUniqueOrThrow({
    where: { id: letterId },
    select: { filename: true, contentType: true, data: true },
  });
}
