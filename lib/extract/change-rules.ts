// The direction of a figure (up / down) as data: the move words, scanned once per article,
// and the ordered rules that read them around a figure (CHANGE_RULES; attributes.ts runs
// them in changeOf). Each entry carries an example sentence (our own words) that
// rules.test.ts runs through extractFacts.
import type { Change, Span } from "@/lib/contract";
import type { FigureContext } from "./attributes";
import { within } from "./spans";

export interface ChangeExample {
  text: string;
  figure: string;
  change: Change | null;
}

/** Words that move a figure; the scan tries the groups in order. */
export interface ChangeWords {
  name: string;
  change: Change;
  words: string;
  example: ChangeExample;
}

export const CHANGE_WORDS: ChangeWords[] = [
  {
    name: "rise words",
    change: "up",
    words: String.raw`rose|rise|rises|rising|risen|jumped|jump|jumps|jumping|soared|soar|soars|soaring|surged|surge|surges|surging|climbed|climb|climbs|climbing|gained|gain|gains|gaining|widened|widening|increased|increase|increases|increasing|up(?!\s+to\s+\D{0,4}\d)|grew|grow|grows|growing|grown|advanced|advancing|rallied|rallying|spiked|leapt|leaped|added|boosted|boost|raised|raise|raising|lifted|expanded|improved|improve|improves|improving|rebounded|accelerated|higher|climbed|doubled|tripled|skyrocketed|rocketed|popped|firmed|strengthened|recovered|hiked|hike|topped|ticked up|edged up|ahead(?=\s+(?:by\s+)?[£$€]?\d)|edged ahead|inched ahead|crept ahead|moved ahead|nudged ahead|pushed ahead|put on|add|adds|adding|appreciated|appreciating|bounced|inched up|inched higher|crept up|crept higher|rallies|spiking|spikes|leaping|leaps|rocketing|firming|strengthening|rebounding|rebounds|recovering|recovers|bouncing|improving|improves|expanding|expands|accelerating|edges up|edging up|edging higher|ticks up|ticking up|boosting|boosts|hikes|hiking|doubling|widens|inching up|creeping up|lift|lifts|lifting`,
    example: { text: "Kingfisher soared 22% in early trading.", figure: "22%", change: "up" },
  },
  {
    name: "fall words",
    change: "down",
    words: String.raw`fell|fall|falls|falling|fallen|slid|slide|slides|sliding|lost|lose|loses|losing|dropped|drop|drops|dropping|plunged|plunge|plunges|plunging|declined|decline|declines|declining|down|narrowed|narrowing|decreased|decrease|decreases|decreasing|sank|sink|sinking|slumped|slump|slumping|tumbled|tumble|tumbling|slipped|slip|slipping|shed|eased|easing|retreated|cut|cuts|cutting|lowered|lower|lowering|reduced|reducing|slashed|contracted|shrank|shrunk|tanked|dipped|dip|weakened|halved|lower|plummeted|plummet|plummeting|cratered|dived|dove|trimmed|trim|sagged|sliding|skidded|tanking|ticked down|edged down|gave up|gave back|reduce|reduces|wiped|wiping|wipe|wipes|erased|erasing|depreciated|depreciating|nosedived|inched down|inched lower|crept down|crept lower|shaved|shedding|retreating|retreats|dipping|weakening|weakens|sagging|skidding|slumps|tumbles|sinks|eases|lowers|shrinking|shrinks|contracting|narrows|deteriorated|deteriorating|worsened|worsening|edges down|edging down|edging lower|ticks down|ticking down|slashing|slashes|trimming|trims|halving|inching down|creeping down|plummets|dives|diving|shrink`,
    example: { text: "Barratt slipped 1.2% in early trading.", figure: "1.2%", change: "down" },
  },
];

/** One group per entry of CHANGE_WORDS: the matching group's index names the entry. */
export const CHANGE_WORDS_RE = new RegExp(String.raw`\b(?:${CHANGE_WORDS.map((w) => `(${w.words})`).join("|")})\b`, "gi");

