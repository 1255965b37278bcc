import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.ts";
import { run } from "./process.ts";

/** What a production build depends on; a change to any of these means a new build. */
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const MARKER = path.join(ROOT, ".next", "source-fingerprint");
const GENERATED_MARKER = path.join(ROOT, "lib", "generated", "schema-fingerprint");

function fingerprint(entries: string[]): string {
  const hash = crypto.createHash("sha256");
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith(`${path.sep}generated`) || p.endsWith("node_modules")) return;
      for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
    } else if (!/\.test\.tsx?$/.test(p)) {
      hash.update(`${path.relative(ROOT, p)}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const entry of entries) walk(path.join(ROOT, entry));
  return hash.digest("hex");
}

/** Runs `prisma generate` when the client is missing or older than schema.prisma. */
export async function ensurePrismaClient(log: (line: string) => void): Promise<void> {
  const current = crypto.createHash("sha256").update(fs.readFileSync(path.join(ROOT, "prisma", "schema.prisma"))).digest("hex");
  if (fs.existsSync(GENERATED_MARKER) && fs.readFileSync(GENERATED_MARKER, "utf8") === current) return;
  log("Generating the Prisma client …");
  await run(process.execPath, [path.join(ROOT, "node_modules", "prisma", "build", "index.js"), "generate"], { quiet: true });
  fs.writeFileSync(GENERATED_MARKER, current);
}

/** Runs `next build` unless the last build was made from the same sources. */
export async function ensureBuilt(log: (line: string) => void, opts: { force?: boolean } = {}): Promise<void> {
  const current = fingerprint(SOURCES);
  const built = fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) && fs.existsSync(MARKER) && fs.readFileSync(MARKER, "utf8") === current;
  if (built && !opts.force) return;
  log("Building the app (next build; about a minute the first time) …");
  const started = Date.now();
  await run(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  });
  fs.writeFileSync(MARKER, current);
  log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
}
