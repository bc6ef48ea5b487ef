import { describe, expect, it } from "vitest";
// These tests name a figure's company by its ticker (lib/testing/subjects.ts).
import { extractWithTickerSubjects as extractFacts } from "@/lib/testing/subjects";

/** The facts of one figure, found by its text, from a whole-text extraction. */
const fact = (text: string, figure: string, tickers: string[] = []) => {
  const at = text.indexOf(figure);
  const f = extractFacts(text, { tickers }).facts.find((x) => x.figure && x.figure.span[0] <= at && at < x.figure.span[1]);
  if (!f || !f.figure) throw new Error(`no fact for ${figure}`);
  return { ...f, ...f.figure };
};

describe("basis", () => {
  it("reads forecasters looking for a figure as an estimate, and an initially reported figure as the base", () => {
    const text = "Corlan Systems (CRLN) earned $1.12 a share. Forecasters had been looking for $1.05 a share.";
    expect(fact(text, "$1.05").basis).toBe("estimate");
    const revised = "Retail sales rose 0.4% in June, revised from an initially reported 0.2%.";
    expect(fact(revised, "0.2%").basis).toBe("prior");
  });

  it("reads a result per basic and diluted share", () => {
    const text = "Harbridge Foods (HBF) reported net income of $4.1 million, or $0.13 per basic and diluted share.";
    expect(fact(text, "$0.13")).toMatchObject({ per: "share", basis: "reported" });
  });

  it("reads a wire flash: reported vs. expected", () => {
    const text = "Here's how the company did:\n- Earnings per share: $1.23 adjusted vs. $1.10 expected\n- Revenue: $9.3 billion vs. $9.2 billion expected";
    expect(fact(text, "$1.23")).toMatchObject({ basis: "reported", metric: "adjusted EPS", per: "share" });
    expect(fact(text, "$1.10")).toMatchObject({ basis: "estimate", metric: expect.stringContaining("EPS") });
    expect(fact(text, "$9.3 billion")).toMatchObject({ basis: "reported", metric: "revenue" });
    expect(fact(text, "$9.2 billion")).toMatchObject({ basis: "estimate", metric: "revenue" });
  });

  it("reads analysts' forecasts as estimates and the result as reported", () => {
    const text = "Barclays plc said pre-tax profit rose 23 per cent to £2.7bn, beating analysts' forecasts of £2.4bn.";
    expect(fact(text, "£2.7bn").basis).toBe("reported");
    expect(fact(text, "£2.4bn").basis).toBe("estimate");
  });

  it("reads a comparison base as prior, and its restatement too", () => {
    const text = "Net income was $727 million, compared with $1.05 billion, or 70 cents per share, a year earlier. Income climbed to £6.5bn from £6.1bn.";
    expect(fact(text, "$727 million").basis).toBe("reported");
    expect(fact(text, "$1.05 billion").basis).toBe("prior");
    expect(fact(text, "70 cents")).toMatchObject({ basis: "prior", metric: "EPS" });
    expect(fact(text, "£6.1bn").basis).toBe("prior");
    expect(fact(text, "£6.5bn").basis).toBe("reported");
  });

  it("reads the company's own outlook as guidance", () => {
    const text = "Nike Inc. (NKE) now expects adjusted earnings of $2.34 to $2.36 per share. The company will cut 5,000 jobs.";
    expect(fact(text, "$2.34")).toMatchObject({ basis: "guidance", metric: "adjusted EPS", value: 2.34, high: 2.36 });
    expect(fact(text, "5,000")).toMatchObject({ basis: "guidance", subject: "NKE" });
  });

  it("gives a bare follow-on segment the basis of the figure before it", () => {
    const text = "Nvidia (NVDA) said it expects revenue of about $54 billion, plus or minus 2%, in the third quarter.";
    expect(fact(text, "$54 billion").basis).toBe("guidance");
    expect(fact(text, "2%").basis).toBe("guidance");
  });

  it("lets a follow-on change share a forecast, but never a prior value", () => {
    const forecast = "Gartner expects worldwide IT spending to total $5.43 trillion in 2025, an increase of 7.9% from 2024.";
    expect(fact(forecast, "7.9%")).toMatchObject({ basis: "forecast", change: "up" });
    const moved = "Acme plc (ACME) operating profit moved from £708m to £2.6bn, a rise of 267 per cent.";
    expect(fact(moved, "£708m").basis).toBe("prior");
    expect(fact(moved, "£2.6bn").basis).toBe("reported");
    expect(fact(moved, "267 per cent").basis).toBe("reported");
  });

  it("reads 'up 7% from a year earlier' as a reported change, not a prior value", () => {
    const text = "Tesla Inc. (TSLA) delivered 497,099 vehicles, up 7% from a year earlier and above the 443,079 that analysts had expected.";
    expect(fact(text, "7%")).toMatchObject({ basis: "reported", change: "up" });
    expect(fact(text, "443,079").basis).toBe("estimate");
  });

  it("reads the price a premium is measured from as prior", () => {
    const text = "Acme Corp. (ACME) will pay $48.50 per share, a 31% premium to Zeta's closing price of $37.02.";
    expect(fact(text, "$37.02").basis).toBe("prior");
    expect(fact(text, "$48.50").per).toBe("share");
  });

  it("reads a third party's projection about the world as forecast", () => {
    const text = "Global spending on data centers is set to reach $1.1 trillion by 2029, according to research firm IDC.";
    expect(fact(text, "$1.1 trillion")).toMatchObject({ basis: "forecast", subject: null, period: "2029" });
  });
});

