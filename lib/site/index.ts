import { readEnv } from "@/lib/env";

/** The public origin for absolute links (feeds, sitemap, Open Graph): SITE_URL, else localhost on PORT. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): URL {
  const { SITE_URL, PORT } = readEnv(env);
  return new URL(SITE_URL ?? `http://localhost:${PORT}`);
}

export const SITE_NAME = "Investor Briefing";
