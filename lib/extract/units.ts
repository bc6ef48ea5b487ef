// How a figure's scale and unit are written: the tables figures.ts reads a number with.
// Each table is ordered (the first entry that matches wins) and each entry carries an
// example, written the way real articles write it, that units.test.ts runs.
// A new spelling goes into its table here (scale words into lexicon.ts); figures.ts only scans.
import { SCALE_ABBREVIATIONS, SCALE_LETTERS, SCALE_WORDS } from "./lexicon";

// The lexicon lists the scale words; here is how each kind is glued on. Words take a space,
// a hyphen or nothing ("£2.5billion", "R8,7-billion"); abbreviations a space or nothing, in
// any case ("$511 Mln", "$3.10 Bln"); single letters only glued ("$5B", "£40m").
/** A scale after the number, tried at the number's end: group 1 a word, 2 an abbreviation, 3 a letter. */
export const SCALE_RE = new RegExp(
  String.raw`(?:\s|-)?(${Object.keys(SCALE_WORDS).join("|")})s?\b|\s?(${Object.keys(SCALE_ABBREVIATIONS).join("|")})\b|([${Object.keys(SCALE_LETTERS).join("")}])\b`,
  "iy",
);
/** Scales written short after one currency only (tried when no other scale follows): Indian headlines' "Rs 1,300 cr",
 * "₹450 cr" (crore). Each entry with an example units.test.ts reads. */
export const CURRENCY_SCALE_ABBREVIATIONS: readonly { unit: string; re: RegExp; factor: number; example: string }[] = [
  { unit: "INR", re: /\s?(?:cr|crs|Cr|Crs)(?![\w-])/y, factor: 1e7, example: "Rs 1,300 cr" },
];
export const SCALE_FACTORS: Readonly<Record<string, number>> = { ...SCALE_WORDS, ...SCALE_ABBREVIATIONS, ...SCALE_LETTERS };

/** Currency written before the number, longest spelling first. */
export const CURRENCY_PREFIXES: readonly { prefix: string; unit: string; example: string }[] = [
  { prefix: "U.S.$", unit: "USD", example: "U.S.$2 billion" },
  { prefix: "US$", unit: "USD", example: "US$183.45" },
  { prefix: "$US", unit: "USD", example: "$US17 a share" },
  { prefix: "HK$", unit: "HKD", example: "HK$131.90" },
  { prefix: "NT$", unit: "TWD", example: "NT$1.2 trillion" },
  { prefix: "T$", unit: "TWD", example: "a net loss of T$343 million" },
  { prefix: "CA$", unit: "CAD", example: "CA$40" },
  { prefix: "C$", unit: "CAD", example: "C$2.5 billion" },
  { prefix: "AU$", unit: "AUD", example: "AU$3 billion" },
  { prefix: "A$", unit: "AUD", example: "A$11.19" },
  { prefix: "$A", unit: "AUD", example: "$A22" },
  { prefix: "NZ$", unit: "NZD", example: "NZ$5" },
  { prefix: "S$", unit: "SGD", example: "S$1.1 billion" },
  { prefix: "R$", unit: "BRL", example: "R$4 billion" },
  { prefix: "MX$", unit: "MXN", example: "MX$20" },
  { prefix: "$", unit: "USD", example: "$53 billion" },
  // The FT's Swiss and Nordic prefixes: "SFr1.2bn", "SKr10bn", "NKr4.5bn", "DKr7bn".
  { prefix: "SFr", unit: "CHF", example: "SFr1.2bn" },
  { prefix: "SKr", unit: "SEK", example: "SKr10bn" },
  { prefix: "NKr", unit: "NOK", example: "NKr4.5bn" },
  { prefix: "DKr", unit: "DKK", example: "DKr7bn" },
  // Malaysian and Indonesian papers: "RM1.2 billion", "Rp 15 trillion".
  { prefix: "RM", unit: "MYR", example: "RM1.2 billion" },
  { prefix: "Rp", unit: "IDR", example: "Rp 15 trillion" },
  { prefix: "₽", unit: "RUB", example: "₽80 billion" },
  { prefix: "₺", unit: "TRY", example: "₺14 billion" },
  { prefix: "₪", unit: "ILS", example: "₪3 billion" },
  { prefix: "₱", unit: "PHP", example: "₱8 billion" },
  { prefix: "₦", unit: "NGN", example: "₦50 billion" },
  // Gulf papers (Gulf News, The National, Khaleej Times): "Dh6.77", "Dh343 million".
  { prefix: "Dh", unit: "AED", example: "Emaar rose to Dh6.77" },
  { prefix: "฿", unit: "THB", example: "฿10 billion" },
  { prefix: "€", unit: "EUR", example: "€450m" },
  { prefix: "£", unit: "GBP", example: "£8,7-billion" },
  { prefix: "¥", unit: "JPY", example: "¥4,923" },
  { prefix: "₹", unit: "INR", example: "₹500 crore" },
  { prefix: "₩", unit: "KRW", example: "₩5 trillion" },
  { prefix: "Rs.", unit: "INR", example: "Rs. 144" },
  { prefix: "Rs", unit: "INR", example: "Rs 6,021 crore" },
  // Kenyan papers: "KSh96.4 billion", "KShs 23.28 billion", "Sh37.05 billion" (Business Daily,
  // Kenyan Post, KBC); a bare "Sh" only as the rand is read (see SHILLING_CONTEXT_RE).
  { prefix: "KShs", unit: "KES", example: "KShs 23.28 billion" },
  { prefix: "Kshs", unit: "KES", example: "Kshs 4.1 billion" },
  { prefix: "KSh", unit: "KES", example: "KSh96.4 billion" },
  { prefix: "Ksh", unit: "KES", example: "Ksh35.6 billion" },
  { prefix: "Sh", unit: "KES", example: "Sh37.05 billion" },
  // Nigerian papers: "N323 billion", "N767.23bn" (The Cable, Herald, BusinessDay); only in a Nigerian story (NAIRA_CONTEXT_RE).
  { prefix: "N", unit: "NGN", example: "N767.23bn spent in Nigeria" },
  // Rand: only where the article is South African or the number could be nothing else
  // (see RAND_CONTEXT_RE), since "R1" and "R2" are also product names.
  { prefix: "R", unit: "ZAR", example: "R1.2bn" },
];

