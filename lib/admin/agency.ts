import "server-only";
import type { Db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { z } from "@/lib/validation";

const optionalInt = (min: number, max: number, message: string) =>
  z.union([z.literal("").transform(() => null), z.coerce.number().int(message).min(min, message).max(max, message)]);

export const agencySettingsInput = z
  .object({
    reportTitleName: z.string().trim().max(40, "不能超过 40 个字。"),
    feeDecimals: z.coerce
      .number()
      .int("请填写 0–6 的整数。")
      .min(0, "请填写 0–6 的整数。")
      .max(6, "请填写 0–6 的整数。"),
    internalDeadlineMonth: optionalInt(1, 3, "内部期限须在 1–3 月。"),
    internalDeadlineDay: optionalInt(1, 31, "请填写 1–31 的日期。"),
  })
  .superRefine((v, ctx) => {
    if ((v.internalDeadlineMonth === null) !== (v.internalDeadlineDay === null)) {
      ctx.addIssue({
        code: "custom",
        path: ["internalDeadlineDay"],
        message: "内部期限的月和日须同时填写或同时留空。",
      });
    }
    const days = [0, 31, 29, 31];
    if (v.internalDeadlineMonth && v.internalDeadlineDay && v.internalDeadlineDay > days[v.internalDeadlineMonth]) {
      ctx.addIssue({ code: "custom", path: ["internalDeadlineDay"], message: "该月没有这一天。" });
    }
  });

export async function getAgencySettings(db: Db, actor: Actor) {
  authorize(actor, "agency.settings", { agencyId: actor.agencyId });
  return db.agency.findUniqueOrThrow({ where: { id: actor.agencyId } });
}

/** Report settings of the agency: the name in the report title, 万元 decimals, the internal deadline. */
export async function updateAgencySettings(db: Db, actor: Actor, input: z.infer<typeof agencySettingsInput>) {
  const before = await getAgencySettings(db, actor);
  return db.$transaction(async (tx) => {
    const after = await tx.agency.update({
      where: { id: actor.agencyId },
      data: { ...input, reportTitleName: input.reportTitleName || null },
    });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "update",
      entityType: "Agency",
      entityId: actor.agencyId,
      before,
      after,
    });
    return after;
  });
}
