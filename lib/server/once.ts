import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionState } from "./action-state";

/**
 * One-time tokens of create forms: the first post carrying a token runs; a replay of it (the same
 * request sent again: a retry, a double submission that got past the button, a captured request)
 * gets the first answer back instead of creating the record twice. The claim is a row keyed by
 * the token, so concurrent replays on any web server wait for the first one. A run that fails
 * releases its token: the user corrects the form and submits it again with the same token.
 */

/** The hidden field of a create form that carries its token. */
export const ONCE_FIELD = "_once";

const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WAIT_MS = 15_000;
const POLL_MS = 100;
const KEEP_MS = 24 * 3_600_000;

export function onceToken(values: Record<string, string | string[]>): string | null {
  const raw = values[ONCE_FIELD];
  return typeof raw === "string" && TOKEN.test(raw) ? raw.toLowerCase() : null;
}

/**
 * Runs `run` once for `token` (per user and action) and returns its answer; a replay returns the
 * stored answer of the first run (waiting for it while it is still running).
 */
export async function runOnce(
  token: string,
  who: { userId: number; action: string },
  run: () => Promise<ActionState>,
): Promise<ActionState> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const claimed = await prisma.$executeRaw`
      INSERT INTO "ActionReceipt" ("token", "userId", "action") VALUES (${token}, ${who.userId}, ${who.action})
      ON CONFLICT ("token") DO NOTHING`;
    if (claimed === 1) return first(token, run);
    const receipt = await prisma.actionReceipt.findUnique({ where: { token } });
    if (receipt && (receipt.userId !== who.userId || receipt.action !== who.action)) {
      return { ok: false, message: "表单已失效，请刷新页面后重新填写提交。" };
    }
    if (receipt?.state) return receipt.state as ActionState;
    if (Date.now() > deadline) return { ok: false, message: "上一次提交仍在处理中，请稍后刷新页面查看结果。" };
    // Still running elsewhere (or just released after a failure: then the next claim takes it).
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function first(token: string, run: () => Promise<ActionState>): Promise<ActionState> {
  let state: ActionState;
  try {
    state = await run();
  } catch (error) {
    // A redirect (Next's) is a success that navigates: keep it as the answer, then let it go on.
    const digest = (error as { digest?: unknown })?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) {
      const target = digest.split(";")[2];
      await keep(token, { ok: true, redirectTo: target });
    } else {
      await release(token);
    }
    throw error;
  }
  if (state.ok) await keep(token, state);
  else await release(token);
  return state;
}

async function keep(token: string, state: ActionState) {
  const { values: _values, ...kept } = state; // never store what the user typed
  await prisma.actionReceipt.update({ where: { token }, data: { state: kept as Prisma.InputJsonValue } });
  // Old receipts are of no use: a form is not replayed a day later.
  await prisma.actionReceipt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_MS) } } });
}

async function release(token: string) {
  await prisma.actionReceipt.deleteMany({ where: { token } });
}
