import { describe, expect, it } from "vitest";
import { ELIDED_COUNT_CUES, findFigures, NAME_NUMBERS, PER_SHARE_BEFORE } from "./figures";

const one = (text: string, yenIsYuan?: (at: number) => boolean) => {
  const figures = findFigures(text, [], yenIsYuan);
  expect(figures).toHaveLength(1);
  const f = figures[0]!;
  return { text: text.slice(...f.span), value: f.value, high: f.high, unit: f.unit, per: f.per, qualifier: f.qualifier };
};
const none = (text: string) => expect(findFigures(text).map((f) => text.slice(...f.span))).toEqual([]);

describe("money", () => {
  it("scales words and abbreviations", () => {
    expect(one("a $53 billion plan")).toMatchObject({ text: "$53 billion", value: 53e9, unit: "USD" });
    expect(one("profit of £2.7bn")).toMatchObject({ value: 2.7e9, unit: "GBP" });
    expect(one("a €450m charge")).toMatchObject({ value: 450e6, unit: "EUR" });
    expect(one("$4 trillion")).toMatchObject({ value: 4e12 });
    expect(one("USD 3.5 mn")).toMatchObject({ value: 3.5e6, unit: "USD" });
    expect(one("$2 tn")).toMatchObject({ value: 2e12 });
    expect(one("raised $50k")).toMatchObject({ value: 50e3 });
  });

  it("reads currency codes and symbols glued to the number", () => {
    expect(one("closed at HKD131.90 on Monday")).toMatchObject({ text: "HKD131.90", value: 131.9, unit: "HKD" });
    expect(one("invest CNY380 billion")).toMatchObject({ value: 380e9, unit: "CNY" });
    expect(one("worth USD52.4 billion")).toMatchObject({ value: 52.4e9, unit: "USD" });
    expect(one("rose to HK$130.5")).toMatchObject({ value: 130.5, unit: "HKD" });
    expect(one("a US$1.2 billion loan")).toMatchObject({ value: 1.2e9, unit: "USD" });
  });

  it("reads currency words after the number", () => {
    expect(one("33.4 billion yuan")).toMatchObject({ value: 33.4e9, unit: "CNY" });
    expect(one("5 billion Hong Kong dollars")).toMatchObject({ unit: "HKD" });
    expect(one("100 million euros")).toMatchObject({ value: 100e6, unit: "EUR" });
  });

  it("gives an earlier figure in brackets the unit written after it", () => {
    const all = (text: string) => findFigures(text).map((f) => ({ text: text.slice(...f.span), value: f.value, unit: f.unit }));
    expect(all("Operating profit amounted to SEK 782 (516) million")).toEqual([
      { text: "SEK 782", value: 782e6, unit: "SEK" },
      { text: "516", value: 516e6, unit: "SEK" },
    ]);
    expect(all("raises price target to 8,239 (7,034) pence")).toEqual([
      { text: "8,239", value: 82.39, unit: "GBP" },
      { text: "7,034", value: 70.34, unit: "GBP" },
    ]);
    expect(all("Earnings per share amounted to SEK 0.19 (0.02)").map((f) => f.unit)).toEqual(["SEK", "SEK"]);
    // A footnote mark after an amount is no earlier figure.
    expect(all("Revenue was $5 billion (1) in the quarter").map((f) => f.text)).toEqual(["$5 billion"]);
  });

  it("reads ¥ as yuan only in stories about yuan", () => {
    expect(one("¥500 million")).toMatchObject({ unit: "JPY" });
    expect(one("¥500 million", () => true)).toMatchObject({ unit: "CNY" });
  });

  it("turns cents and pence into the currency, per share", () => {
    expect(one("EPS of 20 cents per share")).toMatchObject({ value: 0.2, unit: "USD", per: "share" });
    expect(one("a dividend of 8p a share")).toMatchObject({ value: 0.08, unit: "GBP", per: "share" });
    expect(one("the 66-cent loss analysts expected")).toMatchObject({ text: "66-cent", value: 0.66, unit: "USD" });
    expect(one("earned $1.23 per diluted share")).toMatchObject({ value: 1.23, per: "share" });
    expect(one("will receive $54.20 in cash for each share")).toMatchObject({ text: "$54.20", per: "share" });
  });
});

