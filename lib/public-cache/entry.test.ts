import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { answerFrom, chooseEncoding, makeEntry } from "./entry";

const html = Buffer.from(
  `<!DOCTYPE html><html lang="zh-CN"><body>${"<p>柏香镇2022年政府信息公开工作年度报告</p>".repeat(100)}</body></html>`,
);
const headers: [string, string][] = [
  ["Content-Type", "text/html; charset=utf-8"],
  ["Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate"],
  ["Vary", "RSC, Next-Router-State-Tree"],
  ["x-nextjs-cache", "MISS"],
  ["Link", '</a.css>; rel=preload; as="style"'],
  ["X-Report-Revision", "2"],
];

describe("makeEntry", () => {
  it("keeps the body, its compressed variants and the headers worth repeating", async () => {
    const entry = (await makeEntry(200, headers, [], html))!;
    expect(entry.headers).toEqual({
      "content-type": "text/html; charset=utf-8",
      link: '</a.css>; rel=preload; as="style"',
      "x-report-revision": "2",
    });
    expect(gunzipSync(entry.gzip!).equals(html)).toBe(true);
    expect(brotliDecompressSync(entry.br!).equals(html)).toBe(true);
    expect(entry.etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(entry.bytes).toBeGreaterThan(html.length + entry.gzip!.length + entry.br!.length);
  });

  it("gives the same ETag to the same body and another to a changed one", async () => {
    const a = (await makeEntry(200, headers, [], html))!;
    const b = (await makeEntry(200, headers, [], Buffer.from(html)))!;
    const c = (await makeEntry(200, headers, [], Buffer.concat([html, Buffer.from(" ")])))!;
    expect(a.etag).toBe(b.etag);
    expect(c.etag).not.toBe(a.etag);
  });

  it("does not compress small bodies or binary files", async () => {
    expect((await makeEntry(200, [["content-type", "text/plain"]], [], Buffer.from("短")))!.gzip).toBeNull();
    const docx = await makeEntry(
      200,
      [["content-type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]],
      [],
      Buffer.alloc(5000),
    );
    expect(docx!.gzip).toBeNull();
    expect(docx!.br).toBeNull();
  });

  it("refuses what must not be shared: other statuses, cookies, encoded bodies", async () => {
    expect(await makeEntry(404, headers, [], html)).toBeNull();
    expect(await makeEntry(307, headers, [], html)).toBeNull();
    expect(await makeEntry(200, headers, ["next-auth.csrf-token=x; Path=/"], html)).toBeNull();
    expect(await makeEntry(200, [...headers, ["Content-Encoding", "gzip"]], [], html)).toBeNull();
  });
});

describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("gzip;q=1.0, br;q=0.5")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("*;q=0")).toBeNull();
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding("")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    // Parsed once per distinct header, and the same answer every time.
    for (let i = 0; i < 3; i++) expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
  });
});

describe("answerFrom", () => {
  it("sends the encoding the client accepts, with length, ETag and revalidation headers", async () => {
    const entry = (await makeEntry(200, headers, [], html))!;
    const br = answerFrom(entry, { method: "GET", acceptEncoding: "gzip, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body!).equals(html)).toBe(true);
    expect(br.headers).toMatchObject({
      "cache-control": "public, no-cache",
      etag: entry.etag,
      vary: "Accept-Encoding",
      "content-length": String(entry.br!.length),
    });
    const plain = answerFrom(entry, { method: "GET" });
    expect(plain.body!.equals(html)).toBe(true);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-length"]).toBe(String(html.length));
  });

  it("answers 304 to a current copy and a body-less 200 to HEAD", async () => {
    const entry = (await makeEntry(200, headers, [], html))!;
    expect(answerFrom(entry, { method: "GET", ifNoneMatch: entry.etag })).toMatchObject({ status: 304, body: null });
    expect(answerFrom(entry, { method: "GET", ifNoneMatch: `"old", ${entry.etag.slice(2)}` }).status).toBe(304);
    expect(answerFrom(entry, { method: "GET", ifNoneMatch: '"old"' }).status).toBe(200);
    const head = answerFrom(entry, { method: "HEAD", acceptEncoding: "gzip" });
    expect(head).toMatchObject({ status: 200, body: null });
    expect(head.headers["content-length"]).toBe(String(entry.gzip!.length));
  });

  it("makes each representation's headers once and shares them, unchangeable", async () => {
    const entry = (await makeEntry(200, headers, [], html))!;
    const first = answerFrom(entry, { method: "GET", acceptEncoding: "gzip, deflate, br" });
    const again = answerFrom(entry, { method: "GET", acceptEncoding: "br" });
    expect(again.headers).toBe(first.headers);
    expect(Object.isFrozen(first.headers)).toBe(true);
    expect(answerFrom(entry, { method: "GET", acceptEncoding: "gzip" }).headers).not.toBe(first.headers);
    // A body too small to compress has one representation whatever the client accepts.
    const small = (await makeEntry(200, [["content-type", "text/plain"]], [], Buffer.from("短")))!;
    const answer = answerFrom(small, { method: "GET", acceptEncoding: "br" });
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.headers.vary).toBeUndefined();
    expect(answer.body!.toString()).toBe("短");
  });
});
