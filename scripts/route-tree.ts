import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** One route of app/: its path as app/ spells it, whether it is a page or a handler, and a handler's methods. */
export type RouteEntry = { route: string; type: "page" | "handler"; methods: string[] };

const APP = path.join(import.meta.dirname, "..", "app");

/** Every page and route handler under app/ (route groups `(x)` and private folders `_x` left out of the path). */
export function routeTree(dir = APP, prefix = ""): RouteEntry[] {
  const entries: RouteEntry[] = [];
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) {
      if (item.name.startsWith("_")) continue;
      const segment = item.name.startsWith("(") ? "" : `/${item.name}`;
      entries.push(...routeTree(full, prefix + segment));
    } else if (/^page\.(tsx|ts|jsx|js)$/.test(item.name)) {
      entries.push({ route: prefix || "/", type: "page", methods: ["GET"] });
    } else if (/^route\.(tsx|ts|js)$/.test(item.name)) {
      const source = readFileSync(full, "utf8");
      const methods = [
        ...source.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g),
      ]
        .map((m) => m[1])
        .concat(/export\s*\{[^}]*\bas GET\b/.test(source) ? ["GET"] : [])
        .concat(/export\s*\{[^}]*\bas POST\b/.test(source) ? ["POST"] : []);
      entries.push({ route: prefix || "/", type: "handler", methods: [...new Set(methods)] });
    }
  }
  return entries.sort((a, b) => a.route.localeCompare(b.route));
}
