import type { NextConfig } from "next";
import { buildId } from "./lib/build-id";

// Nothing reaches the network: Next's anonymous telemetry would post build events to
// telemetry.nextjs.org. The build reads this config before it starts its telemetry.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

// `npm test` type-checks before its browser tests build (playwright.config.ts sets this):
// the build's own check of the same sources would take as long again.
const typeChecked = process.env.BRIEFING_TYPECHECKED === "1";

const nextConfig: NextConfig = {
  // Drivers: loaded by Node at run time, never bundled (better-sqlite3 is a native addon).
  serverExternalPackages: ["better-sqlite3", "pg"],
  poweredByHeader: false,
  // scripts/serve.ts compresses, after it has read the page (its policy needs the bytes).
  compress: false,
  // One ID for every build of the same sources: several servers serve the same asset paths.
  generateBuildId: () => buildId(),
  typescript: { ignoreBuildErrors: typeChecked },
};

export default nextConfig;
