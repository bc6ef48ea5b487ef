import type { SubjectIdentities } from "@/lib/verify/subjects";
import type { CheckedFlag, Entity, Fact } from "@/lib/contract";

/** One stored fact with where it came from. */
export interface SourcedFact {
  slug: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  /** Index among the article's facts. */
  position: number;
  fact: Fact;
  /** text.slice(...fact.cite): the figure's offsets are read relative to it. */
  quote: string;
  /**
   * Its claim's period as stored (Fact.claimPeriod, lib/verify/claims.ts: storedClaimPeriod);
   * null: in no company's claims; absent: placed by verifyFacts among the facts it is given.
   */
  claimPeriod?: string | null;
}

/** The verdict for one numeric fact. */
export interface ClaimCheck {
  slug: string;
  position: number;
  status: "corroborated" | "conflict" | "alone";
  agreeing: SourcedFact[];
  disagreeing: SourcedFact[];
  /** Each flag's evidence as fields, to store; lib/briefing/flag-words.ts puts them in words. */
  flags: CheckedFlag[];
}

/** The parts of an entity that verification reads. */
export type KnownEntity = Pick<Entity, "name" | "kind" | "tickers" | "mentions">;

export interface VerifyOptions {
  /**
   * Each article's entity list, by slug. Two uses: a name and the tickers listed with it
   * denote one subject in every article ("Alibaba Group Holding Ltd." = "BABA"), and the
   * entities mentioned inside a fact's citation stand in for a missing subject and give
   * the parties of a purchase or sale. Without it, subjects compare as written.
   */
  entities?: Readonly<Record<string, readonly KnownEntity[]>>;
  /**
   * The merged names, when they come from more entity lists than `entities` holds (a
   * check of some stored articles against names from all of them). Default: from `entities`.
   */
  identities?: SubjectIdentities;
}
