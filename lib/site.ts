import { z } from "zod";

/**
 * The public origin for absolute links (feeds, sitemap, Open Graph): SITE_URL, else
 * localhost on PORT. Validated once, here.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): URL {
  const port = z.coerce.number().int().min(1).max(65535).default(3000).parse(env.PORT || undefined);
  return new URL(z.url({ protocol: /^https?$/ }).default(`http://localhost:${port}`).parse(env.SITE_URL || undefined));
}

export const SITE_NAME = "Investor Briefing";
