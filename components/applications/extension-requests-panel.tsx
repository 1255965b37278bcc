"use client";

import { useActionState } from "react";
import Link from "next/link";
import { approveExtensionAction } from "@/lib/applications/actions";
import type { ExtensionRequest } from "@/lib/applications/extensions";
import { initialActionState } from "@/lib/server/action-state";

/** The head's 工作台: officers' requests to extend a reply (第三十三条), each approved with one button. */
export function ExtensionRequestsPanel({ requests }: { requests: ExtensionRequest[] }) {
  // One action for every request: the answer stays on the panel when the approved request leaves the list.
  const [state, action] = useActionState(approveExtensionAction, initialActionState);
  if (!requests.length && !state.message) return null;
  return (
    <section aria-labelledby="extension-requests" className="mt-6 rounded border border-amber-400 bg-amber-50 p-4">
      <h2 id="extension-requests" className="text-lg font-semibold">
        待批准的延期答复申请
      </h2>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={`mt-1 ${state.ok ? "text-green-800" : "text-red-700"}`}>
          {[state.message, ...Object.values(state.fieldErrors ?? {}).flat()].join(" ")}
        </p>
      )}
      {requests.length ? (
        <ul className="mt-2 space-y-2">
          {requests.map((r) => (
            <ExtensionRequestItem key={r.applicationId} request={r} action={action} />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-stone-700">没有待批准的延期申请。</p>
      )}
    </section>
  );
}

function ExtensionRequestItem({ request: r, action }: { request: ExtensionRequest; action: (data: FormData) => void }) {
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Link href={`/office/applications/${r.applicationId}`} className="font-medium text-brand-700 underline">
        {r.regNo}
      </Link>
      <span>
        {r.department}于 {r.requestedOn} 申请延期 {r.workingDays} 个工作日
        {r.note ? `（${r.note}）` : ""}；现答复期限 {r.dueOn ?? "暂停计时"}
      </span>
      <form action={action}>
        <input type="hidden" name="id" value={r.applicationId} />
        <input type="hidden" name="version" value={r.version} />
        <button className="rounded border border-stone-400 bg-white px-3 py-1 hover:bg-stone-100">
          批准延期 {r.workingDays} 个工作日
        </button>
      </form>
    </li>
  );
}
