import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes, isFrameworkDataScript } from "@/lib/server/content-security-policy";

const sha = (body: string) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`;

// The shapes Next 16 writes into a page (taken from this app's built pages).
const BOOTSTRAP = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0a.js"],"runtimeModuleIds":[94553]});';
const QUEUE = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[27201,[],\\"IconMark\\"]\\n"])';

describe("isFrameworkDataScript", () => {
  it("accepts Next's inline data pushes", () => {
    for (const script of [BOOTSTRAP, QUEUE, FLIGHT, `${FLIGHT};`, ` ${QUEUE}\n`]) expect(isFrameworkDataScript(script), script).toBe(true);
  });

  it("refuses anything that does more than push one JSON value", () => {
    for (const script of [
      "alert(1)",
      `${FLIGHT};alert(1)`,
      'self.__next_f.push([1,"x"]);fetch("//evil")',
      'self.__next_f.push([1,"x"]),alert(1)',
      "self.__next_f.push(alert(1))",
      'self.__next_f.push([1,"x"])//',
      "self.__next_f.push = alert",
      '$RC("B:0","S:0")',
    ]) {
      expect(isFrameworkDataScript(script), script).toBe(false);
    }
  });
});

describe("inlineScriptHashes", () => {
  it("lists the framework scripts' hashes and counts the others, skipping external and data scripts", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      `<script id="_R_">${BOOTSTRAP}</script>`,
      `<script>${QUEUE}</script>`,
      `<script>${FLIGHT}</script>`,
      `<script>${FLIGHT}</script>`,
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      "<script>alert(document.cookie)</script>",
    ].join("");
    expect(inlineScriptHashes(html)).toEqual({ allowed: [sha(BOOTSTRAP), sha(QUEUE), sha(FLIGHT)], refused: 1 });
  });

  it("hashes the script's exact text, as the browser does", () => {
    const body = `\n  ${QUEUE}\n`;
    expect(inlineScriptHashes(`<script>${body}</script>`).allowed).toEqual([sha(body)]);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows same-origin scripts and the given hashes, never inline code in production", () => {
    const policy = contentSecurityPolicy([sha(QUEUE)]);
    expect(policy).toContain(`script-src 'self' ${sha(QUEUE)};`);
    expect(/script-src ([^;]*)/.exec(policy)![1]).not.toMatch(/unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("lets the development server run its own scripts", () => {
    expect(/script-src ([^;]*)/.exec(contentSecurityPolicy([sha(QUEUE)], { development: true }))![1]).toBe("'self' 'unsafe-eval' 'unsafe-inline'");
  });
});
