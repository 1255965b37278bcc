import path from "node:path";

/** Project root (scripts/runtime/../..). */
export const ROOT = path.resolve(import.meta.dirname, "..", "..");
/** Git-ignored folder for everything a running instance keeps: database files, secret, lock. */
export const DATA_DIR = process.env.DISCLOSURE_DATA_DIR ? path.resolve(process.env.DISCLOSURE_DATA_DIR) : path.join(ROOT, ".data");