/** ISO 4217 codes read glued or spaced before the number, or spaced after it. */
export const ISO_CODES = [
  "USD", "CNY", "HKD", "EUR", "GBP", "JPY", "CHF", "AUD", "CAD", "SGD", "INR", "KRW", "TWD", "NZD", "SEK",
  "NOK", "DKK", "BRL", "MXN", "ZAR", "RMB", "RUB", "IDR", "MYR", "THB", "PLN", "AED", "SAR", "NGN", "KES",
  "CZK", "HUF", "ISK", "ILS", "PHP", "CLP", "COP", "ARS", "EGP", "PKR", "QAR", "KWD", "VND",
] as const;

/** An article about Kenya, where "Sh" before a number is the Kenyan shilling. */
export const SHILLING_CONTEXT_RE = /\b(?:Kenyan?|Nairobi|shillings?|KES|KSh)\b/;

/** An article about Nigeria, where "N" before an amount is the naira. */
export const NAIRA_CONTEXT_RE = /\b(?:Nigerian?|Lagos|Abuja|naira|NGN)\b/;

/** An article about South Africa, where "R" before a number is the rand. */
export const RAND_CONTEXT_RE = /\b(?:rand|JSE|Johannesburg|South Africa|SARB)\b/;

/**
 * Currencies written as words after the number, qualified spellings first ("Swedish crowns"
 * before "crowns"). `unit` "crowns", "kroner" and "pesos" are names several countries share:
 * figures.ts gives them the currency of the country the article names most (`SHARED_CURRENCY_WORDS`).
 */
