"use server";

import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { changeOwnPassword, passwordChangeInput } from "@/lib/admin/users";

/** Any signed-in user may change their own password (scope: their own agency). */
export const changePasswordAction = defineAction({
  schema: passwordChangeInput,
  requires: "account.own",
  permission: ({ actor }) => ["account.own", { agencyId: actor.agencyId }],
  run: async ({ actor, input }) => changeOwnPassword(prisma, actor.userId, input),
  success: () => ({ message: "密码已修改，请使用新密码重新登录。", redirectTo: "/login" }),
  whilePasswordResetPending: true,
});
