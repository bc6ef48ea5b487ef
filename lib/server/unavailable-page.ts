/** The page every request gets while the database cannot serve: what to run, not a stack trace. */
export function unavailablePage(problem: string, title = "Investor Briefing is not ready"): string {
  const escape = (s: string) =>
    s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&#39;", '"': "&quot;" })[c]!);
  // `command` spans become <code>, the rest stays text.
  const message = escape(problem).replace(/`([^`]+)`/g, "<code>$1</code>");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#0f172a}
code{background:#f1f5f9;padding:.1rem .3rem;border-radius:.2rem}@media(prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}code{background:#1e293b}}</style>
</head><body><main role="alert"><h1>${escape(title)}</h1>
<p>The briefings cannot be shown because ${message}.</p>
<p>Then reload this page.</p></main></body></html>
`;
}