describe("change", () => {
  it("takes the direction of the verb before the figure", () => {
    const text = "Shares of Acme Corp. (ACME) jumped 9%. Rival Zeta Inc. (ZETA) slid 2.9%. Its loss narrowed 10%.";
    expect(fact(text, "9%").change).toBe("up");
    expect(fact(text, "2.9%").change).toBe("down");
    expect(fact(text, "10%").change).toBe("down");
  });

  it("takes the direction of a noun right after the figure", () => {
    expect(fact("Analysts had expected a 3.6% drop in sales.", "3.6%").change).toBe("down");
  });

  it("does not lend a verb to a later figure of another clause", () => {
    const text = "The bank will cut 5,000 jobs and save between €4bn and €6bn.";
    expect(fact(text, "€4bn").change).toBeNull();
  });
});

describe("metric", () => {
  it("names a move by 'It' that reaches a price the share's, whatever the sentence before measured", () => {
    const text = "Kestrel Bank (ISE: KBK) led on volume traded. It finished up 8.7 per cent at €1.74. Allied Irish Banks also had a strong session, adding 6.5 per cent to close on €1.74.";
    expect(fact(text, "8.7 per cent")).toMatchObject({ metric: "share price change" });
    expect(fact(text, "6.5 per cent")).toMatchObject({ metric: "share price change" });
    expect(fact(text, "€1.74.")).toMatchObject({ metric: "share price" });
  });

  it("names a bond by its coupon and its move by its price; an ETF moves as a share", () => {
    const text = "Kestrel Energy's 8 per cent June 2027 bond was up 7.25 per cent. The S&P 500 energy sector index rose 3.3 per cent, while the Energy Select Sector SPDR ETF rose 3.4 per cent.";
    expect(fact(text, "8 per cent")).toMatchObject({ metric: "coupon" });
    expect(fact(text, "7.25 per cent")).toMatchObject({ metric: "bond price change" });
    expect(fact(text, "3.4 per cent")).toMatchObject({ metric: "share price change", subject: "Energy Select Sector SPDR ETF" });
  });

  it("reads 'the IPO's size', and keeps a multiple of earnings per share no per-share figure", () => {
    const text = "Kestrel Retail (NYSE: KRT) said the option would bring the IPO's size to about $25 billion. Kestrel is valued at 39 times its estimated earnings per share.";
    expect(fact(text, "$25 billion")).toMatchObject({ metric: "offering size" });
    expect(fact(text, "39 times")?.figure).toMatchObject({ unit: "x", per: null });
  });

  it("names a move in what was sold its sales' move, not a sale price's", () => {
    const text = "Kestrel Devices said nine million tablets were sold, a 183 per cent increase. It sold 3.95 million laptops, a 14 per cent increase.";
    expect(fact(text, "183 per cent")).toMatchObject({ metric: "sales growth" });
    expect(fact(text, "14 per cent")).toMatchObject({ metric: "sales growth" });
  });

  it("names a move by the measure written right after its figure, past a nearer one before ('on a 27 per cent revenue rise')", () => {
    const text = "Shares of eBay jumped as much as 6 per cent after the company posted a 52 per cent jump in net profit on a 27 per cent revenue rise.";
    expect(fact(text, "52 per cent")).toMatchObject({ metric: "net profit growth", subject: "eBay" });
    expect(fact(text, "27 per cent")).toMatchObject({ metric: "revenue growth", subject: "eBay" });
  });

  it("names revenue with its segment and growth for a percentage", () => {
    const text = "Acme Corp. (ACME) said cloud revenue has been a driver, rising 26% year over year in the April–June quarter.";
    expect(fact(text, "26%")).toMatchObject({ metric: "cloud revenue growth", period: "April–June quarter" });
  });

  it("names share moves, index moves, market share and counts", () => {
    const text = "Acme Corp. (ACME) shares fell 3%. The S&P 500 rose 1%. Acme controls roughly 80% of the chip market. About 30 analysts cover Acme.";
    expect(fact(text, "3%")).toMatchObject({ metric: "share price change", subject: "ACME" });
    expect(fact(text, "1%")).toMatchObject({ metric: "index change", subject: "S&P 500" });
    expect(fact(text, "80%").metric).toBe("market share");
    expect(fact(text, "30")).toMatchObject({ metric: "analysts", unit: "count", basis: "reported" });
  });

  it("names the value of a share trade", () => {
    const text = "Palantir Technologies Inc. (PLTR) CEO Alex Karp sold 1.2 million shares worth $170 million.";
    expect(fact(text, "$170 million").metric).toBe("stock sale");
    expect(fact(text, "1.2 million")).toMatchObject({ metric: "shares", unit: "count" });
  });

  it("names a revenue by its business line, and a multiple by its base", () => {
    const text = "Acme Corp. (ACME) data center revenue rose to $41 billion. The deal values Wiz at 64 times annual recurring revenue.";
    expect(fact(text, "$41 billion").metric).toBe("data center revenue");
    expect(fact(text, "64 times").metric).toBe("annual recurring revenue multiple");
  });

  it("carries the previous sentence's measure into a bare one, without its growth word", () => {
    const text = "Acme Corp. (ACME) revenue was down 2% from a year earlier. Analysts were expecting $19.1 billion.";
    expect(fact(text, "2%")).toMatchObject({ metric: "revenue decline", period: "year over year" });
    expect(fact(text, "$19.1 billion")).toMatchObject({ metric: "revenue", basis: "estimate" });
  });

  it("names a Hong Kong share move, its closing level, and market turnover", () => {
    const text = "Lenovo Group (6.67, 0.71, 11.91%) rose 11.91% to 6.67 yuan. The market turnover was HK$114.987 billion.";
    const facts = extractFacts(text).facts.filter((f) => f.figure);
    expect(facts.map((f) => [text.slice(...f.figure!.span), f.metric])).toEqual([
      ["11.91%", "share price change"],
      ["6.67 yuan", "share price"],
      ["HK$114.987 billion", "trading turnover"],
    ]);
  });

  it("names a count by 'the number of' what it counts", () => {
    const text = "The number of stock keeping units traded is approximately 3.3 million.";
    expect(fact(text, "3.3 million").metric).toBe("stock keeping units");
  });

  it("keeps outlook words of a later clause off a reported figure", () => {
    const text = "Shares in Xiaomi fell as much as 9.6 per cent on Monday after the exchanges said it would be ineligible.";
    expect(fact(text, "9.6 per cent")).toMatchObject({ basis: "reported", qualifier: "as much as", metric: "share price change" });
  });

  it("names spending by its object", () => {
    const text = "Acme Corp. (ACME) plans to spend more than $53 billion over three years on AI.";
    expect(fact(text, "$53 billion")).toMatchObject({ metric: "AI spending", qualifier: "more than", period: "three years" });
  });
});

