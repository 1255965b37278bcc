/**
 * Which requests the public-page cache answers. Only the public reading site — the home page, a
 * report's latest and numbered revision pages, and its downloads — and only plain document
 * requests: GET/HEAD without Next's client-navigation headers. Everything else (the back office,
 * server actions, search, static assets) goes straight to Next.
 */
import { AGENCY_SLUG_PATTERN } from "@/lib/agency";
import { EXPORTS } from "@/lib/annual-report/exports";

export type RequestHead = {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
};

// A report's page, a numbered revision, or one of its downloads.
const FILES = EXPORTS.map((e) => e.file.replace(".", "\\.")).join("|");
const REPORT_PATH = new RegExp(`^/reports/${AGENCY_SLUG_PATTERN}/\\d{4}(?:/r/\\d{1,4}|/(?:${FILES}))?$`);

// Headers with which Next's client router asks for a React Server Components payload, not HTML.
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];

/**
 * The cache key (the path) for a request the cache may answer, or null. Query strings are ignored
 * (links shared from chat apps append tracking parameters) except on the home page, whose `q`
 * is a search, and `_rsc`, which marks a router request.
 */
export function publicCacheKey(request: RequestHead): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  const url = request.url ?? "/";
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  if (q >= 0) {
    const params = new URLSearchParams(url.slice(q + 1));
    if (params.has("_rsc")) return null;
    if (path === "/" && params.get("q")?.trim()) return null;
  }
  if (path === "/") return "/";
  return REPORT_PATH.test(path) ? path : null;
}
