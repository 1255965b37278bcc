import bcrypt from "bcryptjs";

// bcryptjs is pure JavaScript: no native build step, which npm here would skip anyway.
const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Password policy, shared by every form that sets one. Returns a Chinese message or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return "密码至少 8 位。";
  if (password.length > 72) return "密码不能超过 72 位。";
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return "密码须同时包含字母和数字。";
  return null;
}
