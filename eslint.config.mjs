import next from "eslint-config-next";

// The boundaries of the code's shape (docs/code-style.md), enforced so they stay.
const DATE_GETTERS =
  "/^(getFullYear|getMonth|getDate|getDay|getHours|getMinutes|getUTCFullYear|getUTCMonth|getUTCDate|getUTCDay|getUTCHours|toLocaleDateString|getYear)$/";

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
    files: [
      "app/page.tsx",
      "app/not-found.tsx",
      "components/public-site/published-report.tsx",
      "components/public-site/site-header.tsx",
    ],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // app/ only routes: pages load through a feature's loaders (which take the actor) and render.
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "@/lib/generated/*", "**/lib/db", "**/lib/db.ts"],
              message: "app/ only routes: load data through the feature's loaders in lib/<feature>/loaders.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    // Modules and components never reach back up into the routes; components never query the database.
    files: ["lib/**/*.ts", "lib/**/*.tsx", "components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "**/app/*"],
              message: "Nothing imports from app/: server actions live in lib/<feature>/actions.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "**/app/*"],
              message: "Nothing imports from app/: server actions live in lib/<feature>/actions.ts.",
            },
            {
              group: ["@/lib/db"],
              message: "Components render what loaders give them; they never query the database.",
            },
          ],
        },
      ],
    },
  },
  {
    // One date module: calendar dates are ISO strings, "today" is China's (lib/calendar/dates.ts).
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/calendar/dates.ts", "**/*.test.ts", "tests/**", "e2e/**", "scripts/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: `CallExpression[callee.property.name=${DATE_GETTERS}]`,
          message:
            "Dates go through lib/calendar/dates.ts (toIsoDate, yearOfDate, todayInChina, currentYearInChina …): no server-local or ad-hoc date getters.",
        },
      ],
    },
  },
];

export default config;
