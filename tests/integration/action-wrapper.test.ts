import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, makeAgency } from "./fixtures";
import { actionHandler } from "@/lib/server/action";
import { z, fields } from "@/lib/validation";
import { ConflictError } from "@/lib/errors";
import { normativeDocuments } from "@/lib/proactive/documents";
import { normativeDocumentInput } from "@/lib/proactive/schemas";

/**
 * The one wrapper of every server action (lib/server/action.ts): session, zod, permission, the
 * operation, one result shape — against real records in PostgreSQL.
 */
const db = testDb();
let t: Awaited<ReturnType<typeof makeAgency>>;
beforeAll(async () => {
  t = await makeAgency(db);
});
afterAll(() => db.$disconnect());

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
};

const createDocument = actionHandler({
  schema: normativeDocumentInput,
  requires: "record.create",
  permission: ({ actor, input }) => ["record.create", { agencyId: actor.agencyId, departmentId: input.departmentId }],
  run: ({ actor, input }) => normativeDocuments.create(db, actor, input),
  success: (created) => ({ message: `已登记 ${created.docNumber}` }),
});

const good = () => ({
  kind: "NORMATIVE",
  departmentId: String(t.office.id),
  docNumber: `包装〔2030〕${Math.random().toString(36).slice(2, 8)}号`,
  title: "关于测试的通知",
  issuedOn: "2030-02-01",
});

describe("the server-action wrapper", () => {
  it("without a session answers with a message and keeps what was typed, writing nothing", async () => {
    const values = good();
    const state = await createDocument(null, form(values));
    expect(state).toMatchObject({ ok: false, message: "登录已失效，请重新登录。", values });
    expect(await db.normativeDocument.count({ where: { docNumber: values.docNumber } })).toBe(0);
  });

  it("gives every zod message at its field, in Chinese, with the values echoed (never a password)", async () => {
    const state = await createDocument(
      t.officeOfficer.actor,
      form({ ...good(), kind: "", issuedOn: "2030-02-30", title: "", password: "secret" }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({
      kind: ["请选择文件类别。"],
      title: ["请填写文件标题。"],
      issuedOn: ["印发日期不是有效日期。"],
    });
    expect(state.values).toMatchObject({ issuedOn: "2030-02-30" });
    expect(state.values).not.toHaveProperty("password");
  });

  it("refuses what the permission map denies before running anything", async () => {
    const values = { ...good(), departmentId: String(t.farming.id) };
    const state = await createDocument(t.officeOfficer.actor, form(values));
    expect(state).toMatchObject({ ok: false, message: "您没有执行此操作的权限。" });
    expect(await db.normativeDocument.count({ where: { docNumber: values.docNumber } })).toBe(0);
  });

  it("runs the operation and answers with its success message; a domain refusal lands at its field", async () => {
    const values = good();
    expect(await createDocument(t.officeOfficer.actor, form(values))).toMatchObject({
      ok: true,
      message: `已登记 ${values.docNumber}`,
    });
    const again = await createDocument(t.officeOfficer.actor, form(values));
    expect(again).toMatchObject({ ok: false, fieldErrors: { docNumber: ["该文号已登记，同一文件请勿重复登记。"] } });
  });

  it("says what happened for typed errors and hides anything unexpected behind a plain message", async () => {
    const failing = (error: unknown) =>
      actionHandler({
        schema: z.object({ id: fields.id("记录") }),
        requires: "record.read",
        permission: ({ actor }) => ["record.read", { agencyId: actor.agencyId, departmentId: actor.departmentId }],
        run: async () => {
          throw error;
        },
      });
    const conflict = await failing(new ConflictError())(t.officeOfficer.actor, form({ id: "1" }));
    expect(conflict.message).toContain("已被他人修改");
    const hidden = await failing(new Error("Invalid prisma.x.findFirst() at db.internal:5432"))(
      t.officeOfficer.actor,
      form({ id: "1" }),
    );
    expect(hidden.message).toBe("保存失败：服务器内部错误，请稍后重试。您填写的内容仍保留在表单中。");
    expect(JSON.stringify(hidden)).not.toContain("prisma");
    const down = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:54339"), { code: "ECONNREFUSED" });
    expect((await failing(down)(t.officeOfficer.actor, form({ id: "1" }))).message).toBe(
      "数据库暂时不可用，请稍后再提交。您填写的内容仍保留在表单中。",
    );
    // Next's redirect()/notFound() are errors with a digest: they pass through.
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/x;307;" });
    await expect(failing(redirect)(t.officeOfficer.actor, form({ id: "1" }))).rejects.toBe(redirect);
  });
});

describe("one-time tokens of create forms", () => {
  const createOnce = actionHandler({
    once: "test.documents.create",
    schema: normativeDocumentInput,
    requires: "record.create",
    permission: ({ actor, input }) => ["record.create", { agencyId: actor.agencyId, departmentId: input.departmentId }],
    run: ({ actor, input }) => normativeDocuments.create(db, actor, input),
    success: (created) => ({
      message: `已登记 ${created.docNumber}`,
      redirectTo: `/office/proactive/documents/${created.id}`,
    }),
  });
  const count = (docNumber: string) => db.normativeDocument.count({ where: { agencyId: t.agency.id, docNumber } });

  it("a replayed post returns the first answer and creates nothing more, also when replays race", async () => {
    const values = { ...good(), _once: crypto.randomUUID() };
    const first = await createOnce(t.officeOfficer.actor, form(values));
    expect(first).toMatchObject({ ok: true, message: `已登记 ${values.docNumber}` });
    const replay = await createOnce(t.officeOfficer.actor, form(values));
    expect(replay).toMatchObject({ ok: true, redirectTo: first.redirectTo });
    expect(await count(values.docNumber)).toBe(1);

    const racing = { ...good(), _once: crypto.randomUUID() };
    const answers = await Promise.all(Array.from({ length: 5 }, () => createOnce(t.officeOfficer.actor, form(racing))));
    expect(answers.every((a) => a.ok && a.redirectTo === answers[0].redirectTo)).toBe(true);
    expect(await count(racing.docNumber)).toBe(1);
  });

  it("a refused post releases its token: the corrected form goes through with the same token", async () => {
    const token = crypto.randomUUID();
    const values = { ...good(), _once: token };
    const refused = await createOnce(t.officeOfficer.actor, form({ ...values, title: "" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { title: ["请填写文件标题。"] } });
    expect(await createOnce(t.officeOfficer.actor, form(values))).toMatchObject({ ok: true });
    expect(await count(values.docNumber)).toBe(1);
  });

  it("never hands one user's answer to another who replays the token", async () => {
    const values = { ...good(), _once: crypto.randomUUID() };
    await createOnce(t.officeOfficer.actor, form(values));
    const other = await createOnce(t.head.actor, form({ ...values, docNumber: `${values.docNumber}乙` }));
    expect(other).toMatchObject({ ok: false, message: "表单已失效，请刷新页面后重新填写提交。" });
    expect(await count(`${values.docNumber}乙`)).toBe(0);
  });
});
