"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import type { ActionState } from "@/lib/server/action-state";
import { definePublicAction, uploadOf, type PublicActionState } from "@/lib/server/public-action";
import { newChallenge, type Challenge } from "./challenge";
import {
  confirmOnlineApplication,
  draftReplyLetter,
  receiveCorrection,
  requestCorrection,
  setAsideOnlineApplication,
  uploadReplyLetter,
} from "./operations";
import {
  submitCorrection,
  submitOnlineApplication,
  trackOnlineApplication,
  type Receipt,
  type TrackView,
} from "./public";
import {
  confirmInput,
  correctionInput,
  correctionReceivedInput,
  correctionRequestInput,
  draftLetterInput,
  onlineApplicationInput,
  setAsideInput,
  trackInput,
  uploadLetterInput,
} from "./schemas";

// ------------------------------------------------------------------ public (no account)

export type ApplyData = { receipt?: Receipt; challenge?: Challenge };
export type TrackData = { view?: TrackView };

/** POST of /apply/[slug]: the receipt (number and code, shown once) or the form again with a new challenge. */
export const applyAction = definePublicAction({
  schema: onlineApplicationInput,
  secretFields: ["challengeToken", "challengeAnswer", "attachment"],
  run: async ({ input, formData, request }) =>
    submitOnlineApplication(
      prisma,
      String(formData.get("agency") ?? ""),
      input,
      await uploadOf(formData, "attachment"),
      request,
    ),
  success: (receipt): { data: ApplyData } => ({ data: { receipt } }),
  always: (request) => ({ challenge: newChallenge(request.secret, request.now) }),
}) as (previous: PublicActionState<ApplyData>, formData: FormData) => Promise<PublicActionState<ApplyData>>;

/** POST of /apply/track: the case's status for a right pair, the one answer otherwise. */
export const trackAction = definePublicAction({
  schema: trackInput,
  secretFields: ["code"],
  run: ({ input, request }) => trackOnlineApplication(prisma, input, request),
  success: (view): { data: TrackData } => ({ data: { view } }),
});

/** The applicant's 补正, with the same number and code. */
export const correctionAction = definePublicAction({
  schema: correctionInput,
  secretFields: ["code", "attachment"],
  run: async ({ input, formData, request }) =>
    submitCorrection(prisma, input, await uploadOf(formData, "attachment"), request),
  success: (view): { message: string; data: TrackData } => ({
    message: "补正已提交。公开工作机构确认收到后，答复期限自收到补正之日起重新计算。",
    data: { view },
  }),
});

// ------------------------------------------------------------------ office

const refresh = (id: number) => {
  revalidatePath("/office/online-applications", "layout");
  revalidatePath(`/office/online-applications/${id}`);
  revalidatePath("/office");
  revalidatePath("/office/applications", "layout");
};

const intake = ({ actor }: { actor: { agencyId: number } }) => ["online.intake", { agencyId: actor.agencyId }] as const;

export const confirmAction = defineAction({
  schema: confirmInput,
  // The record kit then asks record.create on the chosen department (an officer: their own; the head: any).
  requires: "online.intake",
  permission: (ctx) => [...intake(ctx)],
  run: async ({ actor, input }) => {
    const registered = await confirmOnlineApplication(prisma, actor, input);
    refresh(input.id);
    return registered;
  },
  success: (registered) => ({ message: `已确认受理，登记号 ${registered.regNo}。` }),
});

export const setAsideAction = defineAction({
  schema: setAsideInput,
  requires: "online.intake",
  permission: (ctx) => [...intake(ctx)],
  run: async ({ actor, input }) => {
    await setAsideOnlineApplication(prisma, actor, input);
    refresh(input.id);
  },
  success: () => ({ message: "已作为非政府信息公开申请处理，申请人可在查询页看到理由。" }),
});

/** The registered application's own permission decides (operations authorize on its department). */
const onRegistered = ({ actor }: { actor: { agencyId: number; departmentId: number | null } }) =>
  ["record.read", { agencyId: actor.agencyId, departmentId: actor.departmentId }] as const;

export const requestCorrectionAction = defineAction({
  schema: correctionRequestInput,
  requires: "record.read",
  permission: (ctx) => [...onRegistered(ctx)],
  run: async ({ actor, input }) => {
    const notices = await requestCorrection(prisma, actor, input);
    refresh(input.id);
    return notices;
  },
  success: (notices) => ({
    message: `已告知补正，申请人可在查询页看到需要补正的事项。${notices.length ? `请注意：${notices.join("；")}。` : ""}`,
  }),
});

export const receiveCorrectionAction = defineAction({
  schema: correctionReceivedInput,
  requires: "record.read",
  permission: (ctx) => [...onRegistered(ctx)],
  run: async ({ actor, input }) => {
    await receiveCorrection(prisma, actor, input);
    refresh(input.id);
  },
  success: () => ({ message: "已确认收到补正，答复期限已重新计算。" }),
});

export const draftLetterAction = defineAction({
  schema: draftLetterInput,
  requires: "record.read",
  permission: (ctx) => [...onRegistered(ctx)],
  run: async ({ actor, input }) => {
    const letter = await draftReplyLetter(prisma, actor, input);
    refresh(input.id);
    return letter;
  },
  success: (letter) => ({ message: `已起草答复书“${letter.filename}”，申请人可在查询页下载。` }),
});

export const uploadLetterAction = defineAction({
  schema: uploadLetterInput,
  requires: "record.read",
  permission: (ctx) => [...onRegistered(ctx)],
  run: async ({ actor, input, formData }) => {
    await uploadReplyLetter(prisma, actor, input, await uploadOf(formData, "letter"));
    refresh(input.id);
  },
  success: () => ({ message: "答复书已上传，申请人可在查询页下载。" }),
});
