import { isLinkLine, isProseLine, LIST_MARKER } from "./body-check";
import type { BodyLine } from "./page-lines";

// Lines that saved pages scatter through an article's container whatever its markup: ad
// labels, gallery controls, photo credits, time stamps, tag lists, links to other stories,
// and the blocks of teasers that follow a "You may also like" heading. Matched on the text
// alone, so they hold inside Readability's container as in the rules' one.

interface LineRule {
  name: string;
  pattern: RegExp;
  /** A line the rule drops. */
  example: string;
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?`;
const TIME = String.raw`\d{1,2}[:.]\d\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)`;
const ZONE = String.raw`(?:[A-Z]{1,2}[SD]?T|GMT|UTC|CET|CEST|BST|IST|JST|HKT|SGT|AEST|AEDT)`;
const STAMP_PART = String.raw`(?:${TIME}|${MONTH}|${WEEKDAY}|${ZONE}|\d{1,4}(?:st|nd|rd|th)?|on|at|and|[|,/·•–—-])`;

/** Dropped wherever they stand: the whole line is chrome. In order of how often pages have them. */
export const CHROME_LINES: readonly LineRule[] = [
  {
    name: "ad or sponsor label, continue-reading prompt",
    pattern: /^(?:advert|advertisement|ad|sponsored|story continues below(?: advertisement)?|continue reading|read more|scroll to continue(?: with content)?)$/i,
    example: "Advertisement",
  },
  {
    name: "link to another story",
    pattern: /^(?:read more|related|see also|also read|more on this|recommended|watch|listen)\s*:.{0,150}$/i,
    example: "Read more: Copper miners brace for a wet season",
  },
  {
    name: "time stamp (published or updated, or a date standing alone)",
    pattern: new RegExp(String.raw`^(?:(?:published|updated|posted|last updated|modified)(?:\s+(?:on|at))?\s*:?\s*(?:${STAMP_PART}\s*)+|(?:${WEEKDAY}\s*,?\s*)?${MONTH}\s*\d{1,2}(?:st|nd|rd|th)?\s*,?\s*\d{4}(?:\s*${STAMP_PART})*)$`, "i"),
    example: "Updated 1:39 am EST, Wednesday, November 20, 2019",
  },
  {
    name: "date stamp in ISO form",
    pattern: /^\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?$/,
    example: "2018-08-16",
  },
  {
    name: "author's address or handle alone",
    pattern: /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com\/[\w./-]+|@\w{1,30})$/i,
    example: "twitter.com/paultakahashi",
  },
  {
    name: "photo credit",
    pattern: /^(?:(?:photo|image|picture|illustration|video|foto|bild)s?(?:\s+credit)?\s*[:©]|©|\(c\)\s).{0,100}$/i,
    example: "Photo: Meg Kinnard, AP",
  },
  {
    name: "caption with its credit in brackets",
    pattern: /^.{0,300}\((?:image|photo|picture|credit|pic)s?\s*:[^)]{0,60}\)$/i,
    example: "Protesters have worn masks to protect their identities (Image: GETTY )",
  },
  {
    name: "gallery, share or sign-in control",
    pattern:
      /^(?:caption|close|enlarge(?: image)?|back to gallery|(?:image|photo|slide)?\s*\d+\s*(?:of|\/)\s*\/?\s*\d+|loading(?: content)?\s*(?:\.\.\.|…)?|this slideshow requires javascript\.?|share(?: this)?(?: on \w+)?|share this (?:article|story)|print|email|comments?|\d+ comments?|subscribe(?: now)?|sign in|log in|subscribe sign in|to read the full story|tell us what you think\W*)$/i,
    example: "Image 1 of 5",
  },
  {
    name: "number alone (a teaser list's rank, a gallery's count)",
    pattern: /^\d{1,3}$/,
    example: "3",
  },
  {
    name: "tag list",
    pattern: /^(?:tags|filed under|topics)\b\s*:?\s+[^.]{1,300}$/i,
    example: "Filed under afghanistan , hostages , middle east",
  },
];

/** A heading over other stories: it and the lines under it, up to the next prose line, are dropped. */
export const TEASER_HEADINGS: readonly LineRule[] = [
  {
    name: "more stories heading",
    pattern:
      /^(?:you (?:may|might) (?:also )?like|read next|related(?: (?:stories|articles|posts|coverage|news|content|links))?|more (?:from|on|stories|news|to read)\b.{0,60}|(?:most|the most) (?:popular|read|viewed|shared|commented)|don'?t miss|recommended(?: for you| stories)?|trending(?: now| stories)?|latest(?: news| stories)?|popular(?: stories| now)?|top stories|editor'?s picks|also read|further reading|what to read next)\s*[:.…]*$/i,
    example: "You may also like",
  },
  {
    name: "tags heading (the tags follow it)",
    pattern: /^(?:tags|topics|filed under)\s*:?$/i,
    example: "Tags",
  },
];

/** Two or more link lines in a row are a list of them (teasers, author links). */
const MIN_LINK_RUN = 2;

export function withoutChromeLines(lines: readonly BodyLine[]): BodyLine[] {
  const kept: BodyLine[] = [];
  let inTeasers = false;
  for (const line of lines) {
    if (TEASER_HEADINGS.some((rule) => rule.pattern.test(line.text.replace(LIST_MARKER, "")))) {
      inTeasers = true;
      continue;
    }
    if (inTeasers && !isProseLine(line)) continue;
    inTeasers = false;
    const text = line.text.replace(LIST_MARKER, "");
    if (CHROME_LINES.some((rule) => rule.pattern.test(text))) continue;
    kept.push(line);
  }
  return withoutLinkRuns(kept);
}

function withoutLinkRuns(lines: readonly BodyLine[]): BodyLine[] {
  const kept: BodyLine[] = [];
  let run: BodyLine[] = [];
  const endRun = () => {
    if (run.length < MIN_LINK_RUN) kept.push(...run);
    run = [];
  };
  for (const line of lines) {
    if (isLinkLine(line)) {
      run.push(line);
      continue;
    }
    endRun();
    kept.push(line);
  }
  endRun();
  return kept;
}
