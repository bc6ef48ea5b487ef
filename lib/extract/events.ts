// Non-numeric facts, kept conservative: events (launches, partnerships, deals,
// expansions) and statements (a named person saying something). One of each kind
// per sentence, and an event kind is reported once per company per article (later
// sentences usually recap it).
import type { Basis, Entity, Fact, Span } from "@/lib/contract";
import type { Sentence } from "./sentences";

interface EventRule {
  kind: string;
  re: RegExp;
}
const EVENT_RULES: EventRule[] = [
  { kind: "launch", re: /\b(?:unveil(?:ed|s)?|launch(?:ed|es)?|introduc(?:ed|es)|releas(?:ed|es)|rolled out|roll(?:s)? out|debut(?:ed|s))\s/i },
  { kind: "partnership", re: /\b(?:partnership|collaboration|alliance|joint venture|agreement) with\b|\b(?:partner(?:ed|s)|teamed up|team(?:s)? up) with\b/i },
  { kind: "acquisition", re: /\b(?:acquir(?:e|ed|es|ing)|acquisition of|agreed to buy|to buy|takeover of|merger with|merge with|deal to (?:buy|acquire))\b/i },
  { kind: "expansion", re: /\b(?:expansion|new (?:data centers|data centres|stores|factories|plants|offices|markets)|open(?:ed|s)? (?:a |its )?new)\b/i },
  { kind: "stock purchase", re: /\b(?:purchased|bought|buys|sold|sells)\b(?=[^.]*\b(?:stock|shares|stake)\b)/i },
];
const FUTURE_RE = /\b(?:will|plans? to|planned|intends? to|is set to|expects? to|would)\b/i;

const SAY_RE = /\b(?:said|says|told|noted|added|emphasi[sz]ed|highlighted|stated|warned|explained|argued|wrote)\b/;

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
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const span: Span = [s.start, s.end];
    for (const rule of EVENT_RULES) {
      const m = rule.re.exec(body);
      if (!m) continue;
      const cue: Span = [s.start + m.index, s.start + m.index + m[0].length];
      const subject = ctx.subjectAt(cue, span);
      const key = `${rule.kind}|${subject ?? ""}`;
      if (seen.has(key)) continue;
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
      break;
    }
    // A statement: a named person with a speech verb right next to the name.
    const say = SAY_RE.exec(body);
    if (!say) continue;
    const sayAt = s.start + say.index;
    const speaker = people.find(({ e }) =>
      e.mentions.some(([a, b]) => (b <= sayAt && sayAt - b <= 3) || (a >= sayAt + say[0].length && a - (sayAt + say[0].length) <= 2)),
    );
    if (!speaker) continue;
    const company = ctx.affiliation.get(speaker.i);
    const said = body.slice(say.index + say[0].length).replace(/^\s*(?:that\s+)?/, "");
    facts.push({
      kind: "statement",
      statement: clip(`${speaker.e.name}: ${said}`),
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
