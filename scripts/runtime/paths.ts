import fs from "node:fs";
import path from "node:path";

/** Project root: the nearest folder up with next.config.ts (scripts/runtime/../.., or .next/.. for the bundled server). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "next.config.ts"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(import.meta.dirname, "..", "..");
  }
}

export const ROOT = findRoot(import.meta.dirname);
/** Git-ignored folder for everything a running instance keeps: database files, secret, lock. */
export const DATA_DIR = process.env.DISCLOSURE_DATA_DIR
  ? path.resolve(process.env.DISCLOSURE_DATA_DIR)
  : path.join(ROOT, ".data");
