import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.ts";
import { run } from "./process.ts";

/** What a production build depends on; a change to any of these means a new build. */
const SOURCES = [
  ...[
    "app",
    "components",
    "lib",
    "public",
    "proxy.ts",
    "next.config.ts",
    "postcss.config.mjs",
    "tsconfig.json",
    "package-lock.json",
    "prisma/schema.prisma",
  ],
  ...["scripts/serve.ts", "scripts/runtime/paths.ts"],
];
/**
 * The production web server, bundled to plain JavaScript by `ensureBuilt`: run through tsx it started about
 * a second slower (tsx's loader hooks see every module Next loads). Run it with `node`.
 */
export const SERVER_ENTRY = path.join(ROOT, ".next", "serve.mjs");
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
  const current = crypto
    .createHash("sha256")
    .update(fs.readFileSync(path.join(ROOT, "prisma", "schema.prisma")))
    .digest("hex");
  if (fs.existsSync(GENERATED_MARKER) && fs.readFileSync(GENERATED_MARKER, "utf8") === current) return;
  log("Generating the Prisma client …");
  await run(process.execPath, [path.join(ROOT, "node_modules", "prisma", "build", "index.js"), "generate"], {
    quiet: true,
  });
  fs.writeFileSync(GENERATED_MARKER, current);
}

/** Bundles scripts/serve.ts (and the lib modules it uses) into SERVER_ENTRY; packages stay imports. */
async function bundleServer(): Promise<void> {
  const { build } = await import("esbuild");
  await build({
    entryPoints: [path.join(ROOT, "scripts", "serve.ts")],
    outfile: SERVER_ENTRY,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
}

/** Runs `next build` and bundles the web server unless the last build was made from the same sources. */
export async function ensureBuilt(
  log: (line: string) => void,
  opts: { force?: boolean; quiet?: boolean } = {},
): Promise<void> {
  const current = fingerprint(SOURCES);
  const built =
    fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) &&
    fs.existsSync(SERVER_ENTRY) &&
    fs.existsSync(MARKER) &&
    fs.readFileSync(MARKER, "utf8") === current;
  if (built && !opts.force) return;
  log("Building the app (next build; about a minute the first time) …");
  const started = Date.now();
  await run(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
    env: { NEXT_TELEMETRY_DISABLED: "1" },
    ...(opts.quiet ? { quiet: true, tail: 3 } : {}),
  });
  await bundleServer();
  fs.writeFileSync(MARKER, current);
  log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
}