export const CURRENCY_WORD_TABLE: readonly { words: string; unit: string; example: string }[] = [
  { words: "pounds sterling", unit: "GBP", example: "1.2 billion pounds sterling" },
  { words: "Egyptian pounds?", unit: "EGP", example: "3 billion Egyptian pounds" },
  { words: "pounds?|sterling", unit: "GBP", example: "5 billion pounds" },
  { words: "(?:Chinese )?yuan|renminbi", unit: "CNY", example: "33.4 billion yuan" },
  { words: "euros?", unit: "EUR", example: "57.12 euros" },
  { words: "(?:Japanese )?yen", unit: "JPY", example: "18,450 yen" },
  { words: "Pakistani rupees?", unit: "PKR", example: "12 billion Pakistani rupees" },
  { words: "Sri Lankan rupees?", unit: "LKR", example: "4 billion Sri Lankan rupees" },
  { words: "(?:Indian )?rupees?", unit: "INR", example: "500 crore rupees" },
  { words: "Indonesian rupiah|rupiah", unit: "IDR", example: "2.1 trillion rupiah" },
  { words: "Swiss francs?|francs", unit: "CHF", example: "376 million Swiss francs" },
  { words: "(?:South )?Korean won|won", unit: "KRW", example: "1.3 trillion won" },
  { words: "(?:South African )?rand", unit: "ZAR", example: "492.7 million rand" },
  { words: "(?:Russian )?(?:roubles|rubles)", unit: "RUB", example: "80 billion roubles" },
  { words: "Swedish (?:crowns|kronor|krona)|kronor|krona", unit: "SEK", example: "6.42 billion Swedish crowns" },
  { words: "Norwegian (?:crowns|kroner|krone)", unit: "NOK", example: "28 billion Norwegian crowns" },
  { words: "Danish (?:crowns|kroner|krone)", unit: "DKK", example: "611 Danish kroner" },
  { words: "Czech (?:crowns|korunas?|koruny)|korunas?|koruny", unit: "CZK", example: "9 billion Czech crowns" },
  { words: "Icelandic (?:crowns|kronur|krona)", unit: "ISK", example: "5 billion Icelandic crowns" },
  { words: "crowns", unit: "crowns", example: "262.40 crowns" },
  { words: "kroner|krone", unit: "kroner", example: "66.8 billion kroner" },
  { words: "(?:Brazilian )?reais", unit: "BRL", example: "4.5 billion reais" },
  { words: "(?:Polish )?(?:zlotys?|zlotych)", unit: "PLN", example: "1.1 billion zlotys" },
  { words: "(?:Hungarian )?forints?", unit: "HUF", example: "120 billion forints" },
  { words: "(?:Turkish )?liras?", unit: "TRY", example: "14 billion lira" },
  { words: "Mexican pesos", unit: "MXN", example: "20 billion Mexican pesos" },
  { words: "Philippine pesos", unit: "PHP", example: "8 billion Philippine pesos" },
  { words: "Argentine pesos", unit: "ARS", example: "900 billion Argentine pesos" },
  { words: "Chilean pesos", unit: "CLP", example: "300 billion Chilean pesos" },
  { words: "Colombian pesos", unit: "COP", example: "2 trillion Colombian pesos" },
  { words: "pesos", unit: "pesos", example: "20 billion pesos" },
  { words: "(?:Malaysian )?ringgit", unit: "MYR", example: "1.5 billion ringgit" },
  { words: "(?:Thai )?baht", unit: "THB", example: "10 billion baht" },
  { words: "(?:UAE )?dirhams?", unit: "AED", example: "2 billion dirhams" },
  { words: "Saudi riyals?", unit: "SAR", example: "30 billion Saudi riyals" },
  { words: "Qatari? riyals?", unit: "QAR", example: "3.65 billion Qatari riyals" },
  { words: "Omani rials?", unit: "OMR", example: "45 million Omani rials" },
  // Gulf wires write "3.65 billion riyals" (QNB) and "10.9 million dinars" (Kuwait's Gulf Bank): the country the story names.
  { words: "riyals?", unit: "riyals", example: "30 billion riyals" },
  { words: "Kuwaiti dinars?", unit: "KWD", example: "26.5 million Kuwaiti dinars" },
  { words: "Bahraini dinars?", unit: "BHD", example: "40 million Bahraini dinars" },
  { words: "Jordanian dinars?", unit: "JOD", example: "20 million Jordanian dinars" },
  { words: "dinars?", unit: "dinars", example: "10.9 million dinars" },
  { words: "(?:Nigerian )?naira", unit: "NGN", example: "50 billion naira" },
  { words: "Ugandan shillings?", unit: "UGX", example: "120 billion Ugandan shillings" },
  { words: "Tanzanian shillings?", unit: "TZS", example: "90 billion Tanzanian shillings" },
  // East African papers write the shilling bare: "27.3 billion shillings" (KBC, Business Daily).
  { words: "(?:Kenyan )?shillings?", unit: "KES", example: "37.1 billion shillings" },
  { words: "(?:Israeli )?(?:new )?shekels?", unit: "ILS", example: "3 billion shekels" },
];