describe("period", () => {
  it("prefers a named period to a comparison", () => {
    expect(fact("Revenue rose 2% year on year in the second quarter of 2025.", "2%").period).toBe("Q2 2025");
    expect(fact("Revenue rose 2% year on year.", "2%").period).toBe("year over year");
    expect(fact("The stock has surged 112% year to date.", "112%").period).toBe("year to date");
    expect(fact("It will reach $4 trillion over the next five years.", "$4 trillion").period).toBe("next five years");
    expect(fact("Capex will be $80 billion in fiscal 2025.", "$80 billion").period).toBe("fiscal 2025");
  });

  it("does not lend a period that trails another figure", () => {
    const text = "The stock is up 110% year to date, giving the company a market value of $340 billion.";
    expect(fact(text, "110%").period).toBe("year to date");
    expect(fact(text, "$340 billion").period).toBeNull();
  });

  it("reads a whole quarter phrase as one period", () => {
    expect(fact("Revenue jumped 154% in the second quarter of fiscal 2025.", "154%").period).toBe("Q2 2025");
  });
});

describe("basis: comparison bases, deal terms and whose outlook", () => {
  it("reads a base 'from the regular close of' and one a sentence opens 'During the same quarter last year'", () => {
    const text = "Shares of Kestrel Devices (NASDAQ: KDV) rose to $141.30 after hours, up $7.60 from the regular close of $133.70. During the same quarter last year, earnings per share were about half, at $3.51 per share.";
    expect(fact(text, "$133.70")).toMatchObject({ basis: "prior" });
    expect(fact(text, "$3.51")).toMatchObject({ basis: "prior" });
    expect(fact(text, "$141.30")).toMatchObject({ basis: "reported" });
  });

  it("takes a named level or measure after from / compared with as the base", () => {
    expect(fact("Vantor Inc (NYSE: VNTR) shares have climbed 40% from their 52-week low of $88.40 set in March.", "$88.40").basis).toBe("prior");
    const loss = "Kestrel Corp (NASDAQ: KSTL) posted net income of $210 million, compared with a net loss of $95 million a year earlier.";
    expect(fact(loss, "$210 million").basis).toBe("reported");
    expect(fact(loss, "$95 million").basis).toBe("prior");
  });

  it("reads the old price target after from as prior", () => {
    const text = "One analyst lifted the price target on Kestrel Corp (NASDAQ: KSTL) to $140 from $120.";
    expect(fact(text, "$140").basis).toBe("estimate");
    expect(fact(text, "$120").basis).toBe("prior");
  });

  it("reads a marketed IPO range as prior and the money raised as reported", () => {
    const text = "Brindle Labs (NASDAQ: BRDL) priced 20 million shares at $21 each, above the range of $17 to $19 it had marketed, raising $420 million.";
    expect(fact(text, "$17 to $19").basis).toBe("prior");
    expect(fact(text, "$420 million").basis).toBe("reported");
  });

  it("does not read 'from a year earlier to $X' as a base", () => {
    expect(fact("Orvane Ltd (LSE: ORV) said orders rose 8% from a year earlier to £3.1bn.", "£3.1bn").basis).toBe("reported");
  });

  it("lets an outlook verb govern a later infinitive clause", () => {
    const text = "Pellworth Inc (NYSE: PLW) expects the merger to lift earnings in the first full year, and to reduce annual costs by $250 million by 2028.";
    expect(fact(text, "$250 million").basis).toBe("guidance");
  });

  it("reads deal terms and obtained financing as reported", () => {
    const fee = "Norvel Corp (NYSE: NVL) would owe a break fee of $90 million if its shareholders reject the deal.";
    expect(fact(fee, "$90 million").basis).toBe("reported");
    expect(fact("Norvel Corp (NYSE: NVL) has secured a $2 billion bridge loan commitment.", "$2 billion").basis).toBe("reported");
  });

  it("reads an unattributed 'expected' as a forecast for the world and guidance for a company", () => {
    const world = "Global spending on edge computing is expected to reach $12 billion by 2029, according to one research firm.";
    expect(fact(world, "$12 billion").basis).toBe("forecast");
    const company = "Harlow plc (LSE: HRL) said it expected wage inflation of 4 to 5 per cent next year.";
    expect(fact(company, "4 to 5 per cent").basis).toBe("guidance");
  });

  it("reads a projection attributed to a report as a forecast", () => {
    const text = "Wind farms could supply as much as 30% of the region's power by 2035, up from 12% in 2024, according to a study by a government agency.";
    expect(fact(text, "30%").basis).toBe("forecast");
  });

  it("reads what an outlook implies as guidance, and 'when X was' as the base", () => {
    const text = "Acme Corp (NYSE: ACME) raised its forecast. That implies growth of between 6% and 7% from fiscal 2025, when revenue was $12.4 billion.";
    expect(fact(text, "6%").basis).toBe("guidance");
    expect(fact(text, "$12.4 billion").basis).toBe("prior");
    const midpoint = "Acme Corp (NYSE: ACME) gave its forecast. The midpoint of the forecast implies growth of 12% from a year earlier.";
    expect(fact(midpoint, "12%").basis).toBe("guidance");
  });

  it("reads a result stated outright as reported, beside a consensus", () => {
    const text = "Acme Corp (NYSE: ACME) beat forecasts. Adjusted earnings were $1.48 per share, above the consensus estimate of $1.41.";
    expect(fact(text, "$1.48").basis).toBe("reported");
    expect(fact(text, "$1.41").basis).toBe("estimate");
    const returned = "Acme Corp (NYSE: ACME) returned $1.1 billion to shareholders in the quarter, and said it expects to spend $4 billion on buybacks this year.";
    expect(fact(returned, "$1.1 billion").basis).toBe("reported");
    expect(fact(returned, "$4 billion").basis).toBe("guidance");
  });

  it("reads what analysts had modeled, and an old forecast, as estimate and prior", () => {
    const text = "Bookings at Acme Corp (NYSE: ACME) rose 9% to $4.2 billion, ahead of the 7.5% growth analysts had modeled.";
    expect(fact(text, "7.5%").basis).toBe("estimate");
    const old = "Analysts expect the four companies to spend about $700 billion next year, according to Visible Alpha, up from $610 billion forecast six months ago.";
    expect(fact(old, "$700 billion").basis).toBe("estimate");
    expect(fact(old, "$610 billion").basis).toBe("prior");
  });
});

