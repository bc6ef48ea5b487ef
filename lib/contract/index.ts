// The fact contract (../shared/docs/fact-contract.md): what `seed --dry-run --json`
// prints and what the database stores. Other tools read this shape: add fields
// freely, never rename or drop one.

/** [start, end) in UTF-16 code units of the article text. */
export type Span = [start: number, end: number];

export const ENTITY_KINDS = ["company", "person", "fund", "index", "product", "place", "other"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const FACT_KINDS = ["metric", "event", "statement"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const BASES = ["reported", "estimate", "guidance", "forecast", "prior"] as const;
export type Basis = (typeof BASES)[number];

export const QUALIFIERS = ["more than", "over", "nearly", "about", "almost", "up to", "as much as"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CHANGES = ["up", "down"] as const;
export type Change = (typeof CHANGES)[number];

export const FLAG_KINDS = ["implausible", "conflict", "unverified"] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** The units of a figure that are not a currency. */
export const NON_CURRENCY_UNITS = ["%", "pp", "count", "x", "points"] as const;
export type NonCurrencyUnit = (typeof NON_CURRENCY_UNITS)[number];

/** Whether a figure's unit is money (an ISO 4217 code), as opposed to a ratio, count or points. */
export function isCurrencyUnit(unit: string): boolean {
  return !(NON_CURRENCY_UNITS as readonly string[]).includes(unit);
}

export interface Entity {
  name: string;
  kind: EntityKind;
  /** Exchange symbols, [] when none. */
  tickers: string[];
  mentions: Span[];
}

export interface Figure {
  /** The figure itself inside the text; inside the fact's cite. */
  span: Span;
  /** Fully scaled: "$53 billion" -> 53e9, "9%" -> 9, "20 cents" -> 0.2. */
  value: number;
  /** Upper bound of a range, else null. */
  high: number | null;
  /**
   * ISO 4217 code, or one of NON_CURRENCY_UNITS: "%", "pp" (percentage points; basis points
   * are scaled to them), "count", "x" (a multiple or ratio), "points" (index points: moves and
   * levels, "the Dow fell 367.17 points to 33,684.53").
   */
  unit: string;
  per: string | null;
  qualifier: Qualifier | null;
  change: Change | null;
}

/**
 * Which check raised a flag; with it, which evidence fields the flag holds (example each):
 * - conflict: another source states the claim otherwise (figure, other, otherSource, ratio, spread);
 *   "over $16 billion" against Reuters' "about $16.3 million".
 * - conflicts-unnamed: the disagreeing sources past the ones named (figure, unnamed); "2 more".
 * - magnitude-slip: a figure about 1,000 times another source's, with fewer sources behind it
 *   (figure, other, otherSource, ratio, spread, sources); "$16 billion" against "$16.3 million".
 * - backwards-range: a range whose low end is above its high end (figure); "$72 billion to $66 billion".
 * - change-mismatch: a stated change its own "to" and "from" figures contradict (figure, other
 *   = the "to", base = the "from", computed); "rose 26% to $3.87 billion from $2.58 billion".
 */
export const FLAG_CHECKS = ["conflict", "conflicts-unnamed", "magnitude-slip", "backwards-range", "change-mismatch"] as const;
export type FlagCheck = (typeof FLAG_CHECKS)[number];

/** A figure as a check read it: scaled as Figure.value, and as written in its passage. */
export interface FlagFigure {
  value: number;
  high: number | null;
  unit: string;
  per: string | null;
  change: Change | null;
  /** As its passage writes it, with the qualifier a cross-source check reads: "over $16 billion". */
  written: string;
}

/** The article the other figure of a cross-source flag comes from, and its passage. */
export interface FlagSource {
  publisher: string | null;
  title: string;
  publishedAt: string | null;
  /** The other fact's quote, cut to a window around its figure when long. */
  quote: string;
}

export interface Flag {
  kind: FlagKind;
  /**
   * The flag in words. Written from the fields below by lib/briefing/flag-words.ts (never
   * stored); a flag stored before flags kept their evidence (no `check`) keeps its stored words.
   */
  reason: string;
  /** The other source's fact that the flag rests on, for cross-source flags. */
  evidence?: FactRef;
  check?: FlagCheck;
  /** This fact's figure, as the check read it. */
  figure?: FlagFigure;
  /** The figure it was held against: the other source's, or a change's "to" figure. */
  other?: FlagFigure;
  /** A change's "from" figure (change-mismatch). */
  base?: FlagFigure;
  /** Where `other` comes from, for cross-source flags. */
  otherSource?: FlagSource;
  /** The larger magnitude over the smaller (of the two figures' midpoints): 981.6 for $16 billion against $16.3 million. */
  ratio?: number;
  /** How far apart the two midpoints are, in their unit: 6 for 26% against 20%. */
  spread?: number;
  /** The change the "to" and "from" figures give, in the stated change's unit (change-mismatch). */
  computed?: number;
  /** Articles behind this figure's magnitude and behind the other (magnitude-slip). */
  sources?: { own: number; other: number };
  /** Disagreeing sources not named in flags of their own (conflicts-unnamed). */
  unnamed?: number;
}

/** A flag as a check makes it: the evidence, without the words (lib/briefing/flag-words.ts writes them). */
export type CheckedFlag = Omit<Flag, "reason" | "check"> & { check: FlagCheck };

/** A fact in another article: its slug and its index among that article's facts. */
export interface FactRef {
  slug: string;
  position: number;
  /** Its citation number on that article's briefing ([n], #cite-n). */
  citation?: number;
}

export const VERDICTS = ["corroborated", "conflict", "alone"] as const;
/** A numeric fact against other sources' figures for the same claim. */
export type Verdict = (typeof VERDICTS)[number];

export interface Fact {
  kind: FactKind;
  /** One line a reader sees. */
  statement: string;
  /** What the figure measures, in plain words. */
  metric: string | null;
  basis: Basis | null;
  /** A ticker or an entity name. */
  subject: string | null;
  period: string | null;
  /** The cited passage: text.slice(...cite) is the verbatim quote. */
  cite: Span;
  /** Numeric facts only; null for events and statements. */
  figure: Figure | null;
  flags: Flag[];
  /** Numeric facts, once checked against the other articles seeded with or before it. */
  verdict?: Verdict;
}

/** What the extractor returns for one article text. */
export interface Extraction {
  entities: Entity[];
  facts: Fact[];
}

export const SOURCE_FORMATS = ["markdown", "text", "html", "json"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** An article as its parser read it, before extraction. */
export interface ParsedArticle {
  format: SourceFormat;
  title: string;
  publisher: string | null;
  url: string | null;
  /** "2025-09-24" or a UTC date-time "2025-09-24T14:00:00Z". */
  publishedAt: string | null;
  /** The body exactly as stored and shown. */
  text: string;
  /** Tickers the source declares (Markdown front matter), as hints for the extractor. */
  tickers: string[];
}

/** One article of the contract's "articles" array. */
export interface ContractArticle {
  /** The path as given. */
  source: string;
  slug: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  text: string;
  entities: Entity[];
  facts: Fact[];
}

export interface ContractError {
  source: string;
  message: string;
}

export interface SeedReport {
  articles: ContractArticle[];
  errors: ContractError[];
}
