// A challenge without any outside service (no third-party captcha): a small sum, written in Chinese
// words, signed with the server secret. The form carries the signed token; the answer must match and
// the token is used once (UsedChallenge) and only within its lifetime. It stops scripted form-filling
// that does not read the page; the rate limits (./limits.ts) stop the rest. Pure: the caller gives the time.
import { createHmac, randomInt, randomUUID, timingSafeEqual } from "node:crypto";

export const CHALLENGE_MINUTES = 60;
const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export type Challenge = { question: string; token: string };
type Payload = { id: string; sum: number; expires: number };

function sign(secret: string, body: string): string {
  return createHmac("sha256", secret).update(`challenge\0${body}`).digest("base64url");
}

export function newChallenge(secret: string, now: Date): Challenge {
  const a = randomInt(1, 10);
  const b = randomInt(1, 10);
  const payload: Payload = { id: randomUUID(), sum: a + b, expires: now.getTime() + CHALLENGE_MINUTES * 60_000 };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return {
    question: `${DIGITS[a]}加${DIGITS[b]}等于多少？（请填写阿拉伯数字）`,
    token: `${body}.${sign(secret, body)}`,
  };
}

export type ChallengeResult =
  { ok: true; id: string } | { ok: false; reason: "wrong"; id: string } | { ok: false; reason: "expired" | "invalid" };

/** Checks the answer against the signed token (not yet whether the token was used: that needs the database). */
export function checkChallenge(secret: string, token: string, answer: string, now: Date): ChallengeResult {
  const [body, signature] = token.split(".");
  if (!body || !signature) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Payload;
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (payload.expires < now.getTime()) return { ok: false, reason: "expired" };
  if (String(payload.sum) !== answer.trim()) return { ok: false, reason: "wrong", id: payload.id };
  return { ok: true, id: payload.id };
}
