import { expect, test } from "@playwright/test";

// The production server (scripts/serve.ts) answers the public reading site from memory.
test("a published report is served from the page cache, compressed, with ETag revalidation", async ({ request }) => {
  const first = await request.get("/reports/baixiang/2022");
  expect(first.status()).toBe(200);
  const second = await request.get("/reports/baixiang/2022", { headers: { "accept-encoding": "gzip, deflate, br" } });
  expect(second.headers()["x-public-cache"]).toBe("hit");
  expect(second.headers()["content-encoding"]).toBe("br");
  expect(second.headers()["cache-control"]).toBe("public, no-cache");
  expect(await second.text()).toBe(await first.text());

  const etag = second.headers()["etag"];
  expect(etag).toBeTruthy();
  const revalidated = await request.get("/reports/baixiang/2022", { headers: { "if-none-match": etag } });
  expect(revalidated.status()).toBe(304);

  const download = await request.get("/reports/baixiang/2022/data.json?from=singlemessage");
  expect(download.status()).toBe(200);
  expect(download.headers()["x-public-cache"]).toMatch(/^(hit|miss)$/);
  expect(download.headers()["content-disposition"]).toContain("data.json");
  expect(download.headers()["x-report-revision"]).toMatch(/^\d+$/);
});

test("an unpublished report is 404 on every URL and never cached", async ({ request }) => {
  for (const url of [
    "/reports/baixiang/2023",
    "/reports/baixiang/2023/r/1",
    "/reports/baixiang/2023/data.json",
    "/reports/baixiang/2023/report.docx",
  ]) {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      expect(response.headers()["x-public-cache"], url).toBeUndefined();
    }
  }
});
