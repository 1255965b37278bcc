import { describe, expect, it } from "vitest";
import { baselineSecurityHeaders, contentSecurityPolicy, newNonce, securityHeaders } from "./headers";

describe("security headers", () => {
  it("forbid framing and sniffing, and set a referrer policy, over http and https", () => {
    for (const https of [false, true]) {
      const headers = securityHeaders("abc", { https });
      expect(headers["X-Frame-Options"]).toBe("DENY");
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    }
  });

  it("add HSTS only over https", () => {
    expect(baselineSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(baselineSecurityHeaders({ https: false })["Strict-Transport-Security"]).toBeUndefined();
  });

  it("allow scripts only with the nonce; no eval or inline script outside development", () => {
    const policy = contentSecurityPolicy("NONCE", { https: false });
    expect(policy).toContain("script-src 'self' 'nonce-NONCE' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy("NONCE", { https: false, dev: true })).toContain("'unsafe-eval'");
  });

  it("make a new unpredictable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
