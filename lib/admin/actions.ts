"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { createDepartment, departmentInput, departmentUpdateInput, updateDepartment } from "@/lib/admin/departments";
import { agencySettingsInput, updateAgencySettings } from "@/lib/admin/agency";
import {
  createUser,
  passwordResetInput,
  resetPassword,
  setUserActive,
  userActiveInput,
  userCreateInput,
} from "@/lib/admin/users";

const agencyScope = ({ actor }: { actor: { agencyId: number } }) => ({ agencyId: actor.agencyId });

export const createDepartmentAction = defineAction({
  once: "admin.createDepartmentAction",
  schema: departmentInput,
  requires: "department.manage",
  permission: (ctx) => ["department.manage", agencyScope(ctx)],
  run: async ({ actor, input }) => {
    await createDepartment(prisma, actor, input);
    revalidatePath("/office/admin/departments");
  },
  success: () => ({ message: "科室已添加。", values: {} }),
});

export const updateDepartmentAction = defineAction({
  schema: departmentUpdateInput,
  requires: "department.manage",
  permission: (ctx) => ["department.manage", agencyScope(ctx)],
  run: async ({ actor, input }) => {
    await updateDepartment(prisma, actor, input);
    revalidatePath("/office/admin/departments");
  },
  success: () => ({ message: "科室已更新。" }),
});

export const createUserAction = defineAction({
  once: "admin.createUserAction",
  schema: userCreateInput,
  requires: "user.manage",
  permission: (ctx) => ["user.manage", agencyScope(ctx)],
  run: async ({ actor, input }) => {
    await createUser(prisma, actor, input);
    revalidatePath("/office/admin/users");
  },
  success: (_r, { input }) => ({ message: `用户“${input.displayName}”已创建。`, values: {} }),
});

export const setUserActiveAction = defineAction({
  schema: userActiveInput,
  requires: "user.manage",
  permission: (ctx) => ["user.manage", agencyScope(ctx)],
  run: async ({ actor, input }) => {
    await setUserActive(prisma, actor, input);
    revalidatePath("/office/admin/users");
  },
  success: (_r, { input }) => ({ message: input.active ? "账号已启用。" : "账号已停用，其登录会话已失效。" }),
});

export const resetPasswordAction = defineAction({
  schema: passwordResetInput,
  requires: "user.manage",
  permission: (ctx) => ["user.manage", agencyScope(ctx)],
  run: async ({ actor, input }) => resetPassword(prisma, actor, input),
  success: () => ({ message: "密码已重置。请将新密码告知本人，其下次登录时须改设自己的密码。" }),
});

export const updateAgencySettingsAction = defineAction({
  schema: agencySettingsInput,
  requires: "agency.settings",
  permission: (ctx) => ["agency.settings", agencyScope(ctx)],
  run: async ({ actor, input }) => {
    await updateAgencySettings(prisma, actor, input);
    revalidatePath("/office/admin/agency");
  },
  success: () => ({ message: "设置已保存。" }),
});