/**
 * A currency name several countries share takes the one whose country the article names most
 * (a tie or no country: the first listed). "Sandvik (Stockholm) ... 262.40 crowns" is SEK.
 */
export const SHARED_CURRENCY_WORDS: Readonly<Record<string, readonly { unit: string; country: RegExp }[]>> = {
  crowns: [
    { unit: "SEK", country: /\b(?:Swed(?:en|ish)|Stockholm|SEK|STO)\b/g },
    { unit: "NOK", country: /\b(?:Norw(?:ay|egian)|Oslo|NOK|OSE)\b/g },
    { unit: "DKK", country: /\b(?:Denmark|Danish|Copenhagen|DKK|CPH)\b/g },
    { unit: "CZK", country: /\b(?:Czech|Prague|CZK)\b/g },
    { unit: "ISK", country: /\b(?:Iceland(?:ic)?|Reykjavik|ISK)\b/g },
  ],
  kroner: [
    { unit: "DKK", country: /\b(?:Denmark|Danish|Copenhagen|DKK|CPH)\b/g },
    { unit: "NOK", country: /\b(?:Norw(?:ay|egian)|Oslo|NOK|OSE)\b/g },
  ],
  riyals: [
    { unit: "SAR", country: /\b(?:Saudi|Riyadh|Tadawul|SAR)\b/g },
    { unit: "QAR", country: /\b(?:Qatar(?:i)?|Doha|QAR)\b/g },
  ],
  dinars: [
    { unit: "KWD", country: /\b(?:Kuwait(?:i)?|KWD)\b/g },
    { unit: "BHD", country: /\b(?:Bahrain(?:i)?|Manama|BHD)\b/g },
    { unit: "JOD", country: /\b(?:Jordan(?:ian)?|Amman|JOD)\b/g },
  ],
  pesos: [
    { unit: "MXN", country: /\b(?:Mexic(?:o|an)|MXN)\b/g },
    { unit: "PHP", country: /\b(?:Philippines?|Philippine|Filipino|Manila|PHP)\b/g },
    { unit: "ARS", country: /\b(?:Argentin(?:a|e|ian)|Buenos Aires|ARS)\b/g },
    { unit: "CLP", country: /\b(?:Chile(?:an)?|Santiago|CLP)\b/g },
    { unit: "COP", country: /\b(?:Colombia(?:n)?|Bogota|COP)\b/g },
  ],
};

/** Each currency word (lower case, as written) to its code; shared names map to their `SHARED_CURRENCY_WORDS` key. */
const CURRENCY_WORD_MATCHERS = CURRENCY_WORD_TABLE.map((w) => ({ re: new RegExp(`^(?:${w.words})$`), unit: w.unit }));
export function currencyWordUnit(word: string): string | null {
  return CURRENCY_WORD_MATCHERS.find((w) => w.re.test(word))?.unit ?? null;
}

/**
 * The hundredths other currencies' business press writes share moves and dividends in
 * (Bernama's "added 6.0 sen to RM9.76", Indian wires' "the rupee settled 12 paise lower", Gulf
 * closes' "78 fils", Nigerian bourse reports' "12 kobo"). `unit` "fils" is the dirham's unless
 * the article is about Kuwait or Bahrain, where a fils is a thousandth of a dinar (figures.ts).
 */