describe("figures as other publishers write them (issue 12, fig5- dev articles)", () => {
  const all = (text: string) => findFigures(text).map((f) => ({ text: text.slice(...f.span), value: f.value, high: f.high, unit: f.unit, per: f.per }));
  it.each([
    // Minor units of other currencies, as Bernama, Indian, Gulf and Singapore papers write them.
    ["Maybank added 6.0 sen to RM10.14.", [{ text: "6.0 sen", value: 0.06, unit: "MYR" }, { text: "RM10.14", value: 10.14, unit: "MYR" }]],
    ["TNB rose eight sen to RM11.44, and Maxis earned five sen to RM5.41.", [{ text: "eight sen", value: 0.08 }, { text: "RM11.44" }, { text: "five sen", value: 0.05, high: null }, { text: "RM5.41" }]],
    ["KNM advanced half-a-sen to 19.5 sen.", [{ text: "half-a-sen", value: 0.005, unit: "MYR" }, { text: "19.5 sen", value: 0.195 }]],
    ["The rupee settled 12 paise lower, after gaining 1 paisa.", [{ text: "12 paise", value: 0.12, unit: "INR" }, { text: "1 paisa", value: 0.01, unit: "INR" }]],
    ["Dubai Islamic Bank gained 8 fils to Dh6.95.", [{ text: "8 fils", value: 0.08, unit: "AED" }, { text: "Dh6.95", value: 6.95, unit: "AED" }]],
    ["Gulf Bank fell 5 fils to 285 fils on Boursa Kuwait.", [{ text: "5 fils", value: 0.005, unit: "KWD" }, { text: "285 fils", value: 0.285, unit: "KWD" }]],
    ["DBS proposed a dividend of 60 Singapore cents a share.", [{ text: "60 Singapore cents", value: 0.6, unit: "SGD", per: "share" }]],
    ["In Dublin the board cut the final dividend to 21.5 cent from €0.26.", [{ text: "21.5 cent", value: 0.215, unit: "EUR" }, { text: "€0.26" }]],
    ["The shares traded for 38 eurocents.", [{ text: "38 eurocents", value: 0.38, unit: "EUR" }]],
    ["In Lagos, CAP added 85k to close at N26.60 per share.", [{ text: "85k", value: 0.85, unit: "NGN" }, { text: "N26.60", value: 26.6, unit: "NGN" }]],
    ["The startup raised $50k and hired 12k workers.", [{ text: "$50k", value: 50e3 }, { text: "12k", value: 12e3, unit: "count" }]],
    // Spellings of percent, points and multiples.
    ["Irish sales edged up 0.3-per-cent.", [{ text: "0.3-per-cent", value: 0.3, unit: "%" }]],
    ["The FBM ACE Index slipped 0.45 of-a-point to 4,812.37.", [{ text: "0.45 of-a-point", value: 0.45, unit: "points" }, { text: "4,812.37", unit: "points" }]],
    ["Loyalty sign-ups rose three-fold to 1.2 million.", [{ text: "three-fold", value: 3, unit: "x" }, { text: "1.2 million", unit: "count" }]],
    // A range whose high bound repeats its currency; a KPI line's count after a colon.
    ["It sees revenue of US$1.2bn-US$1.4bn.", [{ text: "US$1.2bn-US$1.4bn", value: 1.2e9, high: 1.4e9, unit: "USD" }]],
    ["- Flights cancelled: 412, compared with 1,108", [{ text: "412", unit: "count" }, { text: "1,108", unit: "count" }]],
    ["- Aircraft in service at quarter end: 214", [{ text: "214", value: 214, unit: "count" }]],
    // Market breadth: two counts, whichever is larger.
    ["Gainers led decliners by 612 to 431.", [{ text: "612", unit: "count" }, { text: "431", unit: "count" }]],
    ["Decliners outnumbered gainers 300 to 450, while 296 counters were unchanged.", [{ text: "300", high: null }, { text: "450" }, { text: "296" }]],
    // Per-share results lines with bracketed or negative losses.
    ["Adjusted loss per share: ($0.05)", [{ text: "$0.05", value: 0.05, per: "share" }]],
    ["The loss per share was negative $0.10.", [{ text: "$0.10", value: 0.1, per: "share" }]],
  ] as const)("%s", (text, expected) => {
    expect(all(text)).toMatchObject(expected);
  });

  it("reads no count after a colon whose label counts nothing, and no year before 2000", () => {
    none("Section 3: the outlook");
    none("Founded: 1987");
    expect(all("The shares suffered their worst fall since 1987, dropping 17.6 per cent.")).toMatchObject([{ text: "17.6 per cent" }]);
  });
});

