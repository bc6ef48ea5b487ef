// Verification of extracted facts: against other articles (verifyFacts) and against
// their own passage (passageFlags). Pure: facts in, verdicts and flags out.
export { verifyFacts } from "@/lib/verify/cross-source";
export { passageFlags } from "@/lib/verify/passage";
export type { ClaimCheck, KnownEntity, SourcedFact, VerifyOptions } from "@/lib/verify/types";
