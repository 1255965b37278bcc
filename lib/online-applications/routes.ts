import "server-only";
import { prisma } from "@/lib/db";
import { defineRoute } from "@/lib/server/route";
import { authSecret, clientAddress } from "@/lib/auth/options";
import { NotFoundError, TooManyRequestsError } from "@/lib/errors";
import { fromDbId } from "./ids";
import { correctionNotice, loadAttachment, loadReplyLetter } from "./operations";
import { replyLetterForApplicant } from "./public";
import { trackInput } from "./schemas";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** A stored file, always as a download (never rendered by the browser), never cached. */
function download(file: { filename: string; contentType: string; data: Uint8Array }) {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** The gate of the office downloads; the operations authorize on the application itself. */
const officeGate = ({ actor }: { actor: { agencyId: number; departmentId: number | null } }) =>
  ["record.read", { agencyId: actor.agencyId, departmentId: actor.departmentId }] as const;

/** GET /office/online-applications/attachments/[id]: an applicant's attachment. */
export const attachmentRoute = defineRoute<{ id: string }>({
  permission: (ctx) => [...officeGate(ctx)],
  run: async ({ actor, params }) => download(await loadAttachment(prisma, actor, fromDbId(params.id))),
});

/** GET /office/online-applications/letters/[id]: a reply letter as stored. */
export const officeLetterRoute = defineRoute<{ id: string }>({
  permission: (ctx) => [...officeGate(ctx)],
  run: async ({ actor, params }) => download(await loadReplyLetter(prisma, actor, fromDbId(params.id))),
});

/** GET /office/online-applications/[id]/correction-notice: the 补正通知书 drafted from the request. */
export const correctionNoticeRoute = defineRoute<{ id: string }>({
  permission: (ctx) => [...officeGate(ctx)],
  run: async ({ actor, params }) => download(await correctionNotice(prisma, actor, fromDbId(params.id))),
});

/**
 * POST /apply/track/letter (public): the reply letter for 申请编号 + 查询码 sent in the form body (never in
 * the address: addresses end up in logs and browser history). Throttled like the tracking page.
 */
export async function publicLetterRoute(request: Request): Promise<Response> {
  const secret = authSecret();
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set.");
  const form = await request.formData().catch(() => null);
  const parsed = trackInput.safeParse({ number: form?.get("number") ?? "", code: form?.get("code") ?? "" });
  if (!parsed.success) return text("请填写申请编号和查询码。", 400);
  try {
    const letter = await replyLetterForApplicant(prisma, parsed.data, {
      clientAddress: clientAddress(request.headers),
      secret,
      now: new Date(),
    });
    return download(letter);
  } catch (error) {
    if (error instanceof TooManyRequestsError) return text("操作过于频繁，请稍后再试。", 429);
    if (error instanceof NotFoundError) return text(error.message, 404);
    throw error;
  }
}