describe("metric: targets, buybacks, multiples and carried measures", () => {
  it("names a price target even when the shares are nearer", () => {
    const text = "A broker cut its price target on Kestrel Corp (NASDAQ: KSTL) shares to $54 from $61.";
    expect(fact(text, "$54").metric).toBe("price target");
    expect(fact(text, "$61").metric).toBe("price target");
  });

  it("names retail sales as such", () => {
    expect(fact("Retail sales in Germany rose 1.8% in October from a year earlier.", "1.8%").metric).toContain("retail sales");
  });

  it("reads the cost of repurchased shares as a buyback", () => {
    expect(fact("Orvane Ltd (LSE: ORV) said it had repurchased 2 million shares for £18m on Monday.", "£18m").metric).toBe("share buyback");
  });

  it("reads multiples of average volume and of EBITDA as volume and leverage", () => {
    expect(fact("About 9 million Orvane Ltd (LSE: ORV) shares traded, roughly 2.4 times the 20-day average.", "2.4 times").metric).toBe("average volume multiple");
    const debt = "Norvel Corp (NYSE: NVL) said net debt would climb to 3.4 times EBITDA, and that it would hold dividends flat until leverage fell below 2.8 times.";
    expect(fact(debt, "3.4 times").metric).toBe("leverage");
    expect(fact(debt, "2.8 times").metric).toBe("leverage");
  });

  it("names what money is spent on, and cash returned to shareholders", () => {
    const text = "Acme Corp (NYSE: ACME) returned $2.2 billion to shareholders, and plans to spend $5 billion on buybacks next year.";
    expect(fact(text, "$2.2 billion").metric).toBe("shareholder returns");
    expect(fact(text, "$5 billion").metric).toBe("share buyback");
  });

  it("counts the part of a named group", () => {
    expect(fact("Its robots work in 14 of the 25 largest European hospitals.", "14").metric).toBe("hospitals");
  });

  it("reads 'growth of X%' as a rise and a per-cent profit change as no per-share figure", () => {
    const text = "Harlow plc (LSE: HRL) reported a 7 per cent fall in annual pre-tax profit. Its outlook implies growth of 4% next year.";
    expect(fact(text, "7 per cent")).toMatchObject({ metric: "pre-tax profit decline", per: null });
    expect(fact(text, "4%").change).toBe("up");
  });

  it("gives a restated move its direction and an index's relative clause to the index", () => {
    const text = "Harlow plc (LSE: HRL) shares fell 40p, or 3.1 per cent, making it the biggest faller on the FTSE 250, which was up 0.4 per cent.";
    expect(fact(text, "3.1 per cent").change).toBe("down");
    expect(fact(text, "0.4 per cent").metric).toBe("index change");
  });

  it("reads a bare change clause after a company as its share move", () => {
    expect(fact("Kestrel Corp (NASDAQ: KSTL) defied the selloff, climbing 2.3%.", "2.3%").metric).toBe("share price change");
  });

  it("carries the paragraph's measure to an outlook that names none", () => {
    const text = "Acme Corp (NYSE: ACME) spent $12 billion on capital expenditures in the quarter. Norvel Corp (NYSE: NVL) raised its forecast for the year to $30 billion.";
    expect(fact(text, "$30 billion").metric).toBe("capital spending");
  });
});