describe("ratios", () => {
  it("reads percent in every spelling", () => {
    expect(one("jumped 9% on")).toMatchObject({ value: 9, unit: "%" });
    expect(one("rose 23 per cent to")).toMatchObject({ text: "23 per cent", value: 23, unit: "%" });
    expect(one("fell 4 percent")).toMatchObject({ value: 4, unit: "%" });
  });

  it("reads percentage and basis points as pp", () => {
    expect(one("widened 3.2 percentage points")).toMatchObject({ value: 3.2, unit: "pp" });
    expect(one("up 150 basis points")).toMatchObject({ value: 1.5, unit: "pp" });
    expect(one("a 2pp gain")).toMatchObject({ value: 2, unit: "pp" });
  });

  it("reads multiples", () => {
    expect(one("trades at 3x sales")).toMatchObject({ value: 3, unit: "x" });
    expect(one("priced at 64 times revenue")).toMatchObject({ value: 64, unit: "x" });
  });
});

describe("counts", () => {
  it("counts named things, with modifiers between", () => {
    expect(one("polled 30 analysts")).toMatchObject({ value: 30, unit: "count" });
    expect(one("100 million monthly active users")).toMatchObject({ value: 100e6, unit: "count" });
    expect(one("About 1,800 employees")).toMatchObject({ value: 1800, unit: "count", qualifier: "about" });
  });

  it("counts sectors and stocks of an index", () => {
    expect(one("seven of its 11 major sectors rose")).toMatchObject({ value: 11, unit: "count" });
    expect(one("of the 30 stocks in the Dow")).toMatchObject({ value: 30, unit: "count" });
  });

  it("counts a scaled number even without a noun", () => {
    expect(one("shipped 3.76 million last year")).toMatchObject({ value: 3.76e6, unit: "count" });
  });

  it("counts a number with a thousands separator even without a noun", () => {
    expect(one("Deliveries totaled 481,166.")).toMatchObject({ value: 481166, unit: "count" });
  });

  it("scales without binary noise", () => {
    expect(one("from $16.6 billion").value).toBe(16600000000);
    expect(one("up 15 basis points").value).toBe(0.15);
  });
});

describe("ranges", () => {
  it("joins both bounds into one figure", () => {
    expect(one("revenue of $9.2 billion to $9.25 billion")).toMatchObject({ value: 9.2e9, high: 9.25e9, unit: "USD" });
    expect(one("save between €4bn and €6bn")).toMatchObject({ value: 4e9, high: 6e9, unit: "EUR" });
    expect(one("EPS of $2.34 to $2.36 per share")).toMatchObject({ value: 2.34, high: 2.36, per: "share" });
  });

  it("lends the high bound's scale and unit to a bare low bound", () => {
    expect(one("$9.2 to $9.25 billion")).toMatchObject({ value: 9.2e9, high: 9.25e9 });
    expect(one("growth of 5-7%")).toMatchObject({ value: 5, high: 7, unit: "%" });
    expect(one("$5 to 6 billion")).toMatchObject({ value: 5e9, high: 6e9, unit: "USD" });
  });

  it("does not take a spaced dash for a range", () => {
    expect(findFigures("EPS of $0.71 — $0.24 more than expected")).toHaveLength(2);
    expect(findFigures("rose 5% - a record")).toHaveLength(1);
  });

  it("keeps a change from a prior value as two figures", () => {
    expect(findFigures("margin rose from 5% to 7%")).toHaveLength(2);
    expect(findFigures("shares rose 3% to $120")).toHaveLength(2);
    expect(findFigures("operating profit moved from £708m to £2.6bn")).toHaveLength(2);
    expect(findFigures("estimates ranging from $5 to $6")).toHaveLength(1);
    expect(findFigures("the index rose 0.5% to 6,700").map((f) => f.unit)).toEqual(["%", "points"]);
  });
});

