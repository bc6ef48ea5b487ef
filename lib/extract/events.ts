// Non-numeric facts, kept conservative: events (launches, partnerships, deals,
// expansions) and statements (a named person saying something). One of each kind
// per sentence, and an event kind is reported once per company per article (later
// sentences usually recap it).
import type { Basis, Entity, Fact, Span } from "@/lib/contract";
import { sentenceAt, type Sentence } from "./sentences";

interface EventRule {
  kind: string;
  re: RegExp;
}
const EVENT_RULES: EventRule[] = [
  { kind: "launch", re: /\b(?:unveil(?:ed|s)?|launch(?:ed|es)?|introduc(?:ed|es)|releas(?:ed|es)|rolled out|roll(?:s)? out|debut(?:ed|s))\s/gi },
  { kind: "partnership", re: /\b(?:partnership|collaboration|alliance|joint venture|agreement) with\b|\b(?:partner(?:ed|s)|teamed up|team(?:s)? up) with\b/gi },
  { kind: "acquisition", re: /\b(?:acquir(?:e|ed|es|ing)|acquisition of|agreed to buy|to buy|takeover of|merger with|merge with|deal to (?:buy|acquire))\b/gi },
  { kind: "expansion", re: /\b(?:expansion|new (?:data centers|data centres|stores|factories|plants|offices|markets)|open(?:ed|s)? (?:a |its )?new)\b/gi },
  { kind: "stock purchase", re: /\b(?:purchased|bought|buys|sold|sells)\b(?=[^.\n]*\b(?:stock|shares|stake)\b)/gi },
];
const FUTURE_RE = /\b(?:will|plans? to|planned|intends? to|is set to|expects? to|would)\b/i;

// A quotation, then at most a few words (the speaker and a title) before the speech verb.
const QUOTE_FIRST_RE = /^\s*[“"]([^”"]+)[”"],?\s+(?:[\w.'’-]+\s+){1,6}$/;
const SAY_RE = /\b(?:said|says|told|noted|added|emphasi[sz]ed|highlighted|stated|warned|explained|argued|wrote)\b/g;

export interface EventContext {
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  /** Person entity index -> the company index they speak for. */
  affiliation: Map<number, number>;
  /** Subject (ticker or name) of the company an event at this span is about. */
  subjectAt: (cue: Span, sentence: Span) => string | null;
  subjectKeyOf: (entity: number) => string | null;
}

function clip(s: string, max = 200): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function findEvents(ctx: EventContext): Fact[] {
  const { text, sentences, entities } = ctx;
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const people = entities
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.kind === "person");
  // One pass per cue over the whole text: the first rule (in order) that hits a sentence wins.
  const eventCue = new Map<number, { rule: number; cue: Span }>();
  EVENT_RULES.forEach((rule, r) => {
    for (const m of text.matchAll(rule.re)) {
      const si = sentenceAt(sentences, m.index);
      const had = eventCue.get(si);
      if (si >= 0 && (!had || had.rule > r)) eventCue.set(si, { rule: r, cue: [m.index, m.index + m[0].length] });
    }
  });
  const sayCue = new Map<number, RegExpMatchArray>();
  for (const m of text.matchAll(SAY_RE)) {
    const si = sentenceAt(sentences, m.index);
    if (si >= 0 && !sayCue.has(si)) sayCue.set(si, m);
  }
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const found = eventCue.get(si);
    const said = sayCue.get(si);
    if (!found && !said) continue;
    const body = text.slice(s.start, s.end);
    const span: Span = [s.start, s.end];
    if (found) {
      const rule = EVENT_RULES[found.rule]!;
      const cue = found.cue;
      const subject = ctx.subjectAt(cue, span);
      const key = `${rule.kind}|${subject ?? ""}`;
      if (!seen.has(key)) {
      seen.add(key);
      const basis: Basis = FUTURE_RE.test(body) ? "guidance" : "reported";
      facts.push({
        kind: "event",
        statement: clip(body),
        metric: rule.kind,
        basis,
        subject,
        period: null,
        cite: span,
        figure: null,
        flags: [],
      });
      }
    }
    // A statement: a named person with a speech verb right next to the name.
    if (!said) continue;
    const say = said;
    const sayAt = say.index!;
    const speaker = people.find(({ e }) =>
      e.mentions.some(([a, b]) => (b <= sayAt && sayAt - b <= 3) || (a >= sayAt + say[0].length && a - (sayAt + say[0].length) <= 2)),
    );
    if (!speaker) continue;
    const company = ctx.affiliation.get(speaker.i);
    // "“We are executing well,” Chief Executive Jane Doe said in a statement.": what was
    // said is the quote that opens the sentence, not the words after the verb.
    const quoted = QUOTE_FIRST_RE.exec(text.slice(s.start, sayAt));
    const words = quoted ? `${quoted[1]!.replace(/[,\s]+$/, "")}.` : text.slice(sayAt + say[0].length, s.end).replace(/^\s*(?:that\s+)?/, "");
    facts.push({
      kind: "statement",
      statement: clip(`${speaker.e.name}: ${words}`),
      metric: null,
      basis: null,
      subject: company !== undefined ? ctx.subjectKeyOf(company) : null,
      period: null,
      cite: span,
      figure: null,
      flags: [],
    });
  }
  return facts;
}