export const MINOR_UNITS: readonly { name: string; example: string; words: string; unit: string }[] = [
  { name: "paise", example: "the rupee settled 12 paise lower at 84.62", words: "paise|paisa", unit: "INR" },
  { name: "sen", example: "Maybank added 6.0 sen to RM10.14", words: "sen", unit: "MYR" },
  { name: "fils", example: "Dana Gas was unchanged at 78 fils", words: "fils", unit: "fils" },
  { name: "kobo", example: "the lender fell 12 kobo to N24.50 in Lagos", words: "kobo", unit: "NGN" },
];
const MINOR_UNIT_MATCHERS = MINOR_UNITS.map((m) => ({ re: new RegExp(`^(?:${m.words})$`), unit: m.unit }));
export function minorUnit(word: string): string | null {
  return MINOR_UNIT_MATCHERS.find((m) => m.re.test(word))?.unit ?? null;
}
/** An article about Kuwait or Bahrain, where a fils is a thousandth of the dinar (not the dirham's hundredth). */
export const DINAR_FILS_CONTEXT: readonly { unit: string; country: RegExp }[] = [
  { unit: "KWD", country: /\b(?:Kuwait(?:i)?|Boursa Kuwait|KWD)\b/ },
  { unit: "BHD", country: /\b(?:Bahrain(?:i)?|Manama|BHD)\b/ },
];
export const DIRHAM_CONTEXT_RE = /\b(?:dirhams?|AED|Dubai|Abu Dhabi|UAE|Emirates?)\b|\bDh\s?\d/;

/**
 * A unit after the number (and its scale). `unit` "cents" is the article's cent currency
 * (figures.ts decides it) and "points" an index point or a percentage point by its clause.
 * `ifBare`: only a number with no currency before it takes this unit ("$5 %" keeps USD).
 */
export interface UnitRule {
  name: string;
  example: string;
  re: RegExp;
  unit: string;
  factor?: number;
  ifBare?: boolean;
}

export const UNITS: readonly UnitRule[] = [
  // Before "percent": "0.2 pct point" and "a 2% point rise" are percentage points.
  { name: "percentage points", example: "a 2.5-percentage-point gain", re: /\s?-?(?:percentage|pct|percent|per[\s-]?cent|%)[\s-]points?\b|\s?(?:pp|ppts?)\b/y, unit: "pp", ifBare: true },
  // "60per cent", and hyphenated as an adjective or not: "a 0.3-per-cent drop" (dpa, Irish and Indian papers).
  { name: "percent", example: "contracted by 0.3-per-cent", re: /\s?%|\s?-?(?:percent|per[\s-]?cent|pct)\b|pc\b/iy, unit: "%", ifBare: true },
  // 25 basis points = 0.25 percentage points.
  { name: "basis points", example: "a 50-bp cut", re: /\s?-?basis[\s-]points?\b|\s?-?bps?\b/y, unit: "pp", factor: 0.01, ifBare: true },
  // Bernama writes a fraction of an index point "0.45 of-a-point".
  { name: "points", example: "fell 367.17 points", re: /\s?-?(?:points?|pts)\b|\sof[\s-]a[\s-]point\b/y, unit: "points", ifBare: true },
  // Cents of a named dollar: "96 US cents", "a dividend of 54 Singapore cents per share".
  { name: "dollar cents", example: "a final dividend of 54 Singapore cents", re: /\s(U\.S\.|U\.S|US|Singapore|Australian|Canadian|Hong Kong|HK|New Zealand|NZ)\s+cents?\b/y, unit: "dollar cents", factor: 0.01, ifBare: true },
  { name: "euro cents", example: "45 euro cents", re: /\s(?:euro[\s-]?cents?|eurocents?)\b/y, unit: "EUR", factor: 0.01, ifBare: true },
  { name: "cents", example: "a 66-cent loss", re: /[\s-]cents\b|-cent\b|\s?¢|c\b/y, unit: "cents", factor: 0.01, ifBare: true },
  // A bare singular "cent" is how Irish and euro-zone papers write the euro's hundredth ("a dividend of 21.5 cent");
  // figures.ts counts euros among the article's cent currencies for it.
  { name: "cent", example: "a final dividend of 21.5 cent a share", re: /\scent\b/y, unit: "cent", factor: 0.01, ifBare: true },
  { name: "minor unit", example: "gained 8 fils to Dh6.95", re: new RegExp(String.raw`\s?(${MINOR_UNITS.map((m) => m.words).join("|")})\b`, "y"), unit: "minor", factor: 0.01, ifBare: true },
  { name: "pence", example: "2,159.5p", re: /\s?pence\b|p\b/y, unit: "GBP", factor: 0.01, ifBare: true },
  // Oil output: "1.8 mbpd", "350 kb/d" (a count of barrels a day).
  { name: "million barrels a day", example: "Kazakhstan pumped 1.8 mbpd", re: /\s?(?:mb\/d|mbpd|mmbpd|mmb\/d)(?![\w/])/y, unit: "count", factor: 1e6, ifBare: true },
  { name: "thousand barrels a day", example: "output of 350 kb/d", re: /\s?(?:kb\/d|kbpd)(?![\w/])/y, unit: "count", factor: 1e3, ifBare: true },
  { name: "multiple", example: "trades at 3x sales", re: /x\b|\stimes\b|-fold\b/y, unit: "x", ifBare: true },
  { name: "ISO code after", example: "131.90 HKD", re: new RegExp(String.raw`\s(${ISO_CODES.join("|")})\b`, "y"), unit: "code" },
  { name: "dollars", example: "5 billion Hong Kong dollars", re: /\s(?:(Hong Kong|HK|U\.S\.|US|American|Canadian|Australian|Singapore|New Taiwan|Taiwan|New Zealand)\s)?dollars?\b/y, unit: "dollars" },
  { name: "currency word", example: "492.7 million rand", re: new RegExp(String.raw`\s(${CURRENCY_WORD_TABLE.map((w) => w.words).join("|")})\b`, "y"), unit: "word" },
  // Korean and Japanese wires write the amount as an adjective: "the 10 trillion-won mark", "a 500 billion-yen buyback".
  { name: "currency word hyphenated", example: "cross 10 trillion-won ($8.4 billion)", re: new RegExp(String.raw`(?<=(?:${Object.keys(SCALE_WORDS).join("|")}))-(${CURRENCY_WORD_TABLE.map((w) => w.words).join("|")})\b`, "y"), unit: "word" },
];