describe("basis and metric: attributed views and second clauses", () => {
  it("reads a view in an analyst's 'saying' clause as an estimate of value", () => {
    const text = "Analysts at one brokerage raised their price target on Kestrel Corp (NASDAQ: KSTL) to $90, saying its chip unit alone could be worth more than $40 billion.";
    expect(fact(text, "$40 billion")).toMatchObject({ basis: "estimate", metric: "valuation" });
  });

  it("keeps an outlook in a second 'and said' clause off a present count", () => {
    const text = "Harlow plc (LSE: HRL) now operates 85 stores in Ireland and said the business was on track to turn a profit next year.";
    expect(fact(text, "85").basis).toBe("reported");
  });
});

describe("basis: results against expectations", () => {
  it("reads a figure that beat or missed expectations as reported, and an IPO price as a base", () => {
    expect(fact("Acme Corp (NYSE: ACME) said revenue of $5.2 billion topped expectations.", "$5.2 billion").basis).toBe("reported");
    expect(fact("Acme Corp (NYSE: ACME) revenue of $5.2 billion was better than expected.", "$5.2 billion").basis).toBe("reported");
    expect(fact("Acme Corp (NYSE: ACME) shares are up 20% from their IPO price of $18.", "$18").basis).toBe("prior");
  });
});

describe("basis and metric: visibility and possessed moves", () => {
  it("reads visibility into future orders as guidance", () => {
    expect(fact("Kestrel Corp (NASDAQ: KSTL) said it had visibility into $80 billion of orders through 2028.", "$80 billion").basis).toBe("guidance");
  });

  it("reads a named company's bare percentage move as its share move", () => {
    const text = "Acme Corp (NYSE: ACME) has been the best performer this year, ahead of Kestrel's 28% gain.";
    expect(fact(text, "28%")).toMatchObject({ metric: "share price change", change: "up" });
    expect(fact("Harlow plc (LSE: HRL) sells abroad. Economists welcomed Germany's 2% rise in exports.", "2%").metric).not.toBe("share price change");
  });
});

