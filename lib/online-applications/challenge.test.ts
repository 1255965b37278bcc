import { describe, expect, it } from "vitest";
import { checkChallenge, newChallenge } from "./challenge";
import { hashQueryCode, newQueryCode, verifyQueryCode } from "./secrets";

const now = new Date("2026-03-02T02:00:00Z");
const answerOf = (question: string) => {
  const digits = "零一二三四五六七八九十";
  const [a, b] = question
    .split("等于")[0]
    .split("加")
    .map((c) => digits.indexOf(c));
  return String(a + b);
};

describe("challenge", () => {
  it("accepts the right answer with the server's signature", () => {
    const c = newChallenge("s1", now);
    expect(checkChallenge("s1", c.token, answerOf(c.question), now).ok).toBe(true);
  });
  it("refuses a wrong answer, another secret, a changed token and an expired one", () => {
    const c = newChallenge("s1", now);
    const right = answerOf(c.question);
    expect(checkChallenge("s1", c.token, String(Number(right) + 1), now)).toMatchObject({ ok: false, reason: "wrong" });
    expect(checkChallenge("s2", c.token, right, now)).toEqual({ ok: false, reason: "invalid" });
    const [body, sig] = c.token.split(".");
    const forged = Buffer.from(JSON.stringify({ id: "x", sum: 2, expires: 9e15 })).toString("base64url");
    expect(checkChallenge("s1", `${forged}.${sig}`, "2", now)).toEqual({ ok: false, reason: "invalid" });
    expect(body).toBeTruthy();
    expect(checkChallenge("s1", c.token, right, new Date(now.getTime() + 61 * 60_000))).toEqual({
      ok: false,
      reason: "expired",
    });
  });
});

describe("查询码", () => {
  it("is stored hashed and verified however it is typed", () => {
    const code = newQueryCode();
    const stored = hashQueryCode(code);
    expect(stored).not.toContain(code.replace(/-/g, ""));
    expect(verifyQueryCode(code.toLowerCase().replace(/-/g, " "), stored)).toBe(true);
    expect(verifyQueryCode(newQueryCode(), stored)).toBe(false);
    expect(verifyQueryCode(code, null)).toBe(false);
  });
});
