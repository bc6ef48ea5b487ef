import { readFileSync } from "node:fs";
import { parseArticle } from "@/lib/parse";
const path = process.argv[2]!;
const a = parseArticle(path, readFileSync(path));
console.log(JSON.stringify({ ...a, text: undefined }, null, 1));
console.log(a.text);