export const DOLLAR_COUNTRIES: Record<string, string> = {
  "hong kong": "HKD", hk: "HKD", "u.s.": "USD", "u.s": "USD", us: "USD", american: "USD", canadian: "CAD",
  australian: "AUD", singapore: "SGD", "new taiwan": "TWD", taiwan: "TWD", "new zealand": "NZD", nz: "NZD",
};
/** Plain currency words for exchange-rate clauses ("the yen strengthened to 147.85 per dollar"). */
export const CURRENCY_WORDS: Record<string, string> = {
  yuan: "CNY", renminbi: "CNY", euro: "EUR", euros: "EUR", "pounds sterling": "GBP", pounds: "GBP", pound: "GBP",
  sterling: "GBP", yen: "JPY", rupee: "INR", rupees: "INR", "swiss francs": "CHF", won: "KRW", rand: "ZAR",
  roubles: "RUB", rubles: "RUB", franc: "CHF", zloty: "PLN", forint: "HUF", lira: "TRY", ringgit: "MYR", baht: "THB",
  rupiah: "IDR", peso: "MXN", krona: "SEK", shekel: "ILS",
  // Nordic crowns: a bare "crowns" is the Swedish krona, the one wires most often write so.
  "swedish crowns": "SEK", "swedish kronor": "SEK", kronor: "SEK", crowns: "SEK",
  "norwegian crowns": "NOK", "norwegian kroner": "NOK", "danish crowns": "DKK", "danish kroner": "DKK",
};

/** Currencies whose hundredth is a cent; "cents" in an article take the one it uses most (USD when tied). */
export const CENT_CURRENCIES = ["USD", "ZAR", "AUD", "CAD", "NZD", "SGD"] as const;

/**
 * Amounts written as words: fractions and whole percentage points, fractions of a cent, and
 * multiples ("tenfold"). `value` is in `unit` ("cents" is the article's cent currency, whose
 * hundredth the value already is). Longest spelling first ("half a percentage point" before
 * "a percentage point"); `word` must appear in the text for the pattern to be tried.
 */
