/**
 * The security headers of every response, in one place: the web server (scripts/serve.ts, through
 * lib/security/edge.ts) sets the fixed ones on everything it sends, the public-page cache included;
 * proxy.ts sets them too (for `next dev`) and adds the Content-Security-Policy with a fresh nonce for
 * each page Next renders. Next reads the nonce from the request's policy header and puts it on its own
 * scripts; a cached public page keeps the policy of its rendering with the nonce inside it
 * (docs/decisions/0006-sign-in-and-security-headers.md).
 */

export type HeaderOptions = {
  /** The client reached us over https (directly or through a trusted proxy): HSTS. */
  https: boolean;
  /** `next dev` needs eval and inline styles for its overlay and fast refresh. */
  dev?: boolean;
};

/** A year, the usual HSTS lifetime; not includeSubDomains: other services may share the parent domain. */
const HSTS = "max-age=31536000";

/** The headers every response carries (no CSP: that needs the nonce of the page's rendering). */
export function baselineSecurityHeaders({ https }: HeaderOptions): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** A nonce for one rendering: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a page rendered with `nonce`. Scripts run only with the nonce (and what
 * they load, 'strict-dynamic'); nothing may frame the page; forms post only here. Style attributes are
 * allowed (style-src-attr): Next's built-in error pages use them, and an attribute cannot load or run anything.
 * The same policy over http and https (no upgrade-insecure-requests): pages link only to their own origin,
 * and a cached public page, rendered once, is served over both.
 */
export function contentSecurityPolicy(nonce: string, { dev = false }: HeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Everything a rendered page carries. */
export function securityHeaders(nonce: string, options: HeaderOptions): Record<string, string> {
  return { ...baselineSecurityHeaders(options), "Content-Security-Policy": contentSecurityPolicy(nonce, options) };
}

/** Whether the client used https, as the web server's edge left X-Forwarded-Proto (lib/security/edge.ts). */
export function isHttps(headers: { get(name: string): string | null }): boolean {
  return headers.get("x-forwarded-proto") === "https";
}
