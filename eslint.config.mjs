import next from "eslint-config-next";

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "lib/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  ...next,
  {
    // The public reading site links with plain <a>: each page is a document served from the web
    // server's page cache (scripts/serve.ts), not a client-side navigation that asks Next for a
    // React Server Components payload (docs/decisions/0005-public-page-cache.md).
    files: ["app/page.tsx", "components/public-site/published-report.tsx", "components/public-site/site-header.tsx"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
];

export default config;
