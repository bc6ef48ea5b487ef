// A cheap pre-check for the rule tables' patterns, so a text is scanned only by the patterns
// that can match it. Each pattern's source is read once for the literal words it cannot match
// without ("premiums", "trade deficit" or "budget deficit"...); one pass over a text (an
// Aho–Corasick automaton over all the patterns' words) then tells which words it holds. A
// pattern none of whose words is in the text cannot match anywhere in it, nor in any part of
// it: skipping it gives the same result as running it. Patterns it cannot read (the u and v
// flags, unknown syntax) or that need no word are always run.

/** The most strings a product of literal sets may hold ("(?:a|b) (?:c|d)" has four). */
const MAX_PRODUCT = 64;
/** The most strings an alternation's set may hold (a lexicon's names). */
const MAX_UNION = 2048;

/** What a piece of a pattern guarantees about what it matches (all strings lower case). */
interface Info {
  /** Every string the piece can match, when they are few and all plain ASCII. */
  exact: string[] | null;
  /** Some string of this list is in every match (for a lookaround: next to it). */
  required: string[] | null;
  /** Every match starts with some string of this list ("" only for the empty match). */
  leading: string[] | null;
}

const ANY: Info = { exact: null, required: null, leading: null };
const EMPTY: Info = { exact: [""], required: null, leading: [""] };
const known = (exact: string[]): Info => ({ exact, required: null, leading: exact });

