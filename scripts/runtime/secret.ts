import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR } from "./paths.ts";

/**
 * The session-signing secret: NEXTAUTH_SECRET (or AUTH_SECRET) when configured, otherwise one
 * generated on first start and kept in the data folder, so sessions survive restarts.
 */
export function ensureAuthSecret(): string {
  const configured = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (configured) return configured;
  const file = path.join(DATA_DIR, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * For a web server on its own (`npm run serve`): the secret must be given, because every web server of
 * a deployment must sign and check session cookies with the same one — a session made by one server is
 * then good on all of them. Refusing to start says so at once; without it sign-in failed later
 * (next-auth's NO_SECRET). AUTH_SECRET is accepted as an alias (what next-auth's code reads is set).
 */
export function requireAuthSecret(): string {
  const configured = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (!configured?.trim()) {
    throw new Error(
      "No session secret: set NEXTAUTH_SECRET (or AUTH_SECRET) to a long random value, e.g. `openssl rand -base64 32`,\n" +
        "and give every web server of the deployment the same value: a session signed by one is checked by the others.\n" +
        "(`npm start` generates one into .data/auth-secret for a single machine.)",
    );
  }
  process.env.NEXTAUTH_SECRET = configured;
  return configured;
}