// "3% ahead of last year" is a rise; "$2.14, ahead of the $1.97 expected" is a comparison with estimates.
const NOT_AHEAD_OF_ESTIMATES = String.raw`(?!\s+of\s+(?:the\s+|its\s+|their\s+|analysts['’]?\s+|market\s+|city\s+)?(?:analysts?|estimates?|expectations?|consensus|forecasts?|guidance|schedule|plan|target|results|the\b))`;
const CHANGE_AFTER_RE = new RegExp(
  // "8% year-over-year growth", "a 5% organic decline": at most two describing words between.
  String.raw`^\s*(?:(?!(?:of|in|on|at|to|for|from|by|with|and|or|the|a|an|than|as|its|their|was|were|is|are)\b)[A-Za-z][\w/-]*\s+){0,2}?(?:(higher|increases?|rise|gain|jump|surge|growth|climb|advance|rally|up|more|hikes?|upside|ahead${NOT_AHEAD_OF_ESTIMATES})|(lower|decrease|decline|drop|fall|slump|plunge|loss|slide|down|less|fewer|cuts?|reduction|downside|off(?=\s+(?:at|to|on|in|from|after|,|\.|$))))\b`,
  "i",
);

// "growth of 37%", "organic growth came in at 2.9%", "growth was 4%", "growth amounted to 3.1%".
// "growth slowed to 3.4%", "sales growth accelerated to 5%": the rate growth reached is still growth.
const GROWTH_REACHED_RE = /\bgrowth\s+(?:(?:rate|has|had|then)\s+)?(?:slowed|eased|cooled|moderated|decelerated|accelerated|quickened|picked up|improved|rose|fell|climbed|dropped|ticked up|ticked down|edged up|edged down|slipped|jumped)\s+(?:(?:sharply|slightly|further|again)\s+)?to\s+$/i;
const GROWTH_OF_RE = /\bgrowth (?:rate\s+)?(?:of|at|was|were|is|(?:came in|stood) at|came to|amounted to|reached|hit|totall?ed)\s+(?:between\s+)?(?:(?:about|around|roughly|nearly|some|approximately)\s+)?$/i;

// "slipped to", "rose 5 per cent to", "was down 4% at": the level a move arrives at.
const ARRIVES_AT_RE = new RegExp(String.raw`\b(?:${CHANGE_WORDS.map((w) => w.words).join("|")})\s+(?:to|at)\s+$`, "i");
// Measures whose percentage is a level, not a move ("the margin narrowed to 41.2%").
const RATIO_MEASURE_RE = /margin|rate|share|occupancy|inflation|yield|unemployment|stake|ratio|prices|CPI|PPI|EPS/i;
// "Covestro dropped 2.1% and Lanxess 3.3%": a second name with its figure and the verb left out.
const GAPPED_NAME_RE = /^\s+(?:and|while|with)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s+$/;
// "Brightwing's capacity grew 3.4% and its traffic 4.3%": a second measure of the same owner, the verb left out.
const GAPPED_MEASURE_RE = /^\s+and\s+(?:its|their|the)\s+(?:[a-z][\w-]*\s+){0,2}(?!(?:for|of|to|at|in|by|on|with|from|was|were|is|are|rose|fell|grew)\b)[a-z][\w-]*s?\s+$/;
// "slower than the 4.1%", "compared with 2.25% to 3.5%", "ahead of the 3.2% the market expects",
// "edged up 0.2%, below the 0.4% economists had pencilled in".
// ("below its July outlook of 6% to 8%": the outlook the move is set against.)
const COMPARED_WITH_BEFORE_RE = /\b(?:than|compared (?:with|to)|versus|vs\.?|against|ahead of|behind|short of|below|above|in line with|missed|beat|beating|topped|topping|exceeded|exceeding)\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:[\w-]+\s+){0,2}(?:outlook|forecast|guidance|range|target|estimate|view)\s+(?:of\s+|for\s+)?)?(?:(?:about|around|roughly|nearly|some)\s+)?$/i;

const SIDE_AFTER_RE = new RegExp(String.raw`^\s+(above|below|ahead${NOT_AHEAD_OF_ESTIMATES})\b`, "i");