describe("qualifiers", () => {
  it("maps hedges to the contract's words", () => {
    expect(one("more than $53 billion").qualifier).toBe("more than");
    expect(one("over $16 billion").qualifier).toBe("over");
    expect(one("nearly 40%").qualifier).toBe("nearly");
    expect(one("roughly 80%").qualifier).toBe("about");
    expect(one("at least £10bn").qualifier).toBe("more than");
    expect(one("up to $5 billion").qualifier).toBe("up to");
    expect(one("as much as 12%").qualifier).toBe("as much as");
    expect(one("it rose 12%").qualifier).toBeNull();
  });

  it("takes a hedge across an article, and \"more than\" across \"the\"", () => {
    expect(one("markets see about a 70% chance").qualifier).toBe("about");
    expect(one("to spend more than the 380 billion yuan it set aside").qualifier).toBe("more than");
    expect(one("talks about the $5 billion deal").qualifier).toBeNull();
  });
});

describe("spelled-out numbers", () => {
  it("reads them with a percent or a scaled currency", () => {
    expect(one("Revenue increased five per cent")).toMatchObject({ value: 5, unit: "%" });
    expect(one("just under five billion pounds")).toMatchObject({ value: 5e9, unit: "GBP" });
    expect(one("up two percentage points")).toMatchObject({ value: 2, unit: "pp" });
    expect(one("nearly three times the average")).toMatchObject({ text: "three times", value: 3, unit: "x", qualifier: "nearly" });
  });
  it("leaves them alone otherwise", () => {
    none("over three years, three analysts, four times a year");
  });
});

describe("not figures", () => {
  it("leaves years, dates, quarters and times alone", () => {
    none("In 2025, on September 24, in Q2 and fiscal 2025, at 10:30 a.m. on 9/24, by 09:45");
  });
  it("leaves durations, ordinals and product names alone", () => {
    none("over three years, for 5 years, a 52-week high, its 2nd plant, Qwen3-Omni, 5G phones, a 10-K filing");
  });
  it("leaves bare numbers that count nothing named", () => {
    none("the Nasdaq 100 and the Fortune 500 companies, ranked 5 overall, closed at 6,700.12");
  });
  it("skips excluded regions such as quote widgets", () => {
    const text = "Shares of Guardant (GH -2.96%) fell 3%.";
    const widget = text.indexOf("(GH");
    const figures = findFigures(text, [[widget, text.indexOf(")") + 1]]);
    expect(figures.map((f) => text.slice(...f.span))).toEqual(["3%"]);
  });
});

const all = (text: string) => findFigures(text).map((f) => ({ text: text.slice(...f.span), value: f.value, high: f.high, unit: f.unit, per: f.per }));

