import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";

/**
 * An https reverse proxy in front of the e2e server, as nginx would be: it terminates TLS (a self-signed
 * certificate for localhost, made with openssl) and forwards with X-Forwarded-For/-Proto/-Host. It
 * connects from 127.0.0.2, the address the e2e server is told to trust (TRUSTED_PROXIES in
 * playwright.config.ts); the tests' own requests come from 127.0.0.1 and are not believed.
 */
export const PROXY_ADDRESS = "127.0.0.2";

function certificate(): { key: Buffer; cert: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-tls-"));
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  try {
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2"].concat([
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
      ]),
      { stdio: "ignore" },
    );
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
  } catch (error) {
    throw new Error(`The https-proxy test needs openssl to make a certificate (apt-get install openssl): ${error}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function startTlsProxy(upstreamPort: number): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = https.createServer(certificate(), (req, res) => {
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: upstreamPort,
        localAddress: PROXY_ADDRESS,
        method: req.method,
        path: req.url,
        headers: {
          ...req.headers,
          "x-forwarded-for": forwardedFor,
          "x-forwarded-proto": "https",
          "x-forwarded-host": req.headers.host ?? "",
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `https://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