// ", or 0.75 per cent higher", " or 1.2% lower": a percentage restating the figure, then its move word.
const RESTATED_MOVE_AFTER_RE = /^\s*,?\s+or\s+(?:about\s+)?\d[\d,]*(?:\.\d+)?\s*(?:%|per\s?cent|percent|pc|pct)\s*,?\s+(?:(higher|up)|(lower|down))\b/i;

const SIGN_BEFORE_RE = /(?:^|[\s(\[:])([+\-−–])$/;

/** A rule's answer: a direction, "level" (the figure is where a move ended: no direction), or null (undecided). */
type ChangeDecision = Change | "level" | null;

/** The figure before this one in its sentence, as its fact was read. */
export interface PreviousFigure {
  span: Span;
  unit: string;
  change: Change | null;
}

export interface ChangeRule {
  name: string;
  example: ChangeExample;
  /** Read for a base (a prior figure) too: the rule reads the figure's own words, not the move of the clause. */
  base?: boolean;
  decide: (ctx: FigureContext, from: number, previous: PreviousFigure | null) => ChangeDecision;
}

const isRatio = (unit: string) => unit === "%" || unit === "pp";

/** Ordered: the first rule that decides gives the direction. */
export const CHANGE_RULES: ChangeRule[] = [
  {
    name: "signed figure",
    example: { text: "Movers at midday: Kelbrook +3.2%, Marrow Chemie -1.5%.", figure: "1.5%", change: "down" },
    base: true,
    // "+3.2%", "(-0.75%)", "−2%": a sign glued to the number (not a range's dash: "5-7%").
    decide: (ctx) => {
      const sign = SIGN_BEFORE_RE.exec(ctx.text.slice(Math.max(0, ctx.figure[0] - 2), ctx.figure[0]));
      return sign ? (sign[1] === "+" ? "up" : "down") : null;
    },
  },
  {
    name: "growth rate reached",
    example: { text: "Organic sales growth slowed to 3.4% in the quarter.", figure: "3.4%", change: "up" },
    decide: (ctx) => (isRatio(ctx.unit) && GROWTH_REACHED_RE.test(ctx.text.slice(Math.max(ctx.segment[0], ctx.figure[0] - 60), ctx.figure[0])) ? "up" : null),
  },
  {
    name: "level arrived at",
    example: { text: "BT lost 7.5p at 377p after a downgrade.", figure: "377p", change: null },
    decide: (ctx) => {
      const { text, figure } = ctx;
      const before = text.slice(ctx.segment[0], figure[0]);
      const afterFigure = ctx.sentenceFigures.some((f) => f[1] <= figure[0] && /^\s+(?:to|at)\s+$/.test(text.slice(f[1], figure[0])));
      if (!afterFigure && !(/\b(?:to|at)\s+$/.test(before.slice(-6)) && ARRIVES_AT_RE.test(before.slice(-40)))) return null;
      if (!isRatio(ctx.unit)) return "level";
      // "extending its decline this year to 11%" is a move; "margin narrowed to 41.2%" a level.
      const measure = within(ctx.cues.metrics, [ctx.segment[0], figure[0]]).at(-1);
      return afterFigure || (measure !== undefined && RATIO_MEASURE_RE.test(measure.name)) ? "level" : null;
    },
  },
  {
    name: "listed after a move",
    example: { text: "Revenue rose 7.4% on a reported basis and 7.1% on an operational basis.", figure: "7.1%", change: "up" },
    // "up $0.52 or 0.67%", "fell 3% in Europe and 5% in Asia": the move before the first figure.
    decide: (ctx, from) => {
      if (from === ctx.segment[0]) return null;
      const between = ctx.text.slice(from, ctx.figure[0]);
      if (!/^\s*,?\s+(?:(?:[\w-]+\s+){0,4}and|or)\s+$/.test(between)) return null;
      return within(ctx.cues.changes, [ctx.segment[0], from]).at(-1)?.change ?? null;
    },
  },
  {
    name: "listed after a move, verb left out",
    example: { text: "Shares of rivals fell in sympathy: Kelbrook dropped 2.1% and Marrow Chemie 3.3%.", figure: "3.3%", change: "down" },
    decide: (ctx, from) => {
      if (from === ctx.segment[0] || !(GAPPED_NAME_RE.test(ctx.text.slice(from, ctx.figure[0])) || GAPPED_MEASURE_RE.test(ctx.text.slice(from, ctx.figure[0])))) return null;
      return within(ctx.cues.changes, [ctx.segment[0], from]).at(-1)?.change ?? null;
    },
  },
  {
    name: "an earlier move of its own",
    example: { text: "The chain had grown 1.8 per cent on the same measure in the first half.", figure: "1.8 per cent", change: "up" },
    base: true,
    // "had grown 1.8 per cent", "after rising 3%": a base that is itself a move keeps its direction.
    decide: (ctx, from) => {
      const cue = within(ctx.cues.changes, [from, ctx.figure[0]]).at(-1);
      if (!cue || !/^\s+(?:by\s+)?$/.test(ctx.text.slice(cue.end, ctx.figure[0]))) return null;
      return /\b(?:had|having|after)\s+$/i.test(ctx.text.slice(Math.max(ctx.segment[0], cue.start - 8), cue.start)) ? cue.change : null;
    },
  },
  {
    name: "move word before",
    example: { text: "Shell rose 5 per cent after the results.", figure: "5 per cent", change: "up" },
    decide: (ctx, from) => within(ctx.cues.changes, [from, ctx.figure[0]]).at(-1)?.change ?? null,
  },
  {
    name: "growth of",
    example: { text: "Management reported growth of 37% in the cloud unit.", figure: "37%", change: "up" },
    base: true,
    // "growth of between 9% and 10%", "organic growth came in at 2.9%": growth named as a noun is a rise.
    decide: (ctx) => (GROWTH_OF_RE.test(ctx.text.slice(Math.max(ctx.segment[0], ctx.figure[0] - 40), ctx.figure[0])) ? "up" : null),
  },
  {
    name: "move written after its restatement",
    example: { text: "The index closed 412.6 points or 0.8 per cent higher at 51,930.", figure: "412.6 points", change: "up" },
    base: true,
    // Indian and other market reports: "the Nifty ended 121.4 points or 0.6 per cent lower at", "was trading 228 points, or
    // 0.43 per cent, lower": the move word after the percentage that restates the figure is the figure's too.
    decide: (ctx) => {
      const after = RESTATED_MOVE_AFTER_RE.exec(ctx.text.slice(ctx.figure[1], Math.min(ctx.sentence[1], ctx.figure[1] + 60)));
      return after ? (after[1] !== undefined ? "up" : "down") : null;
    },
  },
  {
    name: "move word after",
    example: { text: "The stock opened 25% above its offer price.", figure: "25%", change: "up" },
    base: true,
    // "a 6,2% rise in the index", "a 50-bp cut": the move named right after the figure.
    decide: (ctx) => {
      const after = CHANGE_AFTER_RE.exec(ctx.text.slice(ctx.figure[1], Math.min(ctx.segment[1], ctx.figure[1] + 40)));
      if (after) return after[1] !== undefined ? "up" : "down";
      // "25% above the offer price" (the clause splitter cuts before "above").
      // ("running 3% ahead of last year": the splitter cuts before "ahead of" too.)
      const side = SIDE_AFTER_RE.exec(ctx.text.slice(ctx.figure[1], Math.min(ctx.sentence[1], ctx.figure[1] + 60)));
      return side ? (side[1]!.toLowerCase() === "below" ? "down" : "up") : null;
    },
  },
  {
    name: "base of a move",
    example: { text: "Analysts expect sales growth of 3.4% in the quarter, slower than the 4.1% it managed in the spring.", figure: "4.1%", change: "up" },
    base: true,
    // The percentage a move is compared with is a move of the same measure: it goes the same way.
    decide: (ctx, _from, previous) => {
      if (!previous || previous.change === null || !isRatio(ctx.unit) || !isRatio(previous.unit) || previous.span[1] < ctx.sentence[0]) return null;
      return COMPARED_WITH_BEFORE_RE.test(ctx.text.slice(Math.max(previous.span[1], ctx.figure[0] - 40), ctx.figure[0])) ? previous.change : null;
    },
  },
];
