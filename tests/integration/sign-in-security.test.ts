import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { testDb, makeAgency } from "./fixtures";
import { checkCredentials, THROTTLE } from "@/lib/auth/credentials";
import { signInWithPassword, SIGN_IN_UNAVAILABLE } from "@/lib/auth/sign-in";
import { withNewDeviceToken } from "@/lib/auth/device-cookie";
import { openSession, revokeSession, sessionIsLive } from "@/lib/auth/sessions";
import { changeOwnPassword, listUsers, resetPassword, setUserActive } from "@/lib/admin/users";

const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
const address = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

beforeAll(async () => {
  t = await makeAgency(db, { password: "secret123" });
});
afterAll(() => db.$disconnect());

/** A user of its own, so one test's failures never lock another's login. */
async function freshUser(password = "secret123") {
  const login = `u-${randomUUID().slice(0, 12)}`;
  const user = await db.user.create({
    data: {
      login,
      displayName: login,
      passwordHash: await bcrypt.hash(password, 4),
      memberships: { create: { agencyId: t.agency.id, role: "HEAD" } },
    },
  });
  return user;
}

describe("the sign-in throttle", () => {
  it("lets exactly perLogin of 150 concurrent wrong passwords through, across three web servers", async () => {
    const user = await freshUser();
    // Three clients with pools of their own: three web servers on one database.
    const servers = [createPrismaClient(process.env.DATABASE_URL), createPrismaClient(process.env.DATABASE_URL), db];
    try {
      const results = await Promise.all(
        Array.from({ length: 150 }, (_, i) =>
          checkCredentials(servers[i % 3], { login: user.login, password: `wrong-${i}`, ip: address() }),
        ),
      );
      const checked = results.filter((r) => !r.ok && r.reason === "invalid");
      const locked = results.filter((r) => !r.ok && r.reason === "locked");
      expect(checked).toHaveLength(THROTTLE.perLogin);
      expect(locked).toHaveLength(150 - THROTTLE.perLogin);
      expect(await db.loginAttempt.count({ where: { login: user.login } })).toBe(THROTTLE.perLogin);
      // Locked now, even for the right password.
      const right = await checkCredentials(db, { login: user.login, password: "secret123", ip: address() });
      expect(right).toMatchObject({ ok: false, reason: "locked" });
      expect(!right.ok && right.message).toMatch(/\d+ 分钟后再试/);
    } finally {
      await Promise.all(servers.slice(0, 2).map((s) => s.$disconnect()));
    }
  });

  it("slows rather than locks: one more try as each failure leaves the window", async () => {
    const user = await freshUser();
    const t0 = Date.now();
    for (let i = 0; i < THROTTLE.perLogin; i++) {
      const at = new Date(t0 + i * 60_000); // one failure a minute
      await checkCredentials(db, { login: user.login, password: "nope", ip: address() }, at);
    }
    const windowMs = THROTTLE.windowMinutes * 60_000;
    const stillLocked = new Date(t0 + windowMs - 1000);
    expect(
      await checkCredentials(db, { login: user.login, password: "secret123", ip: address() }, stillLocked),
    ).toMatchObject({
      reason: "locked",
    });
    // The first failure left the window: one try is free again (not the whole budget).
    const oneFree = new Date(t0 + windowMs + 1000);
    expect((await checkCredentials(db, { login: user.login, password: "nope", ip: address() }, oneFree)).ok).toBe(
      false,
    );
    const next = await checkCredentials(db, { login: user.login, password: "secret123", ip: address() }, oneFree);
    expect(next).toMatchObject({ reason: "locked" });
  });

  it("lets the owner's known browser in while a stranger's tries are refused", async () => {
    const user = await freshUser();
    const device = "owner-device-01";
    for (let i = 0; i < THROTTLE.perLogin; i++) {
      await checkCredentials(db, { login: user.login, password: `guess-${i}`, ip: address() });
    }
    const stranger = await checkCredentials(db, { login: user.login, password: "secret123", ip: address() });
    expect(stranger).toMatchObject({ ok: false, reason: "locked" });
    const owner = await checkCredentials(db, { login: user.login, password: "secret123", ip: address(), device });
    expect(owner).toMatchObject({ ok: true, userId: user.id });
  });

  it("gives a known browser a failure budget of its own", async () => {
    const user = await freshUser();
    const device = "stolen-device-1";
    for (let i = 0; i < THROTTLE.perDevice; i++) {
      await checkCredentials(db, { login: user.login, password: `guess-${i}`, ip: address(), device });
    }
    expect(
      await checkCredentials(db, { login: user.login, password: "secret123", ip: address(), device }),
    ).toMatchObject({
      reason: "locked",
    });
    // Its failures are not a stranger's: unknown browsers still have their budget.
    expect((await checkCredentials(db, { login: user.login, password: "secret123", ip: address() })).ok).toBe(true);
  });

  it("lets a known browser in from an address that is spraying logins", async () => {
    const user = await freshUser();
    const ip = address();
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      await checkCredentials(db, { login: `nobody-${randomUUID()}`, password: "x", ip });
    }
    expect(await checkCredentials(db, { login: user.login, password: "secret123", ip })).toMatchObject({
      reason: "locked",
    });
    expect((await checkCredentials(db, { login: user.login, password: "secret123", ip, device: "known-1" })).ok).toBe(
      true,
    );
  });
});

