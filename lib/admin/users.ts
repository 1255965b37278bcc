import "server-only";
import type { Db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { z, fields } from "@/lib/validation";

const password = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const userCreateInput = z
  .object({
    login: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.-]{3,32}$/, "登录名为 3–32 位字母、数字、下划线、点或连字符。"),
    displayName: fields.text("姓名", 30),
    role: z.enum(["OFFICER", "HEAD", "ADMIN"], { message: "请选择角色。" }),
    departmentId: z.coerce
      .number()
      .int()
      .optional()
      .or(z.literal("").transform(() => undefined)),
    password,
  })
  .superRefine((v, ctx) => {
    if (v.role === "OFFICER" && !v.departmentId)
      ctx.addIssue({ code: "custom", path: ["departmentId"], message: "信息员必须归属一个科室。" });
  });

export const passwordResetInput = z.object({ userId: fields.id("用户"), password });
export const userActiveInput = z.object({ userId: fields.id("用户"), active: fields.checkbox });
export const passwordChangeInput = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码。"),
    newPassword: password,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "两次输入的新密码不一致。",
  });

/** The agency's users with their role and department (never password hashes). */
export async function listUsers(db: Db, actor: Actor) {
  authorize(actor, "user.manage", { agencyId: actor.agencyId });
  const memberships = await db.membership.findMany({
    where: { agencyId: actor.agencyId },
    include: {
      user: { select: { id: true, login: true, displayName: true, active: true } },
      department: { select: { name: true } },
    },
    orderBy: [{ role: "asc" }, { userId: "asc" }],
  });
  return memberships.map((m) => ({ ...m.user, role: m.role, departmentName: m.department?.name ?? null }));
}

export async function createUser(db: Db, actor: Actor, input: z.infer<typeof userCreateInput>) {
  authorize(actor, "user.manage", { agencyId: actor.agencyId });
  if (await db.user.findUnique({ where: { login: input.login } }))
    throw new DomainValidationError({ login: [`登录名“${input.login}”已被使用。`] });
  if (input.role === "OFFICER") {
    const department = await db.department.findFirst({
      where: { id: input.departmentId, agencyId: actor.agencyId, active: true },
    });
    if (!department) throw new DomainValidationError({ departmentId: ["请选择本机关的在用科室。"] });
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { login: input.login, displayName: input.displayName, passwordHash } });
    await tx.membership.create({
      data: {
        userId: user.id,
        agencyId: actor.agencyId,
        role: input.role,
        departmentId: input.role === "OFFICER" ? input.departmentId : null,
      },
    });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "create",
      entityType: "User",
      entityId: user.id,
      after: {
        login: user.login,
        displayName: user.displayName,
        role: input.role,
        departmentId: input.departmentId ?? null,
      },
    });
    return user;
  });
}

/** Deactivating ends the user's sessions at once (the session version moves on). */
export async function setUserActive(db: Db, actor: Actor, input: z.infer<typeof userActiveInput>) {
  const user = await memberUser(db, actor, input.userId);
  if (user.id === actor.userId && !input.active) throw new DomainValidationError({ userId: ["不能停用自己的账号。"] });
  return db.$transaction(async (tx) => {
    const after = await tx.user.update({
      where: { id: user.id },
      data: { active: input.active, sessionVersion: input.active ? undefined : { increment: 1 } },
    });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: input.active ? "user.activate" : "user.deactivate",
      entityType: "User",
      entityId: user.id,
      before: { active: user.active },
      after: { active: after.active },
    });
  });
}

export async function resetPassword(db: Db, actor: Actor, input: z.infer<typeof passwordResetInput>) {
  const user = await memberUser(db, actor, input.userId);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "password.reset",
      entityType: "User",
      entityId: user.id,
    });
  });
}

/** A user changes their own password; other sessions of theirs end. */
export async function changeOwnPassword(db: Db, userId: number, input: z.infer<typeof passwordChangeInput>) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError("用户不存在。");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw new DomainValidationError({ currentPassword: ["当前密码不正确。"] });
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const after = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, { agencyId: null, userId, action: "password.change", entityType: "User", entityId: userId });
    return after;
  });
}

async function memberUser(db: Db, actor: Actor, userId: number) {
  authorize(actor, "user.manage", { agencyId: actor.agencyId });
  const membership = await db.membership.findFirst({
    where: { userId, agencyId: actor.agencyId },
    include: { user: true },
  });
  if (!membership) throw new NotFoundError("用户不存在。");
  return membership.user;
}
