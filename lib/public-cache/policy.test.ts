import { describe, expect, it } from "vitest";
import { publicCacheKey } from "./policy";

const get = (url: string, headers: Record<string, string> = {}) => publicCacheKey({ method: "GET", url, headers });

describe("publicCacheKey", () => {
  it("keys the public reading site by path", () => {
    expect(get("/")).toBe("/");
    expect(get("/reports/baixiang/2022")).toBe("/reports/baixiang/2022");
    expect(get("/reports/baixiang/2022/r/3")).toBe("/reports/baixiang/2022/r/3");
    expect(get("/reports/baixiang/2022/data.json")).toBe("/reports/baixiang/2022/data.json");
    expect(get("/reports/qin-yang-2/2021/tables.xlsx")).toBe("/reports/qin-yang-2/2021/tables.xlsx");
    expect(publicCacheKey({ method: "HEAD", url: "/reports/baixiang/2022", headers: {} })).toBe(
      "/reports/baixiang/2022",
    );
  });

  it("ignores tracking parameters on report pages but not a search on the home page", () => {
    expect(get("/reports/baixiang/2022?from=singlemessage&isappinstalled=0")).toBe("/reports/baixiang/2022");
    expect(get("/?utm_source=x")).toBe("/");
    expect(get("/?q=")).toBe("/");
    expect(get("/?q=%E6%9F%8F%E9%A6%99")).toBeNull();
    expect(get("/?utm_source=x&q=%20")).toBe("/");
    expect(get("/reports/baixiang/2022?q=x")).toBe("/reports/baixiang/2022");
  });

  it("leaves the back office, assets, writes and router requests to Next", () => {
    expect(get("/office/reports")).toBeNull();
    // The online application form (a fresh challenge each time), tracking and the 公开指南 (a new version at once).
    expect(get("/apply/baixiang")).toBeNull();
    expect(get("/apply/track")).toBeNull();
    expect(get("/agencies/baixiang/guide")).toBeNull();
    expect(get("/login")).toBeNull();
    expect(get("/robots.txt")).toBeNull();
    expect(get("/_next/static/chunks/a.js")).toBeNull();
    expect(get("/api/auth/session")).toBeNull();
    expect(get("/reports/baixiang/2022/")).toBeNull();
    expect(get("/reports/baixiang/22")).toBeNull();
    expect(get("/reports/Bai/2022")).toBeNull();
    expect(get("/reports/baixiang/2022/r/x")).toBeNull();
    expect(get("/reports/baixiang/2022?_rsc=abc")).toBeNull();
    expect(get("/reports/baixiang/2022", { rsc: "1" })).toBeNull();
    expect(get("/", { "next-router-prefetch": "1" })).toBeNull();
    expect(get("/", { "next-action": "abc" })).toBeNull();
    expect(publicCacheKey({ method: "POST", url: "/", headers: {} })).toBeNull();
    expect(publicCacheKey({ method: "GET", url: undefined, headers: {} })).toBe("/");
  });
});
