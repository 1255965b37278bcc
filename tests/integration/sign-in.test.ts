import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { checkCredentials, THROTTLE } from "@/lib/auth/credentials";
import { resetPassword, setUserActive } from "@/lib/admin/users";

const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

beforeAll(async () => {
  t = await makeAgency(db, { password: "secret123" });
});
afterAll(() => db.$disconnect());

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one without echoing it", async () => {
    const ok = await checkCredentials(db, { login: t.head.user.login, password: "secret123", ip: ip() });
    expect(ok.ok).toBe(true);
    const bad = await checkCredentials(db, { login: t.head.user.login, password: "wrong-pass-9", ip: ip() });
    expect(bad).toMatchObject({ ok: false, reason: "invalid" });
    expect(JSON.stringify(bad)).not.toContain("wrong-pass-9");
  });

  it("refuses a deactivated user, and their old session version no longer matches", async () => {
    const { user } = t.farmingOfficer;
    await setUserActive(db, t.admin.actor, { userId: user.id, active: false });
    const result = await checkCredentials(db, { login: user.login, password: "secret123", ip: ip() });
    expect(result).toMatchObject({ ok: false, reason: "inactive" });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const audit = await db.auditLog.findFirst({
      where: { entityType: "User", entityId: String(user.id), action: "user.deactivate" },
    });
    expect(audit).not.toBeNull();
  });

  it("locks a login after repeated failures, even for the right password", async () => {
    const { user } = t.officeOfficer;
    for (let i = 0; i < THROTTLE.perLogin; i++) {
      expect((await checkCredentials(db, { login: user.login, password: `nope${i}`, ip: ip() })).ok).toBe(false);
    }
    const locked = await checkCredentials(db, { login: user.login, password: "secret123", ip: ip() });
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    // After the window the lock lifts.
    const later = new Date(Date.now() + (THROTTLE.windowMinutes + 1) * 60_000);
    expect((await checkCredentials(db, { login: user.login, password: "secret123", ip: ip() }, later)).ok).toBe(true);
  });

  it("locks an address that tries many logins", async () => {
    const address = ip();
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      await checkCredentials(db, { login: `nobody-${i}-${t.tag}`, password: "x", ip: address });
    }
    const locked = await checkCredentials(db, { login: t.head.user.login, password: "secret123", ip: address });
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
  });

  it("lets an admin reset a password: the old one stops working", async () => {
    const { user } = t.head;
    await resetPassword(db, t.admin.actor, { userId: user.id, password: "newpass456" });
    expect((await checkCredentials(db, { login: user.login, password: "secret123", ip: ip() })).ok).toBe(false);
    expect((await checkCredentials(db, { login: user.login, password: "newpass456", ip: ip() })).ok).toBe(true);
  });

  it("does not let an officer manage users", async () => {
    await expect(setUserActive(db, t.officeOfficer.actor, { userId: t.head.user.id, active: false })).rejects.toThrow(
      "权限",
    );
  });
});