/** A set's worth as a filter: its shortest string's length (0: no use, "" is in every text). */
function score(set: string[] | null): number {
  if (!set || set.length === 0) return 0;
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

function better(a: string[] | null, b: string[] | null): string[] | null {
  const sa = score(a);
  const sb = score(b);
  if (sa === 0 && sb === 0) return null;
  if (sa !== sb) return sa > sb ? a : b;
  return a!.length <= b!.length ? a : b;
}

const best = (info: Info): string[] | null => better(info.exact, info.required);

function product(a: string[], b: string[]): string[] | null {
  if (a.length === 1 && b.length === 1) return [a[0]! + b[0]!];
  if (a.length * b.length > MAX_PRODUCT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function union(sets: string[][], limit: number): string[] | null {
  const out = new Set<string>();
  for (const set of sets) for (const s of set) out.add(s);
  return out.size > limit ? null : [...out];
}

/** The set without strings that contain another of its strings (the shorter one is found wherever the longer is). */
function minimal(set: string[]): string[] {
  const sorted = [...set].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of sorted) if (!out.some((t) => s.includes(t))) out.push(s);
  return out;
}

const literal = (code: number): Info => (code >= 0x20 && code < 0x7f ? known([String.fromCharCode(code).toLowerCase()]) : ANY);

class Unreadable extends Error {}

/** Reads a pattern's source (no u or v flag) into what it guarantees; throws Unreadable on syntax it does not know. */
class PatternReader {
  #at = 0;
  constructor(readonly source: string) {}

  read(): Info {
    const info = this.#disjunction();
    if (this.#at !== this.source.length) throw new Unreadable(`stopped at ${this.#at}`);
    return info;
  }

  #peek(offset = 0): string {
    return this.source[this.#at + offset] ?? "";
  }

  #disjunction(): Info {
    const alternatives = [this.#alternative()];
    while (this.#peek() === "|") {
      this.#at++;
      alternatives.push(this.#alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    const exacts = alternatives.map((a) => a.exact);
    const exact = exacts.every((e) => e !== null) ? union(exacts as string[][], MAX_PRODUCT) : null;
    const bests = alternatives.map(best);
    const required = bests.every((b) => b !== null) ? union(bests as string[][], MAX_UNION) : null;
    const leadings = alternatives.map((a) => a.leading);
    const leading = leadings.every((l) => l !== null) ? union(leadings as string[][], MAX_UNION) : null;
    return { exact, required, leading };
  }

  #alternative(): Info {
    const terms: Info[] = [];
    while (this.#at < this.source.length && this.#peek() !== "|" && this.#peek() !== ")") terms.push(this.#term());
    return concatenate(terms);
  }

  #term(): Info {
    const c = this.#peek();
    if (c === "^" || c === "$") {
      this.#at++;
      return EMPTY;
    }
    if (c === "*" || c === "+" || c === "?") throw new Unreadable("quantifier without an atom");
    if (c === "{" && this.#quantifierAt(this.#at)) throw new Unreadable("quantifier without an atom");
    const atom = this.#atom();
    return this.#quantified(atom);
  }

  /** The quantifier `{n}`, `{n,}`, `{n,m}` at `at`, if one is written there. */
  #quantifierAt(at: number): { min: number; max: number; length: number } | null {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(at, at + 24));
    if (!m) return null;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    return { min, max, length: m[0].length };
  }

  #quantified(atom: Info): Info {
    let min: number;
    let max: number;
    const c = this.#peek();
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{" && this.#quantifierAt(this.#at)) {
      const q = this.#quantifierAt(this.#at)!;
      [min, max] = [q.min, q.max];
      this.#at += q.length - 1;
    } else return atom;
    this.#at++;
    if (this.#peek() === "?") this.#at++; // lazy: the same strings
    if (this.#peek() === "*" || this.#peek() === "+" || this.#peek() === "?" || (this.#peek() === "{" && this.#quantifierAt(this.#at))) {
      throw new Unreadable("nothing to repeat");
    }
    if (min === 0) {
      if (max === 1 && atom.exact) {
        const exact = union([atom.exact, [""]], MAX_PRODUCT);
        if (exact) return known(exact);
      }
      return { exact: null, required: null, leading: atom.leading && union([atom.leading, [""]], MAX_UNION) };
    }
    let exact: string[] | null = null;
    if (min === max && atom.exact) {
      exact = [""];
      for (let i = 0; i < min && exact; i++) exact = product(exact, atom.exact);
    }
    return { exact, required: best(atom), leading: exact ?? atom.leading };
  }

  #atom(): Info {
    const c = this.#peek();
    if (c === ".") {
      this.#at++;
      return ANY;
    }
    if (c === "\\") return this.#escape();
    if (c === "[") return this.#characterClass();
    if (c === "(") return this.#group();
    if (c === ")") throw new Unreadable("unbalanced )");
    this.#at++;
    return literal(c.charCodeAt(0));
  }

  #escape(): Info {
    this.#at++; // the backslash
    const c = this.#peek();
    this.#at++;
    if (c === "") throw new Unreadable("trailing backslash");
    if (c === "b" || c === "B") return EMPTY;
    if ("dDwWsS".includes(c)) return ANY;
    if (c >= "1" && c <= "9") {
      // A backreference (or a legacy octal escape): anything, maybe nothing.
      while (this.#peek() >= "0" && this.#peek() <= "9") this.#at++;
      return ANY;
    }
    if (c === "0") {
      while (this.#peek() >= "0" && this.#peek() <= "7") this.#at++;
      return ANY;
    }
    if (c === "k" && this.#peek() === "<") {
      const close = this.source.indexOf(">", this.#at);
      if (close < 0) throw new Unreadable("unclosed \\k<");
      this.#at = close + 1;
      return ANY;
    }
    if (c === "c") {
      if (/[A-Za-z]/.test(this.#peek())) this.#at++;
      return ANY;
    }
    if (c === "x" || c === "u") {
      const digits = c === "x" ? 2 : 4;
      const hex = this.source.slice(this.#at, this.#at + digits);
      if (hex.length === digits && /^[0-9A-Fa-f]+$/.test(hex)) {
        this.#at += digits;
        return literal(parseInt(hex, 16));
      }
      return literal(c.charCodeAt(0)); // an identity escape outside u mode
    }
    if ("nrtfv".includes(c)) return ANY;
    return literal(c.charCodeAt(0));
  }

  /** A class of a few ASCII characters ("[Ss]", "[- ]") is those characters; any other is anything. */
  #characterClass(): Info {
    this.#at++; // [
    let negated = false;
    if (this.#peek() === "^") {
      negated = true;
      this.#at++;
    }
    const chars = new Set<string>();
    let enumerable = true;
    /** One class atom: its character code, or -1 for a class escape (\d, \w...). */
    const classAtom = (): number => {
      const c = this.#peek();
      if (c === "") throw new Unreadable("unclosed [");
      this.#at++;
      if (c !== "\\") return c.charCodeAt(0);
      const e = this.#peek();
      this.#at++;
      if (e === "") throw new Unreadable("unclosed [");
      if ("dDwWsS".includes(e)) return -1;
      if (e === "b") return 8;
      if (e === "x" || e === "u") {
        const digits = e === "x" ? 2 : 4;
        const hex = this.source.slice(this.#at, this.#at + digits);
        if (hex.length === digits && /^[0-9A-Fa-f]+$/.test(hex)) {
          this.#at += digits;
          return parseInt(hex, 16);
        }
        return e.charCodeAt(0);
      }
      if (e === "c" && /[A-Za-z]/.test(this.#peek())) {
        this.#at++;
        return -1;
      }
      if (e >= "0" && e <= "9") {
        while (this.#peek() >= "0" && this.#peek() <= "9") this.#at++;
        return -1;
      }
      if ("nrtfv".includes(e)) return -1;
      return e.charCodeAt(0);
    };
    while (this.#peek() !== "]") {
      const from = classAtom();
      if (this.#peek() === "-" && this.#peek(1) !== "]" && this.#peek(1) !== "") {
        this.#at++; // -
        const to = classAtom();
        if (from < 0 || to < 0 || to - from > 8) enumerable = false;
        else for (let code = from; code <= to; code++) add(code);
      } else if (from < 0) enumerable = false;
      else add(from);
    }
    this.#at++; // ]
    function add(code: number): void {
      if (code < 0x20 || code >= 0x7f) enumerable = false;
      else chars.add(String.fromCharCode(code).toLowerCase());
    }
    if (negated || !enumerable || chars.size === 0 || chars.size > 8) return ANY;
    return known([...chars]);
  }

  #group(): Info {
    this.#at++; // (
    let kind: "group" | "look" | "negative look" = "group";
    if (this.#peek() === "?") {
      const next = this.#peek(1);
      if (next === ":") this.#at += 2;
      else if (next === "=" || next === "!") {
        kind = next === "=" ? "look" : "negative look";
        this.#at += 2;
      } else if (next === "<" && (this.#peek(2) === "=" || this.#peek(2) === "!")) {
        kind = this.#peek(2) === "=" ? "look" : "negative look";
        this.#at += 3;
      } else if (next === "<") {
        const close = this.source.indexOf(">", this.#at);
        if (close < 0) throw new Unreadable("unclosed group name");
        this.#at = close + 1;
      } else throw new Unreadable(`unknown group (?${next}`);
    }
    const inner = this.#disjunction();
    if (this.#peek() !== ")") throw new Unreadable("unclosed (");
    this.#at++;
    if (kind === "group") return inner;
    // A lookaround matches no characters; a positive one still needs its words in the text.
    return { exact: [""], required: kind === "look" ? best(inner) : null, leading: [""] };
  }
}

function concatenate(terms: Info[]): Info {
  if (terms.length === 0) return EMPTY;
  if (terms.length === 1) return terms[0]!;
  let exact: string[] | null = [""];
  for (const t of terms) exact = exact && t.exact ? product(exact, t.exact) : null;
  // Runs of terms with known strings give longer words ("trade" " " "deficit"); any term's own
  // requirement holds for the whole.
  let required: string[] | null = null;
  let run: string[] = [""];
  for (const t of terms) {
    required = better(required, t.required);
    if (t.exact) {
      const grown = product(run, t.exact);
      if (grown) run = grown;
      else {
        required = better(required, run);
        run = t.exact;
      }
    } else {
      required = better(required, run);
      run = [""];
    }
  }
  required = better(required, run);
  // What a match starts with, from the last term back: a term's known strings before what
  // follows it; a term that may match nothing lets the next term's start through.
  let leading: string[] | null = [""];
  for (let i = terms.length - 1; i >= 0; i--) {
    const t = terms[i]!;
    const own = t.exact ?? t.leading;
    if (!own) {
      leading = null;
      continue;
    }
    const grown: string[] | null = t.exact && leading ? product(t.exact, leading) : null;
    if (grown) leading = grown;
    else if (!own.includes("")) leading = own;
    else leading = leading && union([own.filter((x) => x !== ""), leading], MAX_UNION);
  }
  return { exact, required, leading };
}

/**
 * The words (lower case, ASCII) one of which every match of `pattern` contains, or lies next
 * to (a lookaround's words); null when the pattern guarantees none or cannot be read.
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  const info = readPattern(pattern);
  const literals = info && best(info);
  return literals && minimal(literals);
}

/**
 * The words (lower case, ASCII) one of which every match of `pattern` starts with (after
 * its zero-width assertions); null when the pattern guarantees none or cannot be read.
 */
export function leadingLiterals(pattern: RegExp): string[] | null {
  const leading = readPattern(pattern)?.leading ?? null;
  return leading && score(leading) > 0 ? leading : null;
}

function readPattern(pattern: RegExp): Info | null {
  if (pattern.unicode || pattern.flags.includes("v")) return null;
  try {
    return new PatternReader(pattern.source).read();
  } catch (err) {
    if (err instanceof Unreadable) return null;
    throw err;
  }
}

/** One character class per ASCII character that occurs in some word (letters folded); 0 for the rest. */
function alphabetOf(words: readonly string[]): Int32Array {
  const classes = new Int32Array(128);
  let next = 1;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (classes[code] === 0) classes[code] = next++;
    }
  }
  // Upper-case letters read as their lower-case letter.
  for (let code = 65; code <= 90; code++) classes[code] = classes[code + 32]!;
  return classes;
}

/**
 * An Aho–Corasick automaton over lower-case ASCII words: `run` calls `found(word, end)` for
 * every occurrence of every word in a text (upper-case letters read as lower case; any other
 * character outside the words' alphabet, non-ASCII included, is in no word).
 */
class WordAutomaton {
  readonly #classes: Int32Array;
  readonly #width: number;
  /** The next state, by state * width + character class. */
  readonly #next: Int32Array;
  /** The words that end at each state (its own and its suffixes'). */
  readonly #ends: (Int32Array | null)[];

  constructor(words: readonly string[]) {
    this.#classes = alphabetOf(words);
    const width = (this.#width = Math.max(0, ...this.#classes) + 1);
    // The trie.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    words.forEach((word, w) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const cls = this.#classes[word.charCodeAt(i)]!;
        let child = children[state]!.get(cls);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]!.set(cls, child);
        }
        state = child;
      }
      ends[state]!.push(w);
    });
    // Failure links breadth first, folded into a full transition table.
    const next = new Int32Array(children.length * width);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (const [cls, child] of children[0]!) {
      next[cls] = child;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      for (const w of ends[fail[state]!]!) ends[state]!.push(w);
      // A character with no child goes where the longest suffix's state goes.
      next.copyWithin(state * width, fail[state]! * width, fail[state]! * width + width);
      for (const [cls, child] of children[state]!) {
        fail[child] = next[fail[state]! * width + cls]!;
        next[state * width + cls] = child;
        queue.push(child);
      }
    }
    this.#next = next;
    this.#ends = ends.map((e) => (e.length ? Int32Array.from(e) : null));
  }

  run(text: string, found: (word: number, end: number) => void): void {
    const classes = this.#classes;
    const next = this.#next;
    const ends = this.#ends;
    const width = this.#width;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = next[state * width + (code < 128 ? classes[code]! : 0)]!;
      const words = ends[state];
      if (words) for (let k = 0; k < words.length; k++) found(words[k]!, i + 1);
    }
  }
}

/** Each word once, with the patterns (by index) whose sets hold it. */
function wordsOf(sets: (string[] | null)[]): { words: string[]; owners: number[][] } {
  const index = new Map<string, number>();
  const owners: number[][] = [];
  sets.forEach((set, p) => {
    for (const word of set ?? []) {
      let w = index.get(word);
      if (w === undefined) {
        index.set(word, (w = owners.length));
        owners.push([]);
      }
      owners[w]!.push(p);
    }
  });
  return { words: [...index.keys()], owners };
}

/**
 * Which of a list of patterns can match somewhere in a text: every pattern whose required
 * words are in it, and every pattern that needs no word. `possible` reads the text once.
 */
export class LiteralFilter {
  /** Patterns that need no word: always possible. */
  readonly #always: Uint8Array;
  readonly #automaton: WordAutomaton;
  readonly #owners: number[][];

  constructor(patterns: readonly RegExp[]) {
    const sets = patterns.map(requiredLiterals);
    this.#always = Uint8Array.from(sets, (set) => (set ? 0 : 1));
    const { words, owners } = wordsOf(sets);
    this.#automaton = new WordAutomaton(words);
    this.#owners = owners;
  }

  /** For each pattern, 1 when it may match somewhere in `text`, 0 when it cannot. */
  possible(text: string): Uint8Array {
    const out = this.#always.slice();
    const owners = this.#owners;
    this.#automaton.run(text, (w) => {
      for (const p of owners[w]!) out[p] = 1;
    });
    return out;
  }
}

/**
 * Global scans of a list of patterns that try each pattern only where one of its leading
 * words starts (`matchAll`), with the matches `text.matchAll(pattern)` gives: a match can
 * start nowhere else, and a sticky copy tried there matches exactly as the scan would.
 */
export class LeadingWordScan {
  readonly #patterns: readonly RegExp[];
  readonly #sticky: (RegExp | null)[];
  readonly #automaton: WordAutomaton;
  readonly #owners: number[][];
  readonly #lengths: number[];

  constructor(patterns: readonly RegExp[]) {
    this.#patterns = patterns;
    const sets = patterns.map((p) => (p.global && !p.sticky ? leadingLiterals(p) : null));
    this.#sticky = patterns.map((p, i) => (sets[i] ? new RegExp(p.source, `${p.flags.replace("g", "")}y`) : null));
    const { words, owners } = wordsOf(sets);
    this.#automaton = new WordAutomaton(words);
    this.#owners = owners;
    this.#lengths = words.map((w) => w.length);
  }

  /** Where each pattern's leading words start in `text`, ascending (null: the pattern has none, scan it all). */
  starts(text: string): (number[] | null)[] {
    const out: (number[] | null)[] = this.#sticky.map((s) => (s ? [] : null));
    const owners = this.#owners;
    const lengths = this.#lengths;
    this.#automaton.run(text, (w, end) => {
      const start = end - lengths[w]!;
      for (const p of owners[w]!) out[p]!.push(start);
    });
    for (const list of out) if (list && list.length > 1) list.sort((a, b) => a - b);
    return out;
  }

  /** The matches of pattern `index` in `text`, in order, as `text.matchAll` gives them; `starts` from `starts(text)`. */
  *matchAll(index: number, text: string, starts: (number[] | null)[]): Generator<RegExpExecArray> {
    const sticky = this.#sticky[index];
    const at = starts[index];
    if (!sticky || !at) {
      const pattern = this.#patterns[index]!;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        yield m;
        if (m[0] === "") pattern.lastIndex++;
      }
      return;
    }
    let from = 0;
    for (const start of at) {
      if (start < from) continue;
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (!m) continue;
      yield m;
      from = m.index + (m[0].length || 1);
    }
  }
}
