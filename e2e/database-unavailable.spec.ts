import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

/**
 * The database goes away and comes back, under a web server of its own: it reaches the test database
 * through a gate (a TCP relay) that the test cuts and restores. A person in the back office sees
 * "数据库暂时不可用" (not a stack), the page comes back by itself when the database does, the public
 * report stays readable from the page cache, and /healthz tells a load balancer.
 */
const port = Number(process.env.E2E_PORT ?? 3100) + 30;
const gatePort = port + 1;
const base = `http://localhost:${port}`;

type Gate = { cut(): void; restore(): void; close(): Promise<void> };

function openGate(target: URL): Promise<Gate> {
  let open = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!open) return void client.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.on("close", () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) =>
    server.listen(gatePort, "127.0.0.1", () =>
      resolve({
        cut() {
          open = false;
          for (const socket of sockets) socket.destroy();
        },
        restore() {
          open = true;
        },
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

let gate: Gate;
let server: ChildProcess;

test.use({ baseURL: base });

test.beforeAll(async () => {
  const database = new URL(process.env.DATABASE_URL!);
  gate = await openGate(database);
  const throughGate = new URL(database);
  throughGate.hostname = "127.0.0.1";
  throughGate.port = String(gatePort);
  server = spawn(process.execPath, [".next/serve.mjs", "--port", String(port)], {
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: throughGate.toString(),
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-test-secret-not-for-production",
      AUTH_TRUST_HOST: "true",
    },
  });
  await expect(async () => expect((await fetch(`${base}/healthz`)).status).toBe(200)).toPass({ timeout: 60_000 });
});

test.afterAll(async () => {
  gate.restore();
  server.kill("SIGTERM");
  await gate.close();
});

test("office pages say 数据库暂时不可用 while the database is down, and come back by themselves", async ({
  page,
  request,
}) => {
  await signIn(page, "officer");
  await page.goto("/office/submissions");
  await expect(page.getByTestId("current-user")).toContainText("李晓梅");
  const report = await request.get("/reports/baixiang/2022");
  expect(report.status()).toBe(200);
  const published = await report.text();

  gate.cut();
  const health = await request.get("/healthz");
  expect(health.status()).toBe(503);
  expect(await health.json()).toMatchObject({ ok: false, web: "up", database: "unreachable" });

  await page.reload();
  await expect(page.getByRole("heading", { name: "数据库暂时不可用" })).toBeVisible();
  await expect(page.getByText("恢复后本页会自动刷新")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/PrismaClient|at async|Error:/);

  // The published report, read before, is still served — as it was last rendered.
  const stale = await request.get("/reports/baixiang/2022");
  expect(stale.status()).toBe(200);
  expect(stale.headers()["x-public-cache"]).toBe("stale");
  expect(await stale.text()).toBe(published);

  gate.restore();
  await expect(page.getByTestId("current-user")).toContainText("李晓梅", { timeout: 20_000 });
  expect((await request.get("/healthz")).status()).toBe(200);
});