describe("basis: estimates written after the figure", () => {
  it("reads 'the $X analysts expect' and 'analysts' estimates of $X' as estimates", () => {
    const text = "Acme Corp (NYSE: ACME) sees revenue of $3.5 billion next quarter, compared with the $3.4 billion analysts expect.";
    expect(fact(text, "$3.5 billion").basis).toBe("guidance");
    expect(fact(text, "$3.4 billion").basis).toBe("estimate");
    expect(fact("Acme Corp (NYSE: ACME) earned $1.21 a share, compared with analysts' average estimate of $1.10.", "$1.10").basis).toBe("estimate");
  });
});

describe("basis: passive expectations and earlier levels", () => {
  it("reads a company's expected result as an estimate and 'when they traded at' as the base", () => {
    expect(fact("Acme Corp (NYSE: ACME) is expected to report earnings of $1.05 a share on Thursday.", "$1.05").basis).toBe("estimate");
    const text = "Acme Corp (NYSE: ACME) shares have fallen 30% since the start of the year, when they traded at $80.";
    expect(fact(text, "$80").basis).toBe("prior");
  });
});

describe("basis: current estimates and second-clause outlooks", () => {
  it("reads 'compared with estimates of $X' as an estimate, and keeps a result off a later outlook", () => {
    const text = "Adjusted earnings per share at Acme Corp (NYSE: ACME) came to $1.32, compared with estimates of $1.25.";
    expect(fact(text, "$1.25").basis).toBe("estimate");
    const two = "Acme Corp (NYSE: ACME) reported revenue of $5 billion and said it expects sales of $6 billion next year.";
    expect(fact(two, "$5 billion").basis).toBe("reported");
    expect(fact(two, "$6 billion").basis).toBe("guidance");
  });
});

describe("a sentence of results against estimates", () => {
  it("reads the per-share result after the estimates as reported EPS", () => {
    const text = "Acme Corp. (ACME) reported results on Tuesday. Analysts polled by LSEG had expected earnings of $1.05 per share on revenue of $13.2 billion; Acme reported $3.81 per share.";
    expect(fact(text, "$1.05")).toMatchObject({ metric: "EPS", basis: "estimate", per: "share" });
    expect(fact(text, "$13.2 billion")).toMatchObject({ metric: "revenue", basis: "estimate" });
    expect(fact(text, "$3.81")).toMatchObject({ metric: "EPS", basis: "reported", per: "share", subject: "ACME" });
    const loss = "Acme Corp. (ACME) reported net income of $412 million, compared with a net loss of $676.3 million, or 78 cents per share, a year ago.";
    expect(fact(loss, "78 cents")).toMatchObject({ metric: "loss per share", basis: "prior" });
  });

  it("reads a margin that narrowed from a base period", () => {
    const text = "Acme Corp. (ACME) reported results. Acme's gross margin narrowed to 58.4% from 60.5% in Q4 2025.";
    // The level a move arrives at carries no direction of its own.
    expect(fact(text, "58.4%")).toMatchObject({ metric: "gross margin", basis: "reported", change: null });
    expect(fact(text, "60.5%")).toMatchObject({ metric: "gross margin", basis: "prior", period: "Q4 2025" });
  });
});

describe("deal terms", () => {
  it("names the measure written right after the figure", () => {
    const text = "Acme Corp. (ACME) agreed to buy Widget Co. (WID). Acme expects the deal to produce $1.29 billion of annual cost savings by the third year.";
    expect(fact(text, "$1.29 billion")).toMatchObject({ metric: "cost savings", basis: "guidance" });
    expect(fact("Acme Corp. (ACME) said the unit brought in $5 billion in revenue.", "$5 billion").metric).toBe("revenue");
  });

  it("reads the price an acquirer will pay per share, not the cash it is paid in", () => {
    const text = "Acme Corp. (ACME) agreed to buy Widget Co. (WID). Acme will pay $126.61 a share in cash, a premium of 28% to Widget's closing price of $98.72.";
    // (The offer price is a term of the deal: no subject, eval/README.md.)
    expect(fact(text, "$126.61")).toMatchObject({ metric: "acquisition price", basis: "reported", per: "share", subject: null });
    expect(fact(text, "$98.72")).toMatchObject({ basis: "prior", subject: "WID" });
    // "pay" without an amount after it is no purchase.
    expect(fact("Acme Corp. (ACME) said the fees merchants pay to advertise rose 10%.", "10%").metric).not.toMatch(/acquisition|purchase/);
  });
});

