/**
 * The production web server (`npm run serve`; `npm start` runs it after preparing the database and
 * the build): Next's request handler, with the public reading site answered from memory.
 *
 * The home page, each report's pages and its downloads are rendered by Next once, kept with their
 * gzip/brotli variants and an ETag (lib/public-cache), and served from memory until the database
 * announces a change to public content (a publication, a correction, an agency renamed; see
 * lib/public-cache/changes.ts). A rush of readers on publication day costs one rendering per page.
 * Why a server of our own rather than Next's cache: docs/decisions/0005-public-page-cache.md.
 *
 * Usage: node --import tsx scripts/serve.ts [--port 3000] [--hostname 0.0.0.0]; needs DATABASE_URL
 * and a build (`npm run build`). PUBLIC_CACHE_MB sets the memory budget (default 64).
 */
import http from "node:http";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { ROOT } from "./runtime/paths.ts";
import { publicCacheKey } from "../lib/public-cache/policy.ts";
import { answerFrom, makeEntry, type CachedResponse } from "../lib/public-cache/entry.ts";
import { ResponseCache } from "../lib/public-cache/response-cache.ts";
import { watchPublicChanges } from "../lib/public-cache/changes.ts";
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

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: ROOT, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const cache = new ResponseCache<CachedResponse>(Number(process.env.PUBLIC_CACHE_MB ?? 64) * 1024 * 1024);
  const changes = watchPublicChanges(databaseUrl, { onChange: () => cache.clear(), log });

  const server = http.createServer();
  let selfOrigin = "";

  type Rendered = { response: Response; body: Buffer; entry: CachedResponse | null };

  /** Renders a public path through Next (a request to this server) and keeps it if it may be kept. */
  async function render(path: string): Promise<Rendered> {
    const response = await fetch(selfOrigin + path, {
      headers: { [FILL_HEADER]: fillToken, "accept-encoding": "identity" },
      redirect: "manual",
    });
    const body = Buffer.from(await response.arrayBuffer());
    const entry = await makeEntry(response.status, response.headers, response.headers.getSetCookie(), body);
    return { response, body, entry };
  }

  /** Sends a rendering that may not be kept (a 404 for an unpublished report, a redirect) as it came. */
  function relay(req: http.IncomingMessage, res: http.ServerResponse, { response, body }: Rendered) {
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!["content-length", "transfer-encoding", "connection", "keep-alive"].includes(name)) headers[name] = value;
    });
    res.writeHead(response.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  server.on("request", async (req, res) => {
    applyEdgeSecurity(req, res); // the client's real address (TRUSTED_PROXIES) and the security headers
    const key = req.headers[FILL_HEADER] === fillToken ? null : publicCacheKey(req);
    if (!key || !changes.live()) return void handle(req, res);
    try {
      let mine: Rendered | null = null; // set when this request did the rendering
      const { value, hit } = await cache.get(key, async () => (mine = await render(key)).entry);
      if (value) {
        const answer = answerFrom(value, {
          method: req.method,
          ifNoneMatch: req.headers["if-none-match"],
          acceptEncoding: req.headers["accept-encoding"],
        });
        res.writeHead(answer.status, { ...answer.headers, "x-public-cache": hit ? "hit" : "miss" });
        return void res.end(answer.body ?? undefined);
      }
      const rendered = mine as Rendered | null;
      if (rendered) relay(req, res, rendered);
      else handle(req, res); // waited on another request's rendering, which may not be kept
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
    server.close();
    server.closeAllConnections();
    await changes.close();
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(`[serve] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
