/**
 * Requests refused before Next handles them (proxy.ts), each with a status and a plain Chinese message
 * instead of the 500 Next would answer: an address whose percent-escapes do not decode (400), a body over
 * the size limit (413), a server-action post that does not say how long it is (411), and a post from
 * another site (403).
 */

/** The largest request body accepted, server actions included (next.config.ts gives Next the same limit). */
export const MAX_REQUEST_BODY_BYTES = 4 * 1024 * 1024;
export const MAX_REQUEST_BODY_LABEL = "4 MB";

export type Refusal = { status: 400 | 403 | 411 | 413; message: string };

type RequestHead = { method: string; url?: string; headers: { get(name: string): string | null } };

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function refuseRequest(request: RequestHead): Refusal | null {
  if (request.url !== undefined && !decodablePath(request.url)) {
    return { status: 400, message: "网址格式不正确（含有无法识别的编码）。请检查链接后重试。" };
  }
  if (!UNSAFE_METHODS.has(request.method.toUpperCase())) return null;
  const headers = request.headers;

  const origin = headers.get("origin");
  if (origin !== null && originHost(origin) !== requestHost(headers)) {
    return { status: 403, message: "拒绝来自其他网站的提交。请在本系统的页面上操作。" };
  }

  const length = headers.get("content-length");
  if (length !== null) {
    const bytes = /^\d+$/.test(length.trim()) ? Number(length) : NaN;
    if (!(bytes <= MAX_REQUEST_BODY_BYTES)) {
      return {
        status: 413,
        message: `提交的内容过大（上限 ${MAX_REQUEST_BODY_LABEL}）。请缩小文件或分批提交。`,
      };
    }
  } else if (headers.get("next-action") !== null && headers.get("transfer-encoding") !== null) {
    // Browsers always send the length; without it Next would read until its own limit and answer 500.
    return { status: 411, message: "提交缺少内容长度，无法处理。" };
  }
  return null;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

/** The host the browser addressed, as Next compares it for server actions (forwarded host first). */
function requestHost(headers: RequestHead["headers"]): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

/** Whether every segment of the address's path decodes (Next decodes them for the route's parameters). */
export function decodablePath(url: string): boolean {
  let path: string;
  try {
    path = new URL(url, "http://this-site.invalid").pathname;
  } catch {
    return false;
  }
  try {
    for (const segment of path.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