describe("sign-in", () => {
  it("compares an unknown login's password with a hash, as for a known one", async () => {
    const compare = vi.spyOn(bcrypt, "compare");
    try {
      const user = await freshUser();
      await checkCredentials(db, { login: user.login, password: "wrong-1", ip: address() });
      expect(compare).toHaveBeenCalledTimes(1);
      const unknown = await checkCredentials(db, {
        login: `ghost-${randomUUID()}`,
        password: "wrong-1",
        ip: address(),
      });
      expect(unknown).toMatchObject({ ok: false, reason: "invalid", message: "登录名或密码不正确。" });
      expect(compare).toHaveBeenCalledTimes(2);
    } finally {
      compare.mockRestore();
    }
  });

  it("answers a login name with a NUL byte like any wrong login, and still counts it", async () => {
    const ip = address();
    const result = await checkCredentials(db, { login: `${t.head.user.login}\u0000`, password: "secret123", ip });
    expect(result).toMatchObject({ ok: false, reason: "invalid", message: "登录名或密码不正确。" });
    expect(await db.loginAttempt.count({ where: { ip } })).toBe(1);
  });

  it("shows a plain message, not the database's, when the database cannot be reached", async () => {
    const down = createPrismaClient("postgresql://postgres@127.0.0.1:9/no_such_database");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const outcome = await signInWithPassword(down, {
        login: t.head.user.login,
        password: "secret123",
        ip: address(),
        deviceCookie: undefined,
        secret: "s",
      });
      expect(outcome).toEqual({ ok: false, message: SIGN_IN_UNAVAILABLE });
      expect(JSON.stringify(outcome)).not.toMatch(/prisma|127\.0\.0\.1|ECONNREFUSED|invalid/i);
      // The details go to the log for the operator.
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      await down.$disconnect();
    }
  });

  it("opens a server-side session and issues a device cookie that makes the browser known", async () => {
    const user = await freshUser();
    const secret = "device-secret";
    const outcome = await signInWithPassword(db, {
      login: user.login,
      password: "secret123",
      ip: address(),
      deviceCookie: undefined,
      secret,
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const session = await db.userSession.findUniqueOrThrow({ where: { id: outcome.user.sessionId } });
    expect(session.userId).toBe(user.id);
    expect(sessionIsLive(session)).toBe(true);
    // A stranger locks unknown browsers out; the browser with the cookie still gets in.
    for (let i = 0; i < THROTTLE.perLogin; i++) {
      await signInWithPassword(db, {
        login: user.login,
        password: "bad",
        ip: address(),
        deviceCookie: undefined,
        secret,
      });
    }
    const again = await signInWithPassword(db, {
      login: user.login,
      password: "secret123",
      ip: address(),
      deviceCookie: outcome.deviceCookie ?? undefined,
      secret,
    });
    expect(again.ok).toBe(true);
    // A cookie made for another login, or with another secret, does not count.
    const forged = withNewDeviceToken("other-secret", undefined, user.login);
    expect(
      await signInWithPassword(db, {
        login: user.login,
        password: "secret123",
        ip: address(),
        deviceCookie: forged,
        secret,
      }),
    ).toMatchObject({ ok: false });
  });

  it("revokes a session at sign-out", async () => {
    const user = await freshUser();
    const id = await openSession(db, user.id);
    await revokeSession(db, id);
    const row = await db.userSession.findUniqueOrThrow({ where: { id } });
    expect(row.revokedAt).not.toBeNull();
    expect(sessionIsLive(row)).toBe(false);
  });
});

describe("accounts an admin manages", () => {
  it("only where every role of the account is within the admin's agency", async () => {
    const other = await makeAgency(db);
    // The head of another agency is also an officer here.
    const shared = other.head.user;
    await db.membership.create({
      data: { userId: shared.id, agencyId: t.agency.id, role: "OFFICER", departmentId: t.office.id },
    });
    await expect(resetPassword(db, t.admin.actor, { userId: shared.id, password: "takeover99" })).rejects.toThrow(
      "其他机关",
    );
    await expect(setUserActive(db, t.admin.actor, { userId: shared.id, active: false })).rejects.toThrow("其他机关");
    const after = await db.user.findUniqueOrThrow({ where: { id: shared.id } });
    expect(after).toMatchObject({ passwordHash: shared.passwordHash, active: true });
    expect((await listUsers(db, t.admin.actor)).find((u) => u.id === shared.id)?.managedHere).toBe(false);
    expect((await listUsers(db, t.admin.actor)).find((u) => u.id === t.head.user.id)?.managedHere).toBe(true);
  });

  it("after a reset, the user must set a new password, and may not keep the one the admin gave", async () => {
    const user = await freshUser();
    const when = new Date("2026-12-01T06:30:00Z");
    await resetPassword(db, t.admin.actor, { userId: user.id, password: "given12345" }, when);
    const signedIn = await checkCredentials(db, { login: user.login, password: "given12345", ip: address() });
    expect(signedIn).toMatchObject({ ok: true, mustChangePassword: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordResetAt).toEqual(when);

    const same = { currentPassword: "given12345", newPassword: "given12345", confirmPassword: "given12345" };
    await expect(changeOwnPassword(db, user.id, same)).rejects.toThrow();
    await changeOwnPassword(db, user.id, {
      currentPassword: "given12345",
      newPassword: "mine123456",
      confirmPassword: "mine123456",
    });
    expect(await checkCredentials(db, { login: user.login, password: "mine123456", ip: address() })).toMatchObject({
      ok: true,
      mustChangePassword: false,
    });
  });
});
