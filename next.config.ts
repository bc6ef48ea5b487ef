import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Drivers: loaded by Node at run time, never bundled (better-sqlite3 is a native addon).
  serverExternalPackages: ["better-sqlite3", "pg"],
  poweredByHeader: false,
  // scripts/serve.ts compresses, after it has read the page (its policy needs the bytes).
  compress: false,
};

export default nextConfig;