export const WORD_AMOUNTS: readonly { name: string; example: string; word: string; re: RegExp; value: number; unit: string }[] = [
  { name: "three quarters of a point", example: "three-quarters of a percentage point", word: "quarter", re: /\bthree[\s-]quarters? of a (?:percentage[\s-])?point\b|\bthree[\s-]quarter[\s-](?:percentage[\s-])?point\b/gi, value: 0.75, unit: "pp" },
  { name: "a quarter point", example: "a quarter of a percentage point", word: "quarter", re: /\b(?:a\s+)?quarter(?: of a)?[\s-](?:percentage[\s-])?point\b/gi, value: 0.25, unit: "pp" },
  { name: "half a point", example: "half a percentage point", word: "half", re: /\bhalf a (?:percentage[\s-])?point\b|\b(?:a\s+)?half[\s-](?:percentage[\s-])?point\b/gi, value: 0.5, unit: "pp" },
  { name: "a whole point", example: "a full percentage point", word: "percentage", re: /\ba (?:full |whole )?percentage[\s-]point\b/gi, value: 1, unit: "pp" },
  { name: "a full point", example: "rates were cut by a full point", word: "full point", re: /\ba full point\b/gi, value: 1, unit: "pp" },
  { name: "half a cent", example: "sterling fell about half a cent", word: "half a cent", re: /\bhalf a cent\b/gi, value: 0.005, unit: "cents" },
  // Bernama's penny stocks: "KNM advanced half-a-sen to 19.5 sen".
  { name: "half a sen", example: "Velesto edged up half-a-sen to 23.5 sen", word: "sen", re: /\bhalf[\s-]a[\s-]sen\b/gi, value: 0.005, unit: "MYR" },
  ...(
    [["twofold", 2], ["threefold", 3], ["fourfold", 4], ["fivefold", 5], ["sixfold", 6], ["sevenfold", 7], ["eightfold", 8], ["ninefold", 9], ["tenfold", 10], ["hundredfold", 100]] as const
    // Also hyphenated: "sign-ups rose three-fold".
  ).map(([word, value]) => ({ name: word, example: `demand would rise ${word.replace("fold", "-fold")} by 2032`, word: "fold", re: new RegExp(String.raw`\b${word.replace("fold", "-?fold")}\b`, "gi"), value, unit: "x" })),
];

/**
 * Where a bare "$" is the paper's own dollar. Canadian, Australian, New Zealand and Singapore
 * papers and wires write "$" for their own currency and "US$" for the American one ("a profit of
 * $4.1 billion" in The Canadian Press is CAD; "net profit after tax of $18 million" in the AFR
 * is AUD). A wrong currency is worse than none, so a bare "$" is read so only when a signal
 * names the paper: its front-matter publisher, or the wire's own credit in the body (a
 * "TORONTO (CP) —" or "SYDNEY, (AAP) -" dateline, a "© 2023 The Canadian Press" line).
 * Reuters, Bloomberg and AP copy (also when a local paper runs it: "CNA (Reuters)") keeps "$"
 * as USD and writes "C$", "A$" for the others, so a publisher that credits one of them is none
 * of these. Ordered; the first that matches wins; each example is tested in units.test.ts.
 */
// Other markets' benchmarks and the American dollar written out: an article that names one first is no local market report.
const OTHER_MARKETS = String.raw`S&P 500|Dow\b|Nasdaq|Wall Street|FTSE|Nikkei|Hang Seng|Stoxx|DAX|MSCI|US\$|U\.S\. dollars?`;

