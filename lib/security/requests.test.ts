import { describe, expect, it } from "vitest";
import { MAX_REQUEST_BODY_BYTES, refuseRequest } from "./requests";

const request = (method: string, headers: Record<string, string>) => ({ method, headers: new Headers(headers) });

describe("requests refused at the edge", () => {
  it("refuses posts from another site, and from an opaque or unreadable origin", () => {
    for (const origin of ["http://evil.example", "null", "not a url", "http://gk.example.gov.cn.evil.example"]) {
      expect(refuseRequest(request("POST", { host: "gk.example.gov.cn", origin }))?.status).toBe(403);
    }
  });

  it("accepts same-site posts, compared with the forwarded host behind a proxy", () => {
    expect(refuseRequest(request("POST", { host: "localhost:3000", origin: "http://localhost:3000" }))).toBeNull();
    expect(
      refuseRequest(
        request("POST", {
          host: "127.0.0.1:3000",
          "x-forwarded-host": "gk.example.gov.cn",
          origin: "https://gk.example.gov.cn",
        }),
      ),
    ).toBeNull();
    // No Origin at all (not a browser): nothing to compare; the session cookie is SameSite=Lax.
    expect(refuseRequest(request("POST", { host: "localhost:3000" }))).toBeNull();
  });

  it("refuses a body over the limit with 413 and a message", () => {
    const refusal = refuseRequest(
      request("POST", { host: "h", origin: "http://h", "content-length": String(MAX_REQUEST_BODY_BYTES + 1) }),
    );
    expect(refusal).toMatchObject({ status: 413 });
    expect(refusal?.message).toContain("4 MB");
    expect(refuseRequest(request("POST", { host: "h", "content-length": "1e9" }))?.status).toBe(413);
    expect(refuseRequest(request("POST", { host: "h", "content-length": String(MAX_REQUEST_BODY_BYTES) }))).toBeNull();
  });

  it("refuses a server-action post of unknown length, and leaves reads alone", () => {
    expect(
      refuseRequest(request("POST", { host: "h", "next-action": "abc", "transfer-encoding": "chunked" }))?.status,
    ).toBe(411);
    expect(refuseRequest(request("GET", { host: "h", origin: "http://evil.example" }))).toBeNull();
  });
});

describe("an address that does not decode", () => {
  const get = (url: string) => refuseRequest({ method: "GET", url, headers: new Headers() });

  it("is refused with 400 and a message, whatever the method", () => {
    for (const url of [
      "/reports/%ff%fe/2022",
      "/office/applications/%",
      "/reports/baixiang/%E4%B8",
      "http://h/x/%zz",
    ]) {
      expect(get(url), url).toEqual({ status: 400, message: expect.stringContaining("网址格式不正确") });
    }
  });

  it("lets a well-formed one through, query strings included", () => {
    for (const url of ["/reports/baixiang/2022", "/%E6%9F%8F%E9%A6%99", "/office/applications?q=%ff%fe", "/"]) {
      expect(get(url), url).toBeNull();
    }
  });
});