describe("index points", () => {
  it("reads an index move and the level it reached as points", () => {
    expect(all("The Dow fell 367.17 points, or 1.1%, to 33,684.53.")).toMatchObject([
      { text: "367.17 points", value: 367.17, unit: "points" },
      { text: "1.1%", unit: "%" },
      { text: "33,684.53", value: 33684.53, unit: "points" },
    ]);
    expect(all("The FTSE 100 closed 123 points higher at 7,490.").map((f) => f.unit)).toEqual(["points", "points"]);
    expect(all("The Sensex rose 113.11 points to settle at 57,901.")).toMatchObject([{ unit: "points" }, { value: 57901, unit: "points" }]);
    expect(all("Nifty ended at 2803.05, up 19.15 points or 0.69 per cent.")).toMatchObject([{ value: 2803.05, unit: "points" }, { unit: "points" }, { unit: "%" }]);
    // An intraday high.
    expect(all("The Sensex advanced as much as 553.51 points to touch 41,230.14.")).toMatchObject([{ unit: "points" }, { value: 41230.14, unit: "points" }]);
    expect(all("The Nifty rose to as high as 12,152.15 in the session.")).toMatchObject([{ value: 12152.15, unit: "points" }]);
  });

  it("reads a bare move beside its percentage in an index clause", () => {
    expect(all("The FTSE 250 was down 132.16 (0.75%) to 17,421.76.")).toMatchObject([
      { value: 132.16, unit: "points" },
      { unit: "%" },
      { value: 17421.76, unit: "points" },
    ]);
  });

  it("leaves a price after an index alone when a company is named in between", () => {
    expect(all("Dow component Boeing rose 2% to 205.50 on Friday.")).toMatchObject([{ unit: "%" }]);
    expect(all("Dow Inc rose 2% to 55.20.")).toMatchObject([{ unit: "%" }]);
    expect(all("Shares in the Nasdaq-listed firm rose to 12.50.")).toEqual([]);
    expect(all("The Fed raised its benchmark rate to 5.25 last year.")).toEqual([]);
    expect(all("Tesla, the S&P 500's biggest decliner, fell 12% to 205.50.")).toMatchObject([{ unit: "%" }]);
  });

  it("never joins a move and its level into a range", () => {
    expect(all("The FTSE 100 rose 20 points to 7,500.")).toMatchObject([{ value: 20, high: null }, { value: 7500, high: null }]);
  });

  it("reads points as percentage points in a clause about a rate, and drops yield points", () => {
    expect(all("Operating margin rose 1.5 points to 31%.")).toMatchObject([{ value: 1.5, unit: "pp" }, { unit: "%" }]);
    expect(all("Ten-year yields rose 2 points to 2.842 per cent.")).toMatchObject([{ unit: "%" }]);
  });

  it("takes a hyphenated points figure only when it names a move", () => {
    expect(all("a 422-point drop in the Dow")).toMatchObject([{ value: 422, unit: "points" }]);
    expect(all("unveiled a 10-point plan")).toEqual([]);
  });
});

describe("real spellings of scale and unit", () => {
  it("reads scale abbreviations in any case, glued or spaced", () => {
    expect(all("net income of $511 Mln. in the quarter")).toMatchObject([{ text: "$511 Mln", value: 511e6 }]);
    expect(all("revenue of $3.10 Bln")).toMatchObject([{ value: 3.1e9, unit: "USD" }]);
    expect(all("a 3 trln yen budget")).toMatchObject([{ value: 3e12, unit: "JPY" }]);
    expect(all("profit rose to £2.5billion")).toMatchObject([{ value: 2.5e9, unit: "GBP" }]);
  });

  it("reads Indian scale words", () => {
    expect(all("net profit of Rs 6,021 crore")).toMatchObject([{ value: 6021e7, unit: "INR" }]);
    expect(all("market value rose to Rs 154.09 lakh crore")).toMatchObject([{ value: 154.09e12, unit: "INR" }]);
  });

  it("reads glued percent words", () => {
    expect(all("up 60per cent, 8.69percent and 0.5pc")).toMatchObject([{ value: 60, unit: "%" }, { value: 8.69, unit: "%" }, { value: 0.5, unit: "%" }]);
  });

  it("reads percentage points written with pct or a percent sign", () => {
    expect(all("rose 0.2 pct point, then a 2% point rise and 3 percentage points")).toMatchObject([{ value: 0.2, unit: "pp" }, { value: 2, unit: "pp" }, { value: 3, unit: "pp" }]);
  });

  it("reads per equity share, as Indian issues write it", () => {
    expect(all("Price Band: Rs. 105 to Rs. 108 per equity share.")).toMatchObject([{ value: 105, high: 108, unit: "INR", per: "share" }]);
  });

  it("reads basis points hyphenated or glued", () => {
    expect(all("a 50-bp cut after 25bp and 75 bps")).toMatchObject([{ value: 0.5, unit: "pp" }, { value: 0.25 }, { value: 0.75 }]);
  });

  it("reads fractions of a percentage point in words", () => {
    expect(all("cut by a quarter of a percentage point after half a percentage point and a full percentage point")).toMatchObject([
      { value: 0.25, unit: "pp" },
      { value: 0.5, unit: "pp" },
      { value: 1, unit: "pp" },
    ]);
    expect(all("three half-point hikes and a quarter-point cut")).toMatchObject([{ value: 0.5 }, { value: 0.25 }]);
  });

  it("reads prices in pence and the Australian dollar prefixes", () => {
    expect(all("Shell rose to 2,159.5p and BT to 120.875p")).toMatchObject([{ value: 21.595, unit: "GBP" }, { value: 1.20875, unit: "GBP" }]);
    expect(all("priced at $US17 against $A22")).toMatchObject([{ value: 17, unit: "USD" }, { value: 22, unit: "AUD" }]);
  });
});

