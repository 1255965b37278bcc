import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

/**
 * A response kept by the public-page cache: the body as rendered once, its compressed variants
 * (made once, when stored), a (weak) ETag, and the headers worth repeating. Answering from an entry
 * negotiates the encoding and honours If-None-Match, so a browser revalidating gets 304.
 */
export type CachedResponse = {
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
  etag: string;
  /** Memory it holds, for the cache's budget. */
  bytes: number;
};

export type Answer = { status: 200 | 304; headers: Readonly<Record<string, string>>; body: Buffer | null };

// Repeated from the rendering response; anything else (Next's cache and router headers, cookies,
// connection and length headers) is not. A response that sets a cookie is never stored.
const KEPT_HEADERS = new Set([
  "content-type",
  "content-disposition",
  "content-language",
  "link",
  "x-report-revision",
  "x-frame-options",
  "x-content-type-options",
  "referrer-policy",
  "content-security-policy",
  "strict-transport-security",
]);

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;
const MIN_COMPRESS_BYTES = 1024;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Browsers and proxies may keep a copy but must ask again each time; the ETag makes that a 304. */
export const CACHE_CONTROL = "public, no-cache";

/** Builds an entry from a rendered response, or null when the response must not be stored. */
export async function makeEntry(
  status: number,
  headers: Iterable<[string, string]>,
  setCookies: string[],
  body: Buffer,
): Promise<CachedResponse | null> {
  if (status !== 200 || setCookies.length > 0) return null;
  const kept: Record<string, string> = {};
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    if (key === "content-encoding" && value !== "identity") return null; // stored bodies are identity-encoded
    if (KEPT_HEADERS.has(key)) kept[key] = value;
  }
  const compressible = body.length >= MIN_COMPRESS_BYTES && COMPRESSIBLE.test(kept["content-type"] ?? "");
  const [gz, br] = compressible
    ? await Promise.all([
        gzipAsync(body, { level: 9 }),
        // Quality 9: within 10 % of the best (11) at a seventh of the time (about 25 ms for a 100 KB page),
        // which readers waiting for the first rendering after a publication would otherwise wait for.
        brotliAsync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        }),
      ])
    : [null, null];
  // Weak: the same validator stands for the identity, gzip and brotli representations of the body.
  const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const bytes = body.length + (gz?.length ?? 0) + (br?.length ?? 0) + 512;
  return { headers: kept, body, gzip: gz, br, etag, bytes };
}

// Browsers send a handful of distinct Accept-Encoding headers: each is parsed once (a bounded memo).
const chosenEncodings = new Map<string, "br" | "gzip" | null>();

/** The encoding to send for an Accept-Encoding header: br over gzip, honouring q=0. */
export function chooseEncoding(acceptEncoding: string | undefined): "br" | "gzip" | null {
  if (!acceptEncoding) return null;
  let chosen = chosenEncodings.get(acceptEncoding);
  if (chosen === undefined) {
    if (chosenEncodings.size >= 256) chosenEncodings.clear();
    chosenEncodings.set(acceptEncoding, (chosen = parseAcceptEncoding(acceptEncoding)));
  }
  return chosen;
}

function parseAcceptEncoding(acceptEncoding: string): "br" | "gzip" | null {
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [token, ...params] = part.trim().toLowerCase().split(";");
    if (!token) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    accepted.set(token, Number.isFinite(weight) ? weight : 0);
  }
  const weight = (coding: string) => accepted.get(coding) ?? accepted.get("*") ?? 0;
  if (weight("br") > 0 && weight("br") >= weight("gzip")) return "br";
  if (weight("gzip") > 0) return "gzip";
  return null;
}

function matchesETag(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

type Representation = { headers: Readonly<Record<string, string>>; body: Buffer };
type Representations = { notModified: Readonly<Record<string, string>> } & Record<
  "identity" | "br" | "gzip",
  Representation
>;

// The headers of each representation of an entry, made on its first answer and kept as long as the entry.
const representationsOf = new WeakMap<CachedResponse, Representations>();

function representations(entry: CachedResponse): Representations {
  let made = representationsOf.get(entry);
  if (made) return made;
  const common: Record<string, string> = { ...entry.headers, "cache-control": CACHE_CONTROL, etag: entry.etag };
  if (entry.gzip) common.vary = "Accept-Encoding";
  const representation = (body: Buffer, encoding?: "br" | "gzip"): Representation => ({
    headers: Object.freeze({
      ...common,
      ...(encoding && { "content-encoding": encoding }),
      "content-length": String(body.length),
    }),
    body,
  });
  const identity = representation(entry.body);
  made = {
    notModified: Object.freeze(common),
    identity,
    br: entry.br ? representation(entry.br, "br") : identity,
    gzip: entry.gzip ? representation(entry.gzip, "gzip") : identity,
  };
  representationsOf.set(entry, made);
  return made;
}

/**
 * Answers a request from an entry: 304 when the client's copy is current, else the best encoding. The
 * headers are made once per entry and encoding, and shared: copy them to add one.
 */
export function answerFrom(
  entry: CachedResponse,
  request: { method?: string; ifNoneMatch?: string; acceptEncoding?: string },
): Answer {
  const made = representations(entry);
  if (request.ifNoneMatch && matchesETag(request.ifNoneMatch, entry.etag))
    return { status: 304, headers: made.notModified, body: null };
  const { headers, body } = made[(entry.gzip && chooseEncoding(request.acceptEncoding)) || "identity"];
  return { status: 200, headers, body: request.method === "HEAD" ? null : body };
}
