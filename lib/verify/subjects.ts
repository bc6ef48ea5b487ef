// Who a claim is about. Articles write the same company as "BABA", "Alibaba" or
// "Alibaba Group Holding Ltd."; the entity lists the extractor returns say which names
// and tickers go together, so they are merged into one identity across all articles.
import type { Span } from "@/lib/contract";
import type { KnownEntity } from "@/lib/verify/types";

/** Corporate-form words dropped from the end of a name: "Alibaba Group Holding Ltd." -> "alibaba". */
const NAME_SUFFIXES = new Set([
  "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc",
  "llc", "lp", "sa", "ag", "nv", "se", "holding", "holdings", "group",
]);

/** Entity kinds that can be a claim's subject or a party to a deal. */
const PARTY_KINDS = new Set(["company", "fund", "person"]);

/** Case-, punctuation- and legal-form-insensitive: "ARK-F" = "arkf", "Meta Platforms, Inc." = "meta platforms". */
export function subjectKey(name: string): string {
  const words = name.toLowerCase().replace(/&/g, " and ").split(/[^a-z0-9]+/).filter(Boolean);
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1] ?? "")) words.pop();
  return words.join("");
}

/**
 * "Cathie Wood's Ark Invest" names Ark Invest: the proper name after the last possessive.
 * Only a capitalized one, so "Alibaba's board" never merges with "Tesla's board".
 */
export function ownedName(name: string): string | null {
  const parts = name.split(/[’']s\s+/);
  const owned = parts[parts.length - 1]?.trim() ?? "";
  return parts.length > 1 && /^[A-Z0-9]/.test(owned) ? owned : null;
}

/** Whether the entity can be a claim's subject or a party to a deal. */
export function isParty(entity: Pick<KnownEntity, "kind">): boolean {
  return PARTY_KINDS.has(entity.kind);
}

/**
 * Merges every name and ticker that an entity list gives for one entity (union-find). It
 * grows as entity lists are added (add): each identity's keys and description are kept up
 * to date, not rebuilt, so a check that reads entities as it goes pays for what it reads.
 */
export class SubjectIdentities {
  private readonly parent = new Map<string, string>();
  /** The roots of the identities some entity list calls a company. */
  private readonly companies = new Set<string>();
  /** Every name and ticker some entity list gives. */
  private readonly known = new Set<string>();
  /** Each identity's known keys, sorted, by its root. */
  private readonly members = new Map<string, string[]>();
  private readonly descriptions = new Map<string, string>();
  private readonly entitiesBySlug: Record<string, KnownEntity[]> = {};

  constructor(entitiesBySlug: Readonly<Record<string, readonly KnownEntity[]>> = {}) {
    for (const [slug, entities] of Object.entries(entitiesBySlug)) this.add(slug, entities);
  }

  /** Adds entities of the article `slug` (to those it has): their names and tickers merge with the identities known. */
  add(slug: string, entities: readonly KnownEntity[]): void {
    (this.entitiesBySlug[slug] ??= []).push(...entities);
    for (const entity of entities) {
      const owned = ownedName(entity.name);
      const keys = [entity.name, ...(owned ? [owned] : []), ...entity.tickers].map(subjectKey).filter(Boolean);
      const [first, ...rest] = keys;
      if (first === undefined) continue;
      for (const key of keys) {
        if (this.known.has(key)) continue;
        this.known.add(key);
        this.members.set(key, [key]);
      }
      for (const key of rest) this.union(first, key);
      if (entity.kind === "company") {
        const root = this.find(first);
        this.companies.add(root);
        this.descriptions.delete(root);
      }
    }
  }

  /** One identity per subject; unknown subjects are their own identity (see ownedName). */
  identity(subject: string): string {
    const key = subjectKey(subject);
    const owned = ownedName(subject);
    if (!this.known.has(key) && owned && this.known.has(subjectKey(owned))) return this.find(subjectKey(owned));
    return this.find(key);
  }

  /** Whether any entity list calls this identity a company (a stock that can be bought). */
  isCompany(identity: string): boolean {
    return this.companies.has(identity);
  }

  /** Identities of the parties named inside a citation of the article `slug`. */
  namedIn(slug: string, cite: Span): Set<string> {
    return this.namedAmong(this.entitiesBySlug[slug] ?? [], cite);
  }

  /** Identities of the parties named inside a citation of the article with these entities. */
  namedAmong(entities: readonly KnownEntity[], cite: Span): Set<string> {
    const named = new Set<string>();
    for (const entity of entities) {
      if (!isParty(entity)) continue;
      if (entity.mentions.some(([start, end]) => start >= cite[0] && end <= cite[1])) named.add(this.identity(entity.name));
    }
    return named;
  }

  /**
   * What verification reads of the identity `key` belongs to: its keys, whether it is a
   * company, and whether the key is known. Two identity sets compare equal on every key
   * whose description is the same in both. Memoized per identity.
   */
  describe(key: string): string {
    if (!this.known.has(key)) return "?";
    const root = this.find(key);
    let description = this.descriptions.get(root);
    if (description === undefined) {
      description = `${this.companies.has(root) ? "company" : "-"}:${this.members.get(root)!.join("\u0000")}`;
      this.descriptions.set(root, description);
    }
    return description;
  }

  /** Every name and ticker key some entity list gives. */
  knownKeys(): ReadonlySet<string> {
    return this.known;
  }

  /** The known keys of the identity `key` belongs to (just `key` when unknown). */
  keysOf(key: string): readonly string[] {
    if (!this.known.has(key)) return [key];
    return this.members.get(this.find(key))!;
  }

  private find(key: string): string {
    let root = key;
    for (let parent = this.parent.get(root); parent !== undefined; parent = this.parent.get(root)) root = parent;
    return root;
  }

  private union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return;
    this.parent.set(rootB, rootA);
    this.members.set(rootA, [...this.members.get(rootA)!, ...this.members.get(rootB)!].sort());
    this.members.delete(rootB);
    if (this.companies.delete(rootB)) this.companies.add(rootA);
    this.descriptions.delete(rootA);
    this.descriptions.delete(rootB);
  }
}

/**
 * Same subject?
 * - Most claims have one subject: the fact's own subject, or, when the extractor left it
 *   null, the set of parties its passage names. They match only when the two sets are
 *   equal and not empty, so a passage naming Alibaba and Nvidia is never taken as a claim
 *   about either one alone.
 * - A purchase or sale has two parties, and articles differ on which one they call the
 *   subject (the buyer Ark, or the stock BABA), and name the buyer differently (Ark
 *   Invest, or its ETFs). Its parties are the subject plus everyone its passage names;
 *   two such claims match when they share a party and do not each name a company the
 *   other does not: "Ark bought Alibaba through ARKF" never matches "Ark bought Baidu
 *   through ARKF". Two buyers of one stock are told apart only when the entity lists
 *   call both of them companies.
 */
export function sameSubject(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  transaction: boolean,
  isCompany: (identity: string) => boolean = () => false,
): boolean {
  if (a.size === 0 || b.size === 0) return false;
  if (!transaction) return a.size === b.size && [...a].every((identity) => b.has(identity));
  const shares = [...a].some((identity) => b.has(identity));
  const otherCompany = (x: ReadonlySet<string>, y: ReadonlySet<string>) => [...x].some((identity) => !y.has(identity) && isCompany(identity));
  return shares && !(otherCompany(a, b) && otherCompany(b, a));
}