describe("amounts in words", () => {
  it("reads half a cent in the article's currency, and multiples in -fold", () => {
    expect(all("Sterling fell about half a cent to $1.2684")).toMatchObject([{ text: "half a cent", value: 0.005, unit: "USD" }, { value: 1.2684 }]);
    expect(all("use would rise tenfold by 2032, a 10-fold jump")).toMatchObject([{ value: 10, unit: "x" }, { value: 10, unit: "x" }]);
  });
});

describe("decimal commas and space thousands", () => {
  it("reads a decimal comma before a scale, a unit or a percent", () => {
    expect(all("revenue of R8,7-billion, a dividend of 352,5 pence and growth of 5,7%")).toMatchObject([
      { value: 8.7e9, unit: "ZAR" },
      { value: 3.525, unit: "GBP" },
      { value: 5.7, unit: "%" },
    ]);
  });

  it("reads a decimal comma after a currency, even before a list comma", () => {
    expect(all("Sibanye jumped 6,3% to R24,85, Impala 4,7% to R98,12 on the JSE")).toMatchObject([
      { value: 6.3 }, { value: 24.85, unit: "ZAR" }, { value: 4.7 }, { value: 98.12, unit: "ZAR" },
    ]);
  });

  it("never guesses on a comma with three digits, or on one with nothing after it", () => {
    expect(all("totaled 1,234 in all")).toMatchObject([{ value: 1234, unit: "count" }]);
    expect(all("options 1,5 and 7")).toEqual([]);
  });

  it("reads space thousands after a currency, before a unit, or in an article that writes them so", () => {
    expect(all("The all-share closed at 55 188 points.")).toMatchObject([{ value: 55188, unit: "points" }]);
    expect(all("revenue of R1 294 million and 49 000 jobs")).toMatchObject([{ value: 1294e6, unit: "ZAR" }, { value: 49000, unit: "count" }]);
  });

  it("keeps two numbers apart in an article that never writes thousands so", () => {
    expect(all("It employs 49 000 people.")).toEqual([]);
    expect(all("in 2019 150 stores opened")).toMatchObject([{ value: 150, unit: "count" }]);
  });
});

describe("rand, rupees and cents in the article's currency", () => {
  it("reads R as the rand in a South African story or when the number could be nothing else", () => {
    expect(all("The JSE closed higher; Naspers ended at R2,762 and Spar at R203.")).toMatchObject([{ value: 2762, unit: "ZAR" }, { value: 203, unit: "ZAR" }]);
    expect(all("DeepSeek's R1 model cost R1.2bn to match")).toMatchObject([{ text: "R1.2bn", unit: "ZAR" }]);
  });

  it("reads cents in the currency the article uses most", () => {
    expect(all("HEPS rose to 55.61c on revenue of R1.2bn and R3bn of assets")).toMatchObject([{ value: 0.5561, unit: "ZAR" }, {}, {}]);
    expect(all("EPS of 62 cents on revenue of $5 billion")).toMatchObject([{ value: 0.62, unit: "USD" }, {}]);
    expect(all("Adjusted EPS was 36.69c and revenue €1.76bn")).toMatchObject([{ value: 0.3669, unit: "EUR" }, {}]);
  });
});