export const HOME_DOLLAR_SIGNALS: readonly { name: string; unit: string; publisher?: RegExp; text?: RegExp; example: string }[] = [
  { name: "Canadian press", unit: "CAD", publisher: /\b(?:Canadian Press|Globe and Mail|Financial Post|National Post|Toronto Star|CBC(?: News)?|BNN Bloomberg|Montreal Gazette|Vancouver Sun|Calgary Herald)\b/i, example: "The Canadian Press" },
  { name: "Canadian Press credit", unit: "CAD", text: /\(CP\)\s*[—–-]|©\s*\d{4}\s+The Canadian Press\b/, example: "TORONTO (CP) — The bank earned $1.2 billion." },
  { name: "Australian press", unit: "AUD", publisher: /\b(?:Australian Financial Review|AFR|Sydney Morning Herald|The Age|The Australian|news\.com\.au|Australian Associated Press|AAP|Switzer|ShareCafe|Motley Fool Australia)\b/i, example: "The Australian Financial Review" },
  { name: "Australian wire credit", unit: "AUD", text: /\(AAP\)\s*[—–-]|©\s*\d{4}\s+(?:AAP|Australian Associated Press)\b/, example: "SYDNEY (AAP) - The miner earned $1.2 billion." },
  // Australian papers write the American dollar "$US96.80" (prefix after the sign): their own "$" is the Australian one.
  { name: "Australian US-dollar style", unit: "AUD", text: /(?<![\w$])\$US\s?\d/, example: "Telstra rose to $5.38 while iron ore fell to $US96.80 a tonne." },
  // A market report that names Australia's or Canada's benchmark before any other market's is a local paper's:
  // its bare "$" is the home dollar ("Westpac gained 30 cents to $30.82" under "the S&P/ASX200 index was up 4.3 points").
  { name: "Australian market report", unit: "AUD", text: new RegExp(String.raw`^(?:(?!${OTHER_MARKETS})[\s\S])*?\b(?:S&P\/ASX ?200|ASX\/?200|ASX 200|All Ordinaries)\b`), example: "Westpac gained 30 cents to $30.82. The benchmark S&P/ASX200 index was up 4.3 points." },
  { name: "Canadian market report", unit: "CAD", text: new RegExp(String.raw`^(?:(?!${OTHER_MARKETS})[\s\S])*?\bS&P\/TSX (?:[Cc]omposite|Venture)\b`), example: "Suncor rose to $52.10 as the S&P/TSX composite index gained 110.5 points." },
  { name: "New Zealand press", unit: "NZD", publisher: /\b(?:NZ Herald|New Zealand Herald|Stuff|BusinessDesk|RNZ|Radio New Zealand|interest\.co\.nz|NBR|National Business Review)\b/i, example: "NZ Herald" },
  { name: "Singapore press", unit: "SGD", publisher: /\b(?:Straits Times|(?<!International )Business Times|The Edge Singapore)\b/i, example: "The Straits Times" },
];

/** A publisher that runs a global wire's copy: its "$" is the wire's (USD). */
const WIRE_COPY_RE = /\b(?:Reuters|Bloomberg|AP|Associated Press|AFP|Dow Jones)\b/;

/** The prefixes that write each home dollar explicitly: an article that writes one keeps "$" as USD. */
const EXPLICIT_HOME_PREFIX_RE: Readonly<Record<string, RegExp>> = {
  CAD: /(?<![\w$])(?:C\$|CA\$|CAD\s?\d)/,
  AUD: /(?<![\w$])(?:A\$|AU\$|\$A\d|AUD\s?\d)/,
  NZD: /(?<![\w$])(?:NZ\$|NZD\s?\d)/,
  SGD: /(?<![\w$])(?:S\$|SGD\s?\d)/,
};

/**
 * The currency a bare "$" stands for in this article when not USD (HOME_DOLLAR_SIGNALS), or
 * null: no signal, the publisher runs a global wire, or the article writes its home dollar's
 * own prefix ("C$2.5 billion") and so keeps "$" for the American one.
 */
export function homeDollar(text: string, publisher?: string | null): string | null {
  const fromWire = publisher != null && WIRE_COPY_RE.test(publisher);
  // "NZ Herald (AAP)": the paper before the bracketed wire credit writes the dollar (an Australian wire's copy in a New Zealand
  // paper is in New Zealand dollars, its "A$" the Australian one).
  const paper = publisher?.replace(/\s*\(.*$/, "") ?? null;
  const signals = paper !== null && paper !== publisher ? [...HOME_DOLLAR_SIGNALS.filter((s) => s.publisher?.test(paper)), ...HOME_DOLLAR_SIGNALS] : HOME_DOLLAR_SIGNALS;
  for (const s of signals) {
    const hit = (s.publisher !== undefined && publisher != null && !fromWire && s.publisher.test(publisher)) || (s.text !== undefined && s.text.test(text));
    if (!hit) continue;
    return EXPLICIT_HOME_PREFIX_RE[s.unit]?.test(text) ? null : s.unit;
  }
  return null;
}
