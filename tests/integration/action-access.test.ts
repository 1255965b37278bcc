import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { actionHandler, registeredAction, type ActionDefinition } from "@/lib/server/action";
import { roleMay, type Actor } from "@/lib/auth/permissions";
import { makeAgency, testDb } from "./fixtures";

/**
 * Every server action of lib/ (every "use server" module, walked from the tree, so a new action is
 * asked too), as every kind of actor: the answer follows the permission map, and no input — however
 * hostile — gets the "server error" answer. Next's cache refresh is outside a request here, so it is a
 * no-op; everything else (session aside) is the real action against PostgreSQL.
 */
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, refresh: () => {} }));
// Public actions read the client's address from the request's headers (lib/server/public-action.ts).
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.77" }) }));
process.env.NEXTAUTH_SECRET ??= "action-access-test-secret-of-some-length";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SERVER_ERROR = "服务器内部错误";
const FORBIDDEN = "您没有执行此操作的权限。";

function serverActionModules(dir = path.join(ROOT, "lib")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return item.name === "generated" ? [] : serverActionModules(full);
    if (!/\.tsx?$/.test(item.name) || item.name.endsWith(".test.ts")) return [];
    return /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

type Found = { name: string; definition: ActionDefinition<z.ZodType, unknown> };
type PublicFound = { name: string; schema: z.ZodType; action: (state: unknown, data: FormData) => Promise<unknown> };
const publicActions: PublicFound[] = [];

async function allActions(): Promise<Found[]> {
  const found: Found[] = [];
  for (const file of serverActionModules()) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(exports)) {
      const name = `${path.relative(ROOT, file)}#${exported}`;
      const entry = registeredAction(value);
      if (!entry) throw new Error(`${name} is built with neither defineAction nor definePublicAction (lib/server/).`);
      if (entry.kind === "signed-in") found.push({ name, definition: entry.definition });
      else publicActions.push({ name, schema: entry.schema, action: value as PublicFound["action"] });
    }
  }
  return found;
}

/** The field names a form posts to the action: the keys of its zod object(s). */
function fieldsOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { def: Record<string, unknown> }).def;
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (def.type === "intersection") return [...fieldsOf(def.left as z.ZodType), ...fieldsOf(def.right as z.ZodType)];
  if (def.type === "pipe") return fieldsOf(def.in as z.ZodType);
  if (def.innerType) return fieldsOf(def.innerType as z.ZodType);
  return [];
}

const HOSTILE = [
  "\u0000",
  "a\u0000b",
  "2147483648",
  "99999999999",
  "-1",
  "1e3",
  "NaN",
  "Infinity",
  "0x10",
  "2026-13-45",
  "0000-00-00",
  "9999-99-99",
  '\'; DROP TABLE "User"; --',
  "<script>alert(1)</script>",
  "%ff%fe",
  "𠀀".repeat(3),
  "x".repeat(100_000),
  "[]",
  "{}",
];

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
};