describe("per share and ranges as written", () => {
  it("reads per ADS, per ADR and apiece as per share", () => {
    expect(all("CNY11.20 per ADS, $1.05 per ADR and CNY3.1 per American depository share")).toMatchObject([
      { per: "share" },
      { per: "share" },
      { per: "share" },
    ]);
    expect(all("sold 10 million shares at $17 apiece")).toMatchObject([{ unit: "count" }, { value: 17, per: "share" }]);
  });

  it("lends the high bound's cents to a bare low bound", () => {
    expect(all("between 28 and 30 cents per share")).toMatchObject([{ value: 0.28, high: 0.3, unit: "USD", per: "share" }]);
    expect(all("58-59 cents a share")).toMatchObject([{ value: 0.58, high: 0.59 }]);
  });

  it("joins a bare high bound glued to a currency low bound by a dash", () => {
    expect(all("a price band of Rs 1,120-1,180 a share")).toMatchObject([{ value: 1120, high: 1180, unit: "INR", per: "share" }]);
    expect(all("EPS of $1.30-1.35")).toMatchObject([{ value: 1.3, high: 1.35 }]);
  });

  it("joins a spaced dash only between two amounts written alike, the higher second", () => {
    expect(all("Sees FY27 Adj. EPS Of $4.45 - $4.60")).toMatchObject([{ value: 4.45, high: 4.6 }]);
    expect(all("EPS of $0.71 - $0.24 more than expected")).toHaveLength(2);
  });

  it("joins two bare bounds that name what they count", () => {
    expect(all("a forecast of between 825,000 and 835,000 barrels a day, from 810,000 to 840,000 barrels previously")).toMatchObject([
      { value: 825000, high: 835000, unit: "count" },
      { value: 810000, high: 840000, unit: "count" },
    ]);
    expect(all("hiring rose from 5 to 10 engineers")).toHaveLength(2);
  });

  it("keeps a move and the price it reached apart", () => {
    expect(all("Aviva, up 20.7p to 409p")).toMatchObject([{ value: 0.207, high: null }, { value: 4.09, high: null }]);
    expect(all("expects sales up 3% to 5%")).toMatchObject([{ value: 3, high: 5 }]);
  });
});

describe("prices per share by what precedes them", () => {
  it.each(PER_SHARE_BEFORE.map((cue) => [cue.name, cue.example]))("%s: %s", (_name, example) => {
    expect(all(example).find((f) => f.unit !== "%" && f.unit !== "count")?.per).toBe("share");
  });
  it("leaves a share price and a scaled amount alone", () => {
    expect(all("The shares closed at $29.80.")).toMatchObject([{ per: null }]);
    expect(all("a takeover offer of $2.5 billion")).toMatchObject([{ per: null }]);
  });
  it("reads the cash part of an offer for each share, and the share exchange ratio", () => {
    expect(all("Holders will receive 412 pence in cash and 0.0845 new Vanterra shares for each Hartwell share.")).toMatchObject([
      { value: 4.12, unit: "GBP", per: "share" },
      { value: 0.0845, unit: "count", per: "share" },
    ]);
  });
  it("takes a quote for a quote, not an offer", () => {
    expect(all("the rand was bid at R13.5993 to the dollar")).toMatchObject([{ unit: "ZAR", per: null }]);
  });
  it("reads the rate a story converted at, without its $1", () => {
    expect(all("profit of 2.17 trillion yen ($18.1 billion). ($1 = 119.9300 yen)").map((f) => f.value)).toEqual([2.17e12, 18.1e9, 119.93]);
  });
  it("reads an exchange rate in the currency its clause names", () => {
    expect(all("the yen strengthened to 147.85 per dollar and the rupee closed at 84.07 to the dollar")).toMatchObject([
      { value: 147.85, unit: "JPY" },
      { value: 84.07, unit: "INR" },
    ]);
  });
});

describe("numbers in names", () => {
  it.each(NAME_NUMBERS.map((r) => [r.name, r.example, r.number]))("%s: %s", (_name, example, number) => {
    expect(findFigures(example).map((f) => example.slice(...f.span))).not.toContain(number);
  });

  it("still counts what a name stands before", () => {
    const text = "Boeing delivered 44 of its 737 MAX jets and 12 F-35 jets; 3M users signed up.";
    expect(findFigures(text).map((f) => text.slice(...f.span))).toEqual(["44", "12", "3M"]);
  });
});

describe("ranges named as an earlier range", () => {
  it("reads ', up from X to Y' after a stated range as one prior range", () => {
    const text = "It now expects revenue of $965 million to $975 million, up from $915 million to $925 million previously.";
    expect(findFigures(text).map((f) => [text.slice(...f.span), f.high])).toEqual([
      ["$965 million to $975 million", 975e6],
      ["$915 million to $925 million", 925e6],
    ]);
  });

  it("keeps 'rose from X to Y' two figures", () => {
    expect(findFigures("Revenue rose from $5 billion to $6 billion.").map((f) => f.high)).toEqual([null, null]);
  });
});