describe("the period of a comparison base", () => {
  it("places 'a year earlier' a year before the period the sentence states", () => {
    const text = "Acme Corp. (ACME) reported results. Revenue rose 31% to $3.37 billion in the third quarter of 2025 from $2.57 billion a year earlier. Gross margin narrowed to 57.5% in Q3 2025 from 59.6% a year earlier.";
    expect(fact(text, "$3.37 billion")).toMatchObject({ basis: "reported", period: "Q3 2025" });
    expect(fact(text, "$2.57 billion")).toMatchObject({ basis: "prior", period: "Q3 2024" });
    expect(fact(text, "59.6%")).toMatchObject({ basis: "prior", period: "Q3 2024" });
    // A change measured against a year earlier stays year over year; a base with no stated period, a year earlier.
    expect(fact(text, "31%").period).toBe("Q3 2025");
    expect(fact("Acme Corp. (ACME) said net income rose to $5 million from $4 million a year earlier.", "$4 million").period).toBe("a year earlier");
  });
});

describe("metric on market reports, deals and polls", () => {
  it("reads a company's own move in a market report as its share price", () => {
    const text = "Miners led the FTSE 100 higher. Tallow Mining climbed 6.1 per cent to 2,431.5p and Brackwater put on 88p at 1,902p. At the other end, Norcott Telecom lost 7.5p at 377p, while Fenwick Homes, which warned on margins, fell 4.2%.";
    expect(fact(text, "6.1 per cent")).toMatchObject({ metric: "share price change", change: "up", basis: "reported" });
    expect(fact(text, "2,431.5p").metric).toBe("share price");
    expect(fact(text, "88p")).toMatchObject({ metric: "share price change", change: "up" });
    expect(fact(text, "1,902p").metric).toBe("share price");
    expect(fact(text, "7.5p")).toMatchObject({ metric: "share price change", change: "down" });
    expect(fact(text, "377p").metric).toBe("share price");
    expect(fact(text, "4.2%")).toMatchObject({ metric: "share price change", change: "down" });
  });

  it("reads commodities, currencies and policy rates by name, not as shares or an index", () => {
    const text = "Brent crude rose 0.7% to $82.14 a barrel and gold slipped to $2,391 an ounce. The Australian dollar held at US$0.6512. The central bank cut its benchmark rate to 6.5%.";
    expect(fact(text, "0.7%").metric).toBe("oil price change");
    expect(fact(text, "$82.14").metric).toBe("oil price");
    expect(fact(text, "$2,391").metric).toBe("gold price");
    expect(fact(text, "US$0.6512").metric).toBe("exchange rate");
    expect(fact(text, "6.5%").metric).toBe("benchmark rate");
  });

  it("reads per-share results after 'earned' and 'made' as EPS, and IPO prices by their verb", () => {
    const text = "On an adjusted basis, Yantai Robotics made CNY11.20 per ADS, and analysts had expected it to earn CNY10.85 per ADS. Lumora priced its IPO at $18 per share. The stock opened at $22.10.";
    expect(fact(text, "CNY11.20")).toMatchObject({ metric: "EPS", per: "share" });
    expect(fact(text, "CNY10.85")).toMatchObject({ metric: "EPS", basis: "estimate" });
    expect(fact(text, "$18").metric).toBe("IPO price");
    expect(fact(text, "$22.10").metric).toBe("opening price");
  });

  it("reads a takeover's offer per share and a premium to an average price", () => {
    const text = "The board rejected two earlier approaches at 480p and 525p. The final offer is 60 per cent above the three-month average price of 353.8p.";
    expect(fact(text, "480p").metric).toBe("offer price");
    expect(fact(text, "60 per cent").metric).toBe("premium");
  });
});

