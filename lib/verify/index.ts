// Verification of extracted facts. Pure: facts in, verdicts and flags out. A flag is its
// evidence as fields (CheckedFlag: the check, both figures, the other source, how far apart),
// never words: lib/briefing/flag-words.ts writes those, so rewording needs no re-check.
//
// - passageFlags(text, facts): one article on its own (a backwards range, a percentage
//   change its own "to" and "from" figures contradict). Run it on the extractor's facts
//   before they are stored; its flags belong to the article and change only with it.
// - verifyFacts(facts, { entities }): every stored numeric fact against the same claim in
//   other articles. Its flags depend on the other articles, so recompute them for all
//   articles whenever any article is added or changed, replacing the previous ones.
// - companyClaims(facts): one company's facts as claims, (subject, measure, canonical
//   period, basis), each with every source's figure, its spread and verdict (claims.ts);
//   canonical periods in canonical-periods.ts. One function places a fact in its claim
//   (claimIdentity, over a company's facts placeClaims: its fiscal calendar, each article's
//   quarter); the checks compare a fact in a claim only within it (claimCheckedPeriod), and
//   ingest stores the placement (Fact.claimPeriod) that both then read.
export { claimPartyKeys, claimSubject, readsNamedParties, verifyFacts } from "@/lib/verify/cross-source";
// What a claim is, (subject, measure, canonical period, basis): one module for the checks and the pages.
export {
  articleQuarter,
  calendarOfVotes,
  calendarVotes,
  CLAIM_PERIOD_VERSION,
  claimsByCalendar,
  claimGroup,
  claimId,
  claimIdentity,
  claimPeriodCandidates,
  claimPeriodKey,
  companyClaims,
  figuresDisagree,
  fiscalCalendar,
  MAX_PERIOD_CANDIDATES,
  measureOf,
  NAMED_MEASURES,
  placeClaims,
  storedClaimIdentity,
  storedClaimPeriod,
} from "@/lib/verify/claims";
export type { Claim, ClaimContext, ClaimFigure, ClaimIdentity, ClaimSource, ClaimVerdict, CompanyClaims, Measure, PlacedSource } from "@/lib/verify/claims";
export { canonicalPeriod, comparePeriods, fiscalYearEndIn, periodFromId, periodId, periodLabel } from "@/lib/verify/canonical-periods";
export type { CanonicalPeriod, PeriodContext } from "@/lib/verify/canonical-periods";
export { ownedName, subjectKey, SubjectIdentities } from "@/lib/verify/subjects";
export { passageFlags } from "@/lib/verify/passage";
export type { ClaimCheck, KnownEntity, SourcedFact, VerifyOptions } from "@/lib/verify/types";