describe("index levels in a relative clause", () => {
  it("reads the level of an index named after 'in' when 'which closed at' follows it", () => {
    const text = "SoftBank shares rose 7.8% in Tokyo, outpacing a 1.1% gain in the Nikkei 225, which closed at 48,912.30.";
    expect(findFigures(text).at(-1)).toMatchObject({ value: 48912.3, unit: "points" });
  });
});

describe("index levels after a move in points", () => {
  it("reads the level a market's points move reached, whatever the market is called", () => {
    const text = "Hong Kong stocks closed down 68.71 points, or 0.3 percent, at 22,668.30 on Thursday.";
    expect(findFigures(text).map((f) => [text.slice(...f.span), f.unit])).toEqual([["68.71 points", "points"], ["0.3 percent", "%"], ["22,668.30", "points"]]);
  });

  it("reads an index's round level named as a mark, and one it crossed", () => {
    const text = "The Tadawul All Share Index rose 0.8 per cent to 7,968.26, closing in on the keenly watched 8,000 mark. The index last crossed 8,000 in October.";
    expect(findFigures(text).map((f) => [text.slice(...f.span), f.unit])).toEqual([["0.8 per cent", "%"], ["7,968.26", "points"], ["8,000", "points"], ["8,000", "points"]]);
  });

  it("reads no level after percentage points, nor a small number", () => {
    expect(findFigures("The margin rose 1.5 points to 22.3 in the quarter.").map((f) => f.unit)).toEqual(["pp"]);
    expect(findFigures("Its score rose 2 points to 54 in May.").filter((f) => f.unit === "points")).toHaveLength(1);
  });
});

describe("counts with the noun left out", () => {
  it.each(ELIDED_COUNT_CUES.map((c) => [c.name, c.example, c.number]))("%s: %s", (_name, example, number) => {
    const figure = findFigures(example).find((f) => example.slice(...f.span) === number);
    expect(figure).toMatchObject({ unit: "count", value: Number(number) });
  });

  it("needs an earlier count in the sentence", () => {
    none("The board met and adjourned 21, said a filing.");
    none("Revenue rose. Of those, 57 rate it a buy.");
  });
});

describe("a headline at the top of the body", () => {
  const texts = (text: string) => findFigures(text).map((f) => text.slice(...f.span));
  it("drops the headline's copy of a figure the body states, rounded or not", () => {
    expect(texts("Dow sheds 412 points as banks slide\nNEW YORK - The Dow fell 412.38 points, or 1.2%.")).toEqual(["412.38 points", "1.2%"]);
    expect(texts("Kelbrook to buy Marrow for $7.4 billion\nKelbrook agreed to pay $7.4 billion in cash.")).toEqual(["$7.4 billion"]);
  });

  it("keeps a headline figure the body does not repeat, and a first line that is a sentence", () => {
    expect(texts("Profit falls 26% on tariffs\nProfit fell in the half.")).toEqual(["26%"]);
    expect(texts("Profit fell 26%.\nProfit fell 26% again, the company said.")).toEqual(["26%", "26%"]);
  });
});

describe("range forms", () => {
  it.each([
    ["EPS of $1.20-to-$1.30 a share", "$1.20-to-$1.30", 1.2, 1.3],
    ["shipments of 10-12 million units", "10-12 million", 10e6, 12e6],
    ["output of 28 to 30 million tonnes", "28 to 30 million", 28e6, 30e6],
    ["growth of 5%-7%", "5%-7%", 5, 7],
    ["EPS of $4.45 – $4.60 a share", "$4.45 – $4.60", 4.45, 4.6],
  ])("%s", (text, span, value, high) => {
    expect(one(text)).toMatchObject({ text: span, value, high });
  });
});

describe("a percent sign ends a figure", () => {
  it("reads a percentage with a word glued after it", () => {
    expect(one("UPS shares fell 1.6%after the results")).toMatchObject({ text: "1.6%", value: 1.6, unit: "%" });
  });
});

describe("spelled-out basis points", () => {
  it("reads 'two basis points' as 0.02 percentage points", () => {
    const text = "The 10-year yield climbed two basis points to 4.21 per cent.";
    const [first] = findFigures(text);
    expect(first).toMatchObject({ value: 0.02, unit: "pp" });
    expect(text.slice(...first!.span)).toBe("two basis points");
  });
});
