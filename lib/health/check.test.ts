import { describe, expect, it } from "vitest";
import { checkHealth, expectedMigrations } from "./check";

const expected = async () => ["20260101000000_init", "20260201000000_more"];
const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:54329"), { code: "ECONNREFUSED" });

describe("checkHealth", () => {
  it("is ok when the database answers and has every migration of this build", async () => {
    const health = await checkHealth({ expected, applied: async () => ["20260101000000_init", "20260201000000_more"] });
    expect(health).toMatchObject({ ok: true, web: "up", database: "reachable", migrations: "current" });
  });

  it("names the migrations the database lacks", async () => {
    const health = await checkHealth({ expected, applied: async () => ["20260101000000_init"] });
    expect(health).toMatchObject({ ok: false, database: "reachable", migrations: "pending" });
    expect(health.pendingMigrations).toEqual(["20260201000000_more"]);
    expect((await checkHealth({ expected, applied: async () => null })).pendingMigrations).toHaveLength(2);
  });

  it("says the database is unreachable when it refuses connections or does not answer in time", async () => {
    const down = await checkHealth({ expected, applied: () => Promise.reject(refused) });
    expect(down).toMatchObject({ ok: false, web: "up", database: "unreachable", migrations: "unknown" });
    const hanging = await checkHealth({ expected, applied: () => new Promise(() => {}), timeoutMs: 50 });
    expect(hanging).toMatchObject({ ok: false, database: "unreachable", error: "no answer within 50 ms" });
  });

  it("does not blame the database for a failing query that is not about reaching it", async () => {
    const health = await checkHealth({ expected, applied: () => Promise.reject(new Error("permission denied")) });
    expect(health).toMatchObject({ ok: false, database: "reachable", migrations: "unknown" });
  });

  it("reads this build's migrations from prisma/migrations", async () => {
    const names = await expectedMigrations();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /^\d{14}_\w+$/.test(n))).toBe(true);
    expect([...names].sort()).toEqual(names);
  });
});
