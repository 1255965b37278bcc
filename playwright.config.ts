import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = findChromium();

/**
 * End-to-end tests in real Chromium against the production server as `npm start` runs it
 * (scripts/serve.ts, bundled to .next/serve.mjs by `npm run build`: Next behind the public-page
 * cache), on the test database that scripts/with-db.ts or scripts/test-all.ts provides in DATABASE_URL.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: chromium?.executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `node .next/serve.mjs --port ${port}`,
    url: `http://localhost:${port}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-test-secret-not-for-production",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      // The https proxy of e2e/sign-in-https-proxy.spec.ts connects from here; the tests' own requests
      // (127.0.0.1 and other loopback addresses) are untrusted clients, as strangers on the network are.
      TRUSTED_PROXIES: "127.0.0.2",
    },
  },
});
