/**
 * The standing tests' reverse proxy: `node --import tsx scripts/standing/proxy.ts <port> <backend-port>…`.
 * What a deployment's nginx does, reduced to what the test needs: requests go round-robin to the web
 * servers on loopback, with X-Forwarded-For/-Host/-Proto set by the proxy (the only hop allowed to set
 * them); a backend that refuses the connection (it is down) is skipped and the next one tried — the
 * request was not sent, so that is safe even for a POST — and a GET or HEAD whose connection broke is
 * tried on the next one too (nginx's proxy_next_upstream default). Several processes, one address.
 */
import http from "node:http";

const [port, ...backends] = process.argv.slice(2).map(Number);
const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
let next = 0;

function forward(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer, tried: number) {
  // A retry goes over a new connection: the kept-alive one that failed may have been closed under us.
  const backend = backends[next++ % backends.length];
  const { connection: _c, "keep-alive": _k, ...headers } = req.headers;
  headers["x-forwarded-for"] = req.socket.remoteAddress ?? "127.0.0.1";
  headers["x-forwarded-host"] = req.headers.host ?? "";
  headers["x-forwarded-proto"] = "http";
  const upstream = http.request(
    { host: "127.0.0.1", port: backend, method: req.method, path: req.url, headers, agent: tried ? false : agent },
    (answer) => {
      // Hop-by-hop headers describe the backend's connection, not ours (its keep-alive timeout is not ours).
      const { connection: _c, "keep-alive": _k, ...forwarded } = answer.headers;
      res.writeHead(answer.statusCode ?? 502, forwarded);
      answer.pipe(res);
    },
  );
  upstream.on("error", (error: NodeJS.ErrnoException) => {
    const idempotent = req.method === "GET" || req.method === "HEAD";
    const retry = error.code === "ECONNREFUSED" || (idempotent && !res.headersSent);
    if (retry && tried + 1 < backends.length * 2) return forward(req, res, body, tried + 1);
    console.error(`[proxy] ${req.method} ${req.url} → ${backend}: ${error.code ?? ""} ${error.message}`);
    if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
    res.end(`bad gateway: ${error.message}`);
  });
  upstream.end(body);
}

http
  .createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => forward(req, res, Buffer.concat(chunks), 0));
  })
  .listen(port, "127.0.0.1", () => console.log(`[proxy] on 127.0.0.1:${port} → ${backends.join(", ")}`));
