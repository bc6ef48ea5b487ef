import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native addon: loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // scripts/serve.ts compresses, after it has read the page (its policy needs the bytes).
  compress: false,
};

export default nextConfig;
