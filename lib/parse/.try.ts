import { readFileSync } from "node:fs";
import { parseArticle } from "@/lib/parse";
for (const path of process.argv.slice(2)) {
  try {
    const a = parseArticle(path, readFileSync(path));
    console.log(`== ${path}\n${JSON.stringify({ ...a, text: undefined })}\n${a.text}\n`);
  } catch (e) { console.log(`== ${path} ERR ${(e as Error).message}`); }
}
