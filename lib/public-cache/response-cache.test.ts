import { describe, expect, it } from "vitest";
import { ResponseCache } from "./response-cache";

type Page = { bytes: number; text: string };
const page = (text: string, bytes = 10): Page => ({ text, bytes });

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("ResponseCache", () => {
  it("renders a page once for a rush of concurrent requests, then answers from memory", async () => {
    const cache = new ResponseCache<Page>(1000);
    let renders = 0;
    const gate = deferred<Page>();
    const load = () => {
      renders++;
      return gate.promise;
    };
    const rush = Array.from({ length: 20 }, () => cache.get("/r", load));
    gate.resolve(page("v1"));
    const answers = await Promise.all(rush);
    expect(renders).toBe(1);
    expect(answers.every((a) => a.value?.text === "v1" && !a.hit)).toBe(true);
    expect(await cache.get("/r", load)).toEqual({ value: page("v1"), hit: true });
    expect(renders).toBe(1);
  });

  it("does not keep a fill that began before invalidate(): a change during rendering is never lost", async () => {
    const cache = new ResponseCache<Page>(1000);
    const old = deferred<Page>();
    const early = cache.get("/r", () => old.promise);
    cache.invalidate(); // the database announced a publication while the old version was rendering
    const fresh = await cache.get("/r", async () => page("v2"));
    old.resolve(page("v1"));
    expect((await early).value?.text).toBe("v1"); // the request that started first gets what it rendered
    expect(fresh.value?.text).toBe("v2");
    expect((await cache.get("/r", async () => page("v3"))).value?.text).toBe("v2");
  });

  it("answers nothing from memory after invalidate(), but keeps each page as last known until replaced", async () => {
    const cache = new ResponseCache<Page>(1000);
    await cache.get("/a", async () => page("a"));
    await cache.get("/b", async () => page("b"));
    cache.invalidate();
    expect(cache.lastKnown("/a")?.text).toBe("a");
    expect(await cache.get("/a", async () => page("a2"))).toEqual({ value: page("a2"), hit: false });
    expect(cache.lastKnown("/a")?.text).toBe("a2");
    expect((await cache.get("/b", async () => page("b2"))).hit).toBe(false);
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBe(20);
  });

  it("keeps the last known page when rendering fails (database down), and drops it when the page is gone", async () => {
    const cache = new ResponseCache<Page>(1000);
    await cache.get("/r", async () => page("v1"));
    cache.invalidate(); // the listening connection was lost
    const down = () => Promise.reject(new Error("database down"));
    await expect(cache.get("/r", down)).rejects.toThrow("database down");
    await expect(cache.refresh("/r", down)).rejects.toThrow("database down");
    expect(cache.lastKnown("/r")?.text).toBe("v1");
    expect(await cache.get("/r", async () => null)).toEqual({ value: null, hit: false }); // unpublished: 404
    expect(cache.lastKnown("/r")).toBeNull();
  });

  it("renders anew on refresh() even when the page is current, sharing one rendering", async () => {
    const cache = new ResponseCache<Page>(1000);
    await cache.get("/r", async () => page("v1"));
    let renders = 0;
    const gate = deferred<Page>();
    const load = () => {
      renders++;
      return gate.promise;
    };
    const rush = Array.from({ length: 5 }, () => cache.refresh("/r", load));
    gate.resolve(page("v2"));
    expect((await Promise.all(rush)).map((a) => a.value?.text)).toEqual(Array(5).fill("v2"));
    expect(renders).toBe(1);
    expect(await cache.get("/r", load)).toEqual({ value: page("v2"), hit: true });
  });

  it("keeps nothing for null (not storable) or a failed rendering", async () => {
    const cache = new ResponseCache<Page>(1000);
    expect(await cache.get("/missing", async () => null)).toEqual({ value: null, hit: false });
    await expect(cache.get("/broken", async () => Promise.reject(new Error("database down")))).rejects.toThrow(
      "database down",
    );
    expect(cache.size).toBe(0);
    expect((await cache.get("/broken", async () => page("ok"))).value?.text).toBe("ok");
  });

  it("stays within its byte budget, dropping the least recently used first", async () => {
    const cache = new ResponseCache<Page>(100);
    await cache.get("/a", async () => page("a", 20));
    await cache.get("/b", async () => page("b", 20));
    await cache.get("/c", async () => page("c", 20));
    await cache.get("/a", async () => page("unused")); // touch /a: /b is now the oldest
    await cache.get("/d", async () => page("d", 25));
    await cache.get("/e", async () => page("e", 25));
    expect(cache.bytes).toBeLessThanOrEqual(100);
    expect((await cache.get("/b", async () => page("b2", 1))).value?.text).toBe("b2");
    expect((await cache.get("/a", async () => page("a2", 1))).hit).toBe(true);
  });

  it("does not let one huge response push out the rest", async () => {
    const cache = new ResponseCache<Page>(100);
    await cache.get("/small", async () => page("s", 10));
    await cache.get("/huge", async () => page("h", 60));
    expect((await cache.get("/huge", async () => page("h2", 60))).hit).toBe(false);
    expect((await cache.get("/small", async () => page("x"))).hit).toBe(true);
  });

  it("peeks without filling: a hit (counted as a use) or null", async () => {
    const cache = new ResponseCache<Page>(100);
    expect(cache.peek("/a")).toBeNull();
    expect(cache.size).toBe(0);
    for (const path of ["/a", "/b", "/c"]) await cache.get(path, async () => page(path, 25));
    expect(cache.peek("/a")?.text).toBe("/a"); // /b is now the oldest
    for (const path of ["/d", "/e"]) await cache.get(path, async () => page(path, 25));
    expect(cache.peek("/b")).toBeNull();
    expect(cache.peek("/a")?.text).toBe("/a");
    cache.invalidate();
    expect(cache.peek("/a")).toBeNull();
  });
});
