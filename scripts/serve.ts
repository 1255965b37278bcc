/**
 * The production web server (`npm run serve`; `npm start` runs it after preparing the database and
 * the build): Next's request handler, with the public reading site answered from memory.
 *
 * The home page, each report's pages and its downloads are rendered by Next once, kept with their
 * gzip/brotli variants and an ETag (lib/public-cache), and served from memory until the database
 * announces a change to public content (a publication, a correction, an agency renamed; see
 * lib/public-cache/changes.ts). A rush of readers on publication day costs one rendering per page.
 * Why a server of our own rather than Next's cache: docs/decisions/0005-public-page-cache.md.
 * While the database is unreachable, a public page whose rendering fails is answered as it was last
 * rendered (`x-public-cache: stale`) instead of with an error (docs/decisions/0007-reliability.md).
 *
 * Usage: node --import tsx scripts/serve.ts [--port 3000] [--hostname 0.0.0.0]; needs DATABASE_URL,
 * NEXTAUTH_SECRET (the same on every web server of a deployment) and a build (`npm run build`).
 * PUBLIC_CACHE_MB sets the memory budget (default 64). Several may run behind a reverse proxy: they
 * share nothing but the database (README, "Deployment").
 */
import http from "node:http";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { ROOT } from "./runtime/paths.ts";
import { publicCacheKey } from "../lib/public-cache/policy.ts";
import { answerFrom, makeEntry, type CachedResponse } from "../lib/public-cache/entry.ts";
import { ResponseCache } from "../lib/public-cache/response-cache.ts";
import { watchPublicChanges } from "../lib/public-cache/changes.ts";
import { requireAuthSecret } from "./runtime/secret.ts";
import { applyEdgeSecurity } from "../lib/security/edge.ts";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname; // all interfaces unless given
const log = (line: string) => console.log(`[serve] ${line}`);

// Set before Next loads: it reads NODE_ENV when its modules are first imported.
(process.env as Record<string, string>).NODE_ENV = "production";

// Fills are requests to this server itself, marked with a per-process token so they reach Next.
const FILL_HEADER = "x-public-cache-fill";
const fillToken = randomBytes(16).toString("hex");
/** A rendering that takes longer than this is given up, and the last known version served if there is one. */
const FILL_TIMEOUT_MS = 15_000;

/** A rendering that failed (5xx): not kept, and answered with the last known version when there is one. */
class RenderFailed extends Error {
  constructor(readonly rendered: Rendered) {
    super(`rendering failed with ${rendered.response.status}`);
  }
}
type Rendered = { response: Response; body: Buffer; entry: CachedResponse | null };

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
  requireAuthSecret();
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: ROOT, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const cache = new ResponseCache<CachedResponse>(Number(process.env.PUBLIC_CACHE_MB ?? 64) * 1024 * 1024);
  const changes = watchPublicChanges(databaseUrl, { onChange: () => cache.invalidate(), log });

  const server = http.createServer();
  // Behind a reverse proxy that keeps connections open (nginx's upstream keepalive, a cloud load balancer),
  // the server must not be the one to close an idle connection first: a request sent on it as it closes
  // is lost ("socket hang up"). Keep idle connections longer than the proxy does (60 s).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  let selfOrigin = "";

  /** Renders a public path through Next (a request to this server) and keeps it if it may be kept. */
  async function render(path: string): Promise<Rendered> {
    const response = await fetch(selfOrigin + path, {
      headers: { [FILL_HEADER]: fillToken, "accept-encoding": "identity" },
      redirect: "manual",
      signal: AbortSignal.timeout(FILL_TIMEOUT_MS),
    });
    const body = Buffer.from(await response.arrayBuffer());
    const entry = await makeEntry(response.status, response.headers, response.headers.getSetCookie(), body);
    return { response, body, entry };
  }

  function send(req: http.IncomingMessage, res: http.ServerResponse, value: CachedResponse, how: string) {
    const answer = answerFrom(value, {
      method: req.method,
      ifNoneMatch: req.headers["if-none-match"],
      acceptEncoding: req.headers["accept-encoding"],
    });
    res.writeHead(answer.status, { ...answer.headers, "x-public-cache": how });
    res.end(answer.body ?? undefined);
  }

  let servingStale = false;

  /** Sends a rendering that may not be kept (a 404 for an unpublished report, a redirect) as it came. */
  function relay(req: http.IncomingMessage, res: http.ServerResponse, { response, body }: Rendered) {
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!["content-length", "transfer-encoding", "connection", "keep-alive"].includes(name)) headers[name] = value;
    });
    res.writeHead(response.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /** A public path not current in memory: rendered once for all the requests waiting for it, or its last known version. */
  async function answerMiss(req: http.IncomingMessage, res: http.ServerResponse, key: string) {
    let mine: Rendered | null = null; // set when this request did the rendering
    const load = async () => {
      mine = await render(key);
      if (mine.response.status >= 500) throw new RenderFailed(mine);
      return mine.entry;
    };
    try {
      // While changes cannot be heard, nothing kept is trusted: every request renders (shared per page).
      const { value, hit } = changes.live() ? await cache.get(key, load) : await cache.refresh(key, load);
      if (servingStale && value) {
        servingStale = false;
        log("public cache: rendering works again");
      }
      if (value) return send(req, res, value, hit ? "hit" : "miss");
      const rendered = mine as Rendered | null;
      if (rendered) relay(req, res, rendered);
      else handle(req, res); // waited on another request's rendering, which may not be kept
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      // The database is unreachable (or the rendering broke): a published page as last seen beats an error.
      const stale = cache.lastKnown(key);
      if (stale) {
        if (!servingStale) log(`public cache: rendering failed (${describe(error)}); serving last known pages`);
        servingStale = true;
        return send(req, res, stale, "stale");
      }
      if (error instanceof RenderFailed) return relay(req, res, error.rendered);
      console.error("[serve] public cache:", error);
      handle(req, res);
    }
  }

  server.on("request", (req, res) => {
    applyEdgeSecurity(req, res); // the client's real address (TRUSTED_PROXIES) and the security headers
    const key = req.headers[FILL_HEADER] === fillToken ? null : publicCacheKey(req);
    if (!key) return void handle(req, res);
    // A hit is answered in this very call, without a promise: the publication-day rush is all hits.
    const kept = changes.live() ? cache.peek(key) : null;
    if (!kept) return void answerMiss(req, res, key);
    try {
      send(req, res, kept, "hit");
    } catch (error) {
      console.error("[serve] public cache:", error);
      if (!res.headersSent) handle(req, res);
      else res.destroy();
    }
  });
  server.on("upgrade", app.getUpgradeHandler());

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  const address = server.address();
  const bound = typeof address === "object" && address ? address : { address: "127.0.0.1", family: "IPv4", port };
  const loopback = bound.address === "::" || bound.address === "0.0.0.0" ? "127.0.0.1" : bound.address;
  selfOrigin = `http://${bound.family === "IPv6" && loopback !== "127.0.0.1" ? `[${loopback}]` : loopback}:${bound.port}`;
  log(`ready on http://${hostname ?? "localhost"}:${port}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Bounded: closing Next or the listening connection must not hang on a database that is down.
    setTimeout(() => process.exit(0), 3_000).unref();
    server.close();
    server.closeAllConnections();
    await Promise.allSettled([changes.close(), app.close()]);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().catch((error) => {
  console.error(`[serve] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
