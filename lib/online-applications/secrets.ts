// The secrets of an online application: the 申请编号 the applicant quotes, the 查询码 that proves they
// sent it (shown once, stored only as a salted scrypt hash), and the keyed hashes that let rate limits
// count an identity document or a number without storing it in the clear. Pure Node crypto, no database.
import { createHmac, randomBytes, randomInt, scryptSync, timingSafeEqual } from "node:crypto";

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const CODE_LENGTH = 12; // 31^12 ≈ 2^59: unguessable within any throttle
const SCRYPT = { N: 16384, r: 8, p: 1 } as const;

function randomText(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** "WS2026-4K7M9Q2P": W(网上)S(申请), the year, 8 random characters. */
export function newApplicationNumber(year: number): string {
  return `WS${year}-${randomText(8)}`;
}

/** "7K3M-9QPX-2HWD": the 查询码, in groups of four. */
export function newQueryCode(): string {
  const raw = randomText(CODE_LENGTH);
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** How a typed code or number is compared: case, spaces and dashes do not matter. */
export function normaliseCode(text: string): string {
  return text.toUpperCase().replace(/[\s\-－—]/g, "");
}

export function hashQueryCode(code: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(normaliseCode(code), salt, 32, SCRYPT);
  return `${salt.toString("hex")}:${hash.toString("hex")}`;
}

/**
 * Whether `code` matches `stored`. Without a stored hash (an unknown number) the same scrypt runs
 * against a dummy, so an unknown number and a wrong code take the same time; the comparison of the
 * hashes is constant-time.
 */
export function verifyQueryCode(code: string, stored: string | null): boolean {
  const [saltHex, hashHex] = (stored ?? DUMMY_HASH).split(":");
  const expected = Buffer.from(hashHex ?? "", "hex");
  const actual = scryptSync(normaliseCode(code), Buffer.from(saltHex ?? "", "hex"), 32, SCRYPT);
  const same = expected.length === actual.length && timingSafeEqual(expected, actual);
  return same && stored !== null;
}

const DUMMY_HASH = `${"00".repeat(16)}:${"00".repeat(32)}`;

/** A keyed hash (HMAC-SHA256 with the server secret) of an identifier, for counting without storing it. */
export function keyedHash(secret: string, purpose: string, value: string): string {
  return createHmac("sha256", secret)
    .update(`${purpose}\0${normaliseCode(value)}`)
    .digest("base64url");
}