/** Answers an action without a request: a redirect (Next's thrown digest) counts as success. */
async function ask(found: Found, actor: Actor | null, values: Record<string, string>) {
  try {
    return await actionHandler(found.definition)(actor, form(values));
  } catch (error) {
    if (error && typeof error === "object" && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT"))
      return { ok: true, message: "redirect" };
    throw error;
  }
}

const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
let other: Awaited<ReturnType<typeof makeAgency>>;
let actions: Found[];
beforeAll(async () => {
  [t, other, actions] = await Promise.all([makeAgency(db), makeAgency(db), allActions()]);
});
afterAll(() => db.$disconnect());

describe("every server action", () => {
  it("is found in lib/ and declares what it requires", () => {
    expect(actions.length).toBeGreaterThan(30);
    expect(actions.map((a) => a.name)).toContain("lib/applications/actions.ts#deleteApplicationAction");
    for (const a of actions) expect([a.definition.requires].flat().length, a.name).toBeGreaterThan(0);
    expect(publicActions.map((a) => a.name)).toContain("lib/online-applications/actions.ts#trackAction");
  });

  it("refuses a visitor without a session, and a role the permission map gives none of its permissions", async () => {
    const actors = [t.officeOfficer, t.farmingOfficer, t.head, t.admin, other.head].map((u) => u.actor);
    const wrong: string[] = [];
    for (const a of actions) {
      const none = await ask(a, null, {});
      if (none.ok || none.message !== "登录已失效，请重新登录。") wrong.push(`${a.name}, no session: ${none.message}`);
      for (const actor of actors) {
        const state = await ask(a, actor, {});
        const mayAtAll = [a.definition.requires].flat().some((action) => roleMay(actor.role, action));
        if (!mayAtAll && (state.ok || state.message !== FORBIDDEN))
          wrong.push(`${a.name}, ${actor.role}: ${state.message}`);
        if (mayAtAll && state.message === FORBIDDEN && !(actor.role === "OFFICER" && !actor.inDisclosureOffice))
          wrong.push(`${a.name}, ${actor.role}: refused although the role may`);
        if (state.message?.includes(SERVER_ERROR)) wrong.push(`${a.name}, ${actor.role}: ${state.message}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("deleting a record", () => {
  /** The kind of record each delete action removes, and how to make one in a department. */
  const KINDS: Record<string, (agencyId: number, departmentId: number) => Promise<{ id: number }>> = {
    "lib/applications/actions.ts#deleteApplicationAction": (agencyId, departmentId) =>
      db.disclosureApplication.create({
        data: {
          agencyId,
          departmentId,
          regNo: `DEL-${Math.random()}`,
          channel: "IN_PERSON",
          receivedOn: new Date("2024-03-04"),
          applicantType: "NATURAL_PERSON",
          applicantName: "删除测试",
          requestText: "内容",
        },
      }),
    "lib/reviews/actions.ts#deleteReviewCaseAction": (agencyId, departmentId) =>
      db.reviewCase.create({
        data: { agencyId, departmentId, kind: "RECONSIDERATION", filedOn: new Date("2024-04-01") },
      }),
    "lib/submissions/actions.ts#deleteSubmissionAction": async (agencyId, departmentId) => {
      const category = await db.submissionCategory.create({ data: { agencyId, name: `类别${Math.random()}` } });
      return db.infoSubmission.create({
        data: { agencyId, departmentId, categoryId: category.id, title: "删除测试", isoYear: 2024, isoWeek: 10 },
      });
    },
    "lib/proactive/actions.ts#deleteDocumentAction": (agencyId, departmentId) =>
      db.normativeDocument.create({
        data: {
          agencyId,
          departmentId,
          kind: "NORMATIVE",
          docNumber: `测〔2024〕${Math.random()}号`,
          title: "删除测试",
          issuedOn: new Date("2024-05-06"),
        },
      }),
    "lib/proactive/actions.ts#deleteTallyAction": (agencyId, departmentId) =>
      db.decisionTally.create({ data: { agencyId, departmentId, kind: "LICENSING", year: 2024, count: 1 } }),
    "lib/proactive/actions.ts#deleteFeeAction": (agencyId, departmentId) =>
      db.feeCollection.create({ data: { agencyId, departmentId, year: 2024, amount: 1 } }),
  };

  it("every kind has a delete action in the matrix", () => {
    const deletes = actions.filter((a) => [a.definition.requires].flat().includes("record.delete")).map((a) => a.name);
    expect(deletes.sort()).toEqual(Object.keys(KINDS).sort());
  });

  it("follows the record's department and agency, for every kind", async () => {
    const wrong: string[] = [];
    for (const [name, make] of Object.entries(KINDS)) {
      const action = actions.find((a) => a.name === name)!;
      const own = await make(t.agency.id, t.office.id);
      const another = await make(t.agency.id, t.farming.id);
      // A stale version: a permitted actor gets the conflict message and nothing is deleted.
      const attempt = (actor: Actor | null, id: number) => ask(action, actor, { id: String(id), version: "999" });
      const cases: [string, Actor | null, number, "login" | "forbidden" | "permitted" | "not-found"][] = [
        ["no session", null, own.id, "login"],
        ["officer, own department", t.officeOfficer.actor, own.id, "permitted"],
        ["officer, another department", t.officeOfficer.actor, another.id, "forbidden"],
        ["head", t.head.actor, another.id, "permitted"],
        ["admin", t.admin.actor, own.id, "forbidden"],
        ["head of another agency", other.head.actor, own.id, "not-found"],
      ];
      for (const [who, actor, id, expected] of cases) {
        const state = await attempt(actor, id);
        const message = state.message ?? "";
        const got = message.includes("登录")
          ? "login"
          : message === FORBIDDEN
            ? "forbidden"
            : message.includes("不存在")
              ? "not-found"
              : message.includes("已被他人修改")
                ? "permitted"
                : `other: ${message}`;
        if (got !== expected) wrong.push(`${name}, ${who}: ${got}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("hostile input to every server action", () => {
  it("never answers with a server error, whoever sends it", async () => {
    const actors = [t.officeOfficer.actor, t.farmingOfficer.actor, t.head.actor, t.admin.actor];
    const wrong: string[] = [];
    for (const a of actions) {
      const fields = [...new Set([...fieldsOf(a.definition.schema), "id", "version", "year", "departmentId"])];
      for (const value of HOSTILE) {
        const values = Object.fromEntries(fields.map((f) => [f, value]));
        for (const actor of actors) {
          const state = await ask(a, actor, values);
          if (state.message?.includes(SERVER_ERROR))
            wrong.push(`${a.name} ${actor.role} ${JSON.stringify(value).slice(0, 20)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("never answers with a server error on a public form either", async () => {
    const wrong: string[] = [];
    for (const a of publicActions) {
      const fields = [...new Set([...fieldsOf(a.schema), "id", "code", "number"])];
      for (const value of HOSTILE) {
        const state = (await a.action({ ok: false }, form(Object.fromEntries(fields.map((f) => [f, value]))))) as {
          message?: string;
        };
        if (state.message?.includes(SERVER_ERROR)) wrong.push(`${a.name} ${JSON.stringify(value).slice(0, 20)}`);
      }
    }
    expect(publicActions.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});
