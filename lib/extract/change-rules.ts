// The direction of a figure (up / down) as data: the move words, scanned once per article.
// The ordered rules that read them around a figure are CHANGE_RULES in attributes.ts. Each
// entry carries an example sentence (our own words) that rules.test.ts runs through
// extractFacts.
import type { Change } from "@/lib/contract";

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
    words: String.raw`rose|rise|rises|rising|risen|jumped|jump|jumps|jumping|soared|soar|soars|soaring|surged|surge|surges|surging|climbed|climb|climbs|climbing|gained|gain|gains|gaining|widened|widening|increased|increase|increases|increasing|up|grew|grow|grows|growing|grown|advanced|advancing|rallied|rallying|spiked|leapt|leaped|added|boosted|boost|raised|raise|raising|lifted|expanded|improved|rebounded|accelerated|higher|climbed|doubled|tripled|skyrocketed|rocketed|popped|firmed|strengthened|recovered|hiked|hike|topped|ticked up|edged up|put on`,
    example: { text: "Kingfisher soared 22% in early trading.", figure: "22%", change: "up" },
  },
  {
    name: "fall words",
    change: "down",
    words: String.raw`fell|fall|falls|falling|fallen|slid|slide|slides|sliding|lost|lose|loses|losing|dropped|drop|drops|dropping|plunged|plunge|plunges|plunging|declined|decline|declines|declining|down|narrowed|narrowing|decreased|decrease|decreases|decreasing|sank|sink|sinking|slumped|slump|slumping|tumbled|tumble|tumbling|slipped|slip|slipping|shed|eased|easing|retreated|cut|cuts|cutting|lowered|lower|lowering|reduced|reducing|slashed|contracted|shrank|shrunk|tanked|dipped|dip|weakened|halved|lower|plummeted|plummet|plummeting|cratered|dived|dove|trimmed|trim|sagged|sliding|skidded|tanking|ticked down|edged down|gave up|gave back`,
    example: { text: "Barratt slipped 1.2% in early trading.", figure: "1.2%", change: "down" },
  },
];

/** One group per entry of CHANGE_WORDS: the matching group's index names the entry. */
export const CHANGE_WORDS_RE = new RegExp(String.raw`\b(?:${CHANGE_WORDS.map((w) => `(${w.words})`).join("|")})\b`, "gi");
