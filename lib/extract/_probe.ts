import { readFileSync } from "node:fs";
import { extractFacts } from "./index";
import { findEntities } from "./entities";
let t = process.argv[2]!;
if (t.startsWith("@")) { t = readFileSync(t.slice(1), "utf8"); t = t.replace(/^---[\s\S]*?---\n/, ""); }
const scan = findEntities(t);
console.log("primary", scan.primary, scan.entities[scan.primary]?.name, "sources", [...scan.sources].map(i=>scan.entities[i]?.name), "always", [...scan.alwaysSources].map(i=>scan.entities[i]?.name));
const r = extractFacts(t, {});
for (const e of r.entities) console.log("E", e.kind, JSON.stringify(e.name), e.tickers, e.mentions.map(m=>t.slice(m[0],m[1])));
for (const f of r.facts) if (f.figure) console.log("F", t.slice(...f.figure.span), "|", f.metric, "|", f.subject);
