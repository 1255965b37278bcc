import http from "node:http";

/**
 * A sign-in as a script would post it — not through a browser — from a chosen local address (any of
 * 127.0.0.0/8 on Linux): a stranger on another machine, with whatever headers it likes to send.
 */
export type RawSignIn = { status: number; error: string | null; signedIn: boolean };

type Options = {
  port: number;
  login: string;
  password: string;
  localAddress: string;
  headers?: Record<string, string>;
};

function request(
  opts: Options,
  method: "GET" | "POST",
  path: string,
  body?: string,
  cookie?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: opts.port,
        method,
        path,
        localAddress: opts.localAddress,
        headers: {
          host: `localhost:${opts.port}`,
          ...opts.headers,
          ...(cookie ? { cookie } : {}),
          ...(body
            ? { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** A random loopback address other than 127.0.0.1 and 127.0.0.2 (the e2e server's trusted proxy). */
export function strangerAddress(): string {
  const byte = () => 3 + Math.floor(Math.random() * 250);
  return `127.${byte()}.${byte()}.${byte()}`;
}

/** next-auth's credentials sign-in, as its client posts it: CSRF token first, then the form. */
export async function rawSignIn(opts: Options): Promise<RawSignIn> {
  const csrf = await request(opts, "GET", "/api/auth/csrf");
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, login: opts.login, password: opts.password, json: "true" }).toString();
  const response = await request(opts, "POST", "/api/auth/callback/credentials", body, cookie);
  let error: string | null = null;
  try {
    const url = (JSON.parse(response.text) as { url?: string }).url;
    error = url ? new URL(url).searchParams.get("error") : null;
  } catch {
    error = response.text;
  }
  const signedIn = (response.headers["set-cookie"] ?? []).some((c) => /next-auth\.session-token=[^;]+/.test(c));
  return { status: response.status, error, signedIn };
}
