import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.ts";

/**
 * Loads KEY=VALUE lines from .env (if present) into process.env without overriding what the
 * environment already sets. Next.js reads .env itself; our scripts need the same values first.
 */
export function loadEnvFile(file = path.join(ROOT, ".env")): void {
  if (!fs.existsSync(file)) return;
  for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith("#")) continue;
    const [, key, raw] = match;
    const value = raw.replace(/^(['"])(.*)\1$/, "$2");
    if (process.env[key] === undefined && value !== "") process.env[key] = value;
  }
}
