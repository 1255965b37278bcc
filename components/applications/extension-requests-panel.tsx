"use client";

import { useActionState } from "react";
import Link from "next/link";
import { approveExtensionAction } from "@/lib/applications/actions";
import type { ExtensionRequest } from "@/lib/applications/extensions";
import { initialActionState } from "@/lib/server/action-state";

/** The head's 工作台: officers' requests to extend a reply (第三十三条), each approved with one button. */
export function ExtensionRequestsPanel({ requests }: { requests: ExtensionRequest[] }) {
  if (!requests.length) return null;
  return (
    <section aria-labelledby="extension-requests" className="mt-6 rounded border border-amber-400 bg-amber-50 p-4">
      <h2 id="extension-requests" className="text-lg font-semibold">
        待批准的延期答复申请
      </h2>
      <ul className="mt-2 space-y-2">
        {requests.map((r) => (
          <ExtensionRequestItem key={r.applicationId} request={r} />
        ))}
      </ul>
    </section>
  );
}

function ExtensionRequestItem({ request: r }: { request: ExtensionRequest }) {
  const [state, action] = useActionState(approveExtensionAction, initialActionState);
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Link href={`/office/applications/${r.applicationId}`} className="font-medium text-brand-700 underline">
        {r.regNo}
      </Link>
      <span>
        {r.department}于 {r.requestedOn} 申请延期 {r.workingDays} 个工作日
        {r.note ? `（${r.note}）` : ""}；现答复期限 {r.dueOn ?? "暂停计时"}
      </span>
      {!state.ok && (
        <form action={action}>
          <input type="hidden" name="id" value={r.applicationId} />
          <input type="hidden" name="version" value={r.version} />
          <button className="rounded border border-stone-400 bg-white px-3 py-1 hover:bg-stone-100">
            批准延期 {r.workingDays} 个工作日
          </button>
        </form>
      )}
      {state.message && (
        <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "text-red-700"}>
          {state.message}
        </span>
      )}
    </li>
  );
}
