import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { authSecret, clientAddress } from "@/lib/auth/options";
import { TooManyRequestsError } from "@/lib/errors";
import { formatChinaDateTime } from "@/lib/calendar/dates";
import { formDataToObject, nulFieldErrors, zodFieldErrors } from "./form";
import { registerAction, toErrorState } from "./action";
import type { ActionState } from "./action-state";

/** A public action's answer: the usual shape plus what the page shows (a receipt, a case's status). */
export type PublicActionState<D> = ActionState & { data?: D };

/** Who is asking, as the web server's edge settled it (TRUSTED_PROXIES), and what the server signs with. */
export type PublicRequest = { clientAddress: string; secret: string; now: Date };

/**
 * A server action for the public (no account): zod → the operation, with the client's address and the
 * server secret → one result shape. The counterpart of defineAction for the few public forms (online
 * applications); each operation throttles itself (lib/online-applications/limits.ts). Secret fields
 * (a 查询码, the challenge) are never echoed back.
 */
export function definePublicAction<S extends z.ZodType, R, D>(opts: {
  schema: S;
  run: (ctx: { input: z.infer<S>; formData: FormData; request: PublicRequest }) => Promise<R>;
  success: (result: R) => { message?: string; data?: D };
  /** Fields never sent back (codes, challenge answers). */
  secretFields: string[];
  /** Added to every answer (e.g. a fresh challenge for the form). */
  always?: (request: PublicRequest) => Partial<D>;
}) {
  const action = async (_previous: PublicActionState<D>, formData: FormData): Promise<PublicActionState<D>> => {
    const secret = authSecret();
    if (!secret) throw new Error("NEXTAUTH_SECRET is not set.");
    const request = { clientAddress: clientAddress(await headers()), secret, now: new Date() };
    const values = formDataToObject(formData);
    const echo = Object.fromEntries(Object.entries(values).filter(([key]) => !opts.secretFields.includes(key)));
    const extra = opts.always?.(request);
    const done = (state: PublicActionState<D>): PublicActionState<D> => ({
      ...state,
      data: extra || state.data ? ({ ...state.data, ...extra } as D) : undefined,
      nonce: crypto.randomUUID(),
    });
    const withNul = nulFieldErrors(values);
    if (withNul) return done({ ok: false, message: "请更正标出的内容。", fieldErrors: withNul, values: echo });
    const parsed = opts.schema.safeParse(values);
    if (!parsed.success)
      return done({
        ok: false,
        message: "请更正标出的内容。",
        fieldErrors: zodFieldErrors(parsed.error),
        values: echo,
      });
    try {
      const result = await opts.run({ input: parsed.data, formData, request });
      return done({ ok: true, ...opts.success(result) });
    } catch (error) {
      if (error instanceof TooManyRequestsError)
        return done({
          ok: false,
          message: `操作过于频繁，请于 ${formatChinaDateTime(error.retryAt)}（北京时间）后再试。`,
          values: echo,
        });
      // Field messages, the one "no match" answer, a database outage: the shared mapping, values kept.
      return done({ ...toErrorState(error), values: echo });
    }
  };
  registerAction(action, { kind: "public", schema: opts.schema });
  return action;
}

/** The file a form sent in `name`, or null when none was chosen. */
export async function uploadOf(formData: FormData, name: string) {
  const file = formData.get(name);
  if (!file || typeof file === "string" || file.size === 0) return null;
  return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
}