describe("basis on real phrasing", () => {
  it("reads the company's outlook as guidance", () => {
    const text = "Harbridge Foods Inc. (HBF) sees adjusted 2026 earnings of $1.30-$1.35 per share and now sees revenue of about $4.1 billion. It targets an operating margin of 18% by 2028.";
    expect(fact(text, "$1.30-$1.35").basis).toBe("guidance");
    expect(fact(text, "$4.1 billion").basis).toBe("guidance");
    expect(fact(text, "18%").basis).toBe("guidance");
  });

  it("reads a market report's moves as reported, even beside an outlook", () => {
    const text = "Shell rose 5 per cent to 2,159.5p after the oil major said it would buy back more shares. Westbrook Bancorp (WBCP) plunged 27% after it said deposits fell 9% and it would raise new stock.";
    expect(fact(text, "5 per cent").basis).toBe("reported");
    expect(fact(text, "2,159.5p").basis).toBe("reported");
    expect(fact(text, "9%").basis).toBe("reported");
  });

  it("reads economists' polls as forecasts and analysts' numbers as estimates", () => {
    const text =
      "Economists polled by Reuters expect inflation to slow to 2.9% in June. A Reuters poll of economists forecast GDP growth of 1.1% this quarter. Consumer prices rose 0.3%, against a median forecast of 0.4%. Harbridge Foods Inc. (HBF) earned $1.12 a share; analysts had expected $1.05, according to estimates compiled by LSEG.";
    expect(fact(text, "2.9%").basis).toBe("forecast");
    expect(fact(text, "1.1%").basis).toBe("forecast");
    expect(fact(text, "0.4%").basis).toBe("forecast");
    expect(fact(text, "$1.12").basis).toBe("reported");
    expect(fact(text, "$1.05").basis).toBe("estimate");
  });

  it("reads comparison bases as prior and a dividend raised to a level as reported", () => {
    const text =
      "Harbridge Foods Inc. (HBF) said net income was $412 million, up from $380 million. Sales were $5.6 billion versus $5.1 billion a year ago. This compares with $97 million a year earlier. A year earlier the group earned 88 cents a share. The board raised its quarterly dividend to 46 cents.";
    expect(fact(text, "$380 million").basis).toBe("prior");
    expect(fact(text, "$5.1 billion").basis).toBe("prior");
    expect(fact(text, "$97 million").basis).toBe("prior");
    expect(fact(text, "88 cents").basis).toBe("prior");
    expect(fact(text, "46 cents").basis).toBe("reported");
  });

  it("reads an IPO's marketed range and earlier bids as prior", () => {
    const text = "Coldline had marketed the shares at $21 to $23. It was valued at $18.1 billion, above the $14 billion to $16 billion range it had marketed. The board rejected approaches at 480p and 525p.";
    expect(fact(text, "$21 to $23").basis).toBe("prior");
    expect(fact(text, "$14 billion to $16 billion").basis).toBe("prior");
    expect(fact(text, "525p").basis).toBe("reported");
  });
});

describe("change on real phrasing", () => {
  it("reads the move, never the level it arrives at", () => {
    const text = "Tallow Mining rose 5 per cent to 2,159.5p. Norcott Telecom lost 7.5p at 377p. Operating profit slipped to €610 million. The gross margin narrowed to 41.2%. Sales were down 4% at £2.2 billion. Moutai fell 1.2%, extending its decline this year to 11%.";
    expect(fact(text, "5 per cent").change).toBe("up");
    expect(fact(text, "2,159.5p").change).toBeNull();
    expect(fact(text, "7.5p").change).toBe("down");
    expect(fact(text, "377p").change).toBeNull();
    expect(fact(text, "€610 million").change).toBeNull();
    expect(fact(text, "41.2%")).toMatchObject({ change: null, metric: "gross margin" });
    expect(fact(text, "4%").change).toBe("down");
    expect(fact(text, "£2.2 billion").change).toBeNull();
    expect(fact(text, "11%").change).toBe("down");
  });

  it("reads real move words, nouns and comparisons", () => {
    const text =
      "Kingfisher plunged 18% while Ocado soared 22%. Barclays edged up 0.4% and Lloyds eased 0.2%. Brackwater put on 88p. A drop of 8% in orders hit the group. Revenue growth of 12% beat forecasts. The loss narrowed 30%. The stock opened 25% above its offer price. HOLX closed at $78.64, up $0.52 or 0.67%. Revenue rose 7.4% on a reported basis and 7.1% on an operational basis.";
    expect(fact(text, "18%").change).toBe("down");
    expect(fact(text, "22%").change).toBe("up");
    expect(fact(text, "0.4%").change).toBe("up");
    expect(fact(text, "0.2%").change).toBe("down");
    expect(fact(text, "88p").change).toBe("up");
    expect(fact(text, "8%").change).toBe("down");
    expect(fact(text, "12%").change).toBe("up");
    expect(fact(text, "30%").change).toBe("down");
    expect(fact(text, "25%").change).toBe("up");
    expect(fact(text, "0.67%").change).toBe("up");
    expect(fact(text, "7.1%").change).toBe("up");
  });
});

describe("metric: the head measure before a relative aside", () => {
  it.each([
    ["Services inflation, which the central bank watches as a gauge of price pressures, fell to 4.4%.", "4.4%", "inflation"],
    ["Core sales, which strip out currency and disposals, grew 3.1%.", "3.1%", "sales"],
    ["Net interest income, which makes up most of the lender's income, rose 6% in the half.", "6%", "net interest income"],
  ])("%s", (text, figure, metric) => {
    const fact = extractFacts(text).facts.find((f) => f.figure && text.slice(f.figure.span[0], f.figure.span[1]) === figure);
    expect(fact?.metric).toContain(metric);
  });
});
