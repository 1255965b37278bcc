/**
 * What a browser does, over plain HTTP, for the standing tests: sign in through next-auth's credentials
 * endpoint, and call a server action the way React does (POST to a page with the action's id, the
 * arguments encoded as React's reply format). Action ids come from the build's server-reference manifest.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../runtime/paths.ts";

export type SignIn = { ok: boolean; cookie: string; error: string };

function cookieHeader(response: Response, previous = ""): string {
  const jar = new Map(previous ? previous.split("; ").map((c) => c.split("=", 2) as [string, string]) : []);
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

export async function signIn(base: string, login: string, password: string): Promise<SignIn> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = cookieHeader(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, login, password, json: "true", callbackUrl: `${base}/office` }),
  });
  const text = await response.text();
  const session = cookieHeader(response, cookie);
  let url = response.headers.get("location") ?? "";
  try {
    url = (JSON.parse(text) as { url?: string }).url ?? url;
  } catch {
    // not JSON: the location header says it
  }
  const error = new URL(url || base, base).searchParams.get("error") ?? "";
  return { ok: session.includes("session-token=") && !error, cookie: session, error };
}

type Manifest = {
  node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }>;
};

/** Finds an action by its module and export name; returns its id and a page that serves it. */
export function findAction(filename: string, exportedName: string): { id: string; page: string } {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename !== filename || entry.exportedName !== exportedName) continue;
    const worker = Object.keys(entry.workers)[0]; // e.g. app/office/reports/[year]/page
    return { id, page: worker.replace(/^app/, "").replace(/\/page$/, "") };
  }
  throw new Error(`No server action ${exportedName} in ${filename} in this build (npm run build).`);
}

export type ActionResult = { ok: boolean; message?: string; redirectTo?: string; status: number };

/** Calls a `defineAction` action (previous state, FormData) at `page` (with its dynamic segments filled in). */
export async function callAction(
  base: string,
  action: { id: string },
  page: string,
  fields: [string, string][],
  cookie: string,
  signal?: AbortSignal,
): Promise<ActionResult> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(`_1_${name}`, value); // React's reply format: FormData argument 1
  form.append("0", JSON.stringify([{ ok: false }, "$K1"]));
  const response = await fetch(base + page, {
    method: "POST",
    headers: { "next-action": action.id, accept: "text/x-component", cookie, origin: base },
    body: form,
    redirect: "manual",
    signal,
  });
  const text = await response.text();
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    try {
      const value = JSON.parse(line.slice(colon + 1)) as Partial<ActionResult>;
      if (value && typeof value === "object" && "ok" in value)
        return { ...value, ok: !!value.ok, status: response.status };
    } catch {
      // another row of the RSC payload
    }
  }
  return { ok: false, message: `no action result (HTTP ${response.status})`, status: response.status };
}
