import "server-only";
import type { Db } from "@/lib/db";
import { authorize, ForbiddenError, type Actor } from "@/lib/auth/permissions";
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
    role: z.enum(["OFFICER", "HEAD", "ADMIN", "COUNTY"], { message: "请选择角色。" }),
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

/**
 * The agency's users with their role and department (never password hashes). `managedHere`: every role
 * of the user is in this agency, so this agency's admin may deactivate them or reset their password.
 */
export async function listUsers(db: Db, actor: Actor) {
  authorize(actor, "user.manage", { agencyId: actor.agencyId });
  const memberships = await db.membership.findMany({
    where: { agencyId: actor.agencyId },
    include: {
      user: {
        select: { id: true, login: true, displayName: true, active: true, memberships: { select: { agencyId: true } } },
      },
      department: { select: { name: true } },
    },
    orderBy: [{ role: "asc" }, { userId: "asc" }],
  });
  return memberships.map(({ user: { memberships: roles, ...user }, ...m }) => ({
    ...user,
    role: m.role,
    departmentName: m.department?.name ?? null,
    managedHere: roles.every((r) => r.agencyId === actor.agencyId),
  }));
}

/** Whether the agency has agencies under it (only then can it have 督查 accounts: the county's desk). */
export async function supervisesAgencies(db: Db, agencyId: number): Promise<boolean> {
  return (await db.agency.count({ where: { parentId: agencyId } })) > 0;
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
  if (input.role === "COUNTY" && !(await supervisesAgencies(db, actor.agencyId)))
    throw new DomainValidationError({ role: ["本机关没有下级机关，不能设置督查账号。"] });
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

/**
 * An admin sets a password for a user who lost theirs. The user's sessions end, and at the next sign-in
 * they must set a password of their own (told that an admin reset it) before anything else.
 */
export async function resetPassword(db: Db, actor: Actor, input: z.infer<typeof passwordResetInput>, now = new Date()) {
  const user = await memberUser(db, actor, input.userId);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, mustChangePassword: true, passwordResetAt: now },
    });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "password.reset",
      entityType: "User",
      entityId: user.id,
    });
  });
}

/** A user changes their own password (after an admin's reset, too); their sessions end. */
export async function changeOwnPassword(db: Db, userId: number, input: z.infer<typeof passwordChangeInput>) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError("用户不存在。");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw new DomainValidationError({ currentPassword: ["当前密码不正确。"] });
  if (input.newPassword === input.currentPassword)
    throw new DomainValidationError({ newPassword: ["新密码不能与当前密码相同。"] });
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const after = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, mustChangePassword: false },
    });
    await writeAudit(tx, { agencyId: null, userId, action: "password.change", entityType: "User", entityId: userId });
    return after;
  });
}

/**
 * A user this admin may manage: a member of the admin's agency and of no other. An account with a role
 * elsewhere (a head of another agency, say) would otherwise be taken over through this agency.
 */
async function memberUser(db: Db, actor: Actor, userId: number) {
  authorize(actor, "user.manage", { agencyId: actor.agencyId });
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { select: { agencyId: true } } },
  });
  if (!user || !user.memberships.some((m) => m.agencyId === actor.agencyId)) throw new NotFoundError("用户不存在。");
  if (user.memberships.some((m) => m.agencyId !== actor.agencyId)) {
    throw new ForbiddenError("user.manage", "该用户在其他机关也有角色，不能在本机关停用账号或重置密码。");
  }
  return user;
}
