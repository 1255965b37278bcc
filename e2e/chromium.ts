import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * Where a Chromium can be found: an explicit CHROMIUM_PATH, the system's (Debian's
 * `apt-get install chromium`), or the one `npx playwright install chromium` downloaded.
 * Returns null when there is none, so the test command can say how to get one.
 */
export function findChromium(): { executablePath?: string; source: string } | null {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return fs.existsSync(explicit) ? { executablePath: explicit, source: "CHROMIUM_PATH" } : null;
  for (const candidate of [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ]) {
    if (fs.existsSync(candidate)) return { executablePath: candidate, source: candidate };
  }
  try {
    const { chromium } = require("playwright-core") as typeof import("playwright-core");
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return { source: "playwright" };
  } catch {
    // playwright-core not resolvable: no bundled browser either
  }
  return null;
}

export const NO_CHROMIUM_MESSAGE = [
  "No Chromium found for the end-to-end tests.",
  "  Debian/Ubuntu:  sudo apt-get install chromium   (add fonts-noto-cjk for readable Chinese in screenshots)",
  "  Elsewhere:      npx playwright install chromium",
  "  Or point CHROMIUM_PATH at a Chromium/Chrome binary.",
].join("\n");

/** Flags for a system Chromium on a closed network (see docs/decisions). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
