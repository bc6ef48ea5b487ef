import { describe, expect, it } from "vitest";
import { findEntities } from "./entities";
import { extractFacts } from "./index";

const byName = (text: string, hints: string[] = []) => {
  const scan = findEntities(text, hints);
  return Object.fromEntries(scan.entities.map((e) => [e.name, e]));
};
const allTickers = (text: string) => findEntities(text).entities.flatMap((e) => e.tickers);

describe("tickers in every form", () => {
  it("reads plain and multi-class parentheses", () => {
    const e = byName("Amazon (AMZN), Alphabet (GOOGL, GOOG), and Meta (META) spend.");
    expect(e["Amazon"]?.tickers).toEqual(["AMZN"]);
    expect(e["Alphabet"]?.tickers).toEqual(["GOOGL", "GOOG"]);
    expect(e["Meta"]?.tickers).toEqual(["META"]);
  });

  it("reads exchange-prefixed tickers with or without a space", () => {
    expect(allTickers("Microsoft Corp. (NASDAQ:MSFT) and Nvidia (NASDAQ: NVDA) rose.")).toEqual(["MSFT", "NVDA"]);
  });

  it("reads MarketWatch's unbracketed quote widget after a name, and drops its change", () => {
    const text = "Shares of Australia's Kestrel Mining KML, +2.18% fell after the miner reported. Shares of Halden Corp. HDN, -0.39% rose.";
    const e = byName(text);
    expect(e["Kestrel Mining"]?.tickers).toEqual(["KML"]);
    expect(e["Halden Corp."]?.tickers).toEqual(["HDN"]);
    expect(findEntities(text).excluded.map(([a, b]) => text.slice(a, b))).toEqual(expect.arrayContaining(["KML, +2.18%", "HDN, -0.39%"]));
  });

  it("reads OTC market prefixes", () => {
    expect(allTickers("Siemens (OTCPK:SIEGY) surged 7% in Europe.")).toEqual(["SIEGY"]);
  });

  it("reads the Irish exchange's prefix", () => {
    expect(allTickers("Irish Continental Group plc (ISE:IR5B) and Glenbeigh Foods plc (ISE: GLB) reported.")).toEqual(["IR5B", "GLB"]);
  });

  it("joins adjacent bracketed listings into one company", () => {
    const e = byName("Alibaba Group [HKG: 9988] [NYSE: BABA] shares rose.");
    expect(e["Alibaba Group"]?.tickers).toEqual(["9988", "BABA"]);
  });

  it("reads cashtags and exchange-suffixed codes", () => {
    expect(allTickers("Nvidia $NVDA and Tencent (0700.HK) gained.").sort()).toEqual(["0700.HK", "NVDA"]);
  });

  it("reads long Indian exchange codes and Nordic class codes", () => {
    const e = byName("Reliance Industries (NSE: RELIANCE) and Sahyadri Bank (NSE: KONKANBK) rose; Volvo (STO: VOLV-B) fell.");
    expect(e["Reliance Industries"]?.tickers).toEqual(["RELIANCE"]);
    expect(e["Sahyadri Bank"]?.tickers).toEqual(["KONKANBK"]);
    expect(e["Volvo"]?.tickers).toEqual(["VOLV-B"]);
  });

  it("reads codes with digits after an exchange (Singapore, Brazil) and two-word exchanges", () => {
    const e = byName("DBS Group (SGX: D05) rose, Itau Unibanco (B3: ITUB4) fell and LVMH (Euronext Paris: MC) gained.");
    expect(e["DBS Group"]?.tickers).toEqual(["D05"]);
    expect(e["Itau Unibanco"]?.tickers).toEqual(["ITUB4"]);
    expect(e["LVMH"]?.tickers).toEqual(["MC"]);
  });

  it("reads a quote widget's ticker", () => {
    expect(allTickers("Shares of Guardant Health (GH -2.96%) fell.")).toEqual(["GH"]);
  });

  it("leaves acronyms and abbreviations of the words before alone", () => {
    expect(allTickers("American Depository Shares (ADRs) of the exchange-traded fund (ETF) and (AI) and (CEO).")).toEqual([]);
    expect(allTickers("the International Monetary Fund (IMF) and Consumer Price Index (CPI)")).toEqual([]);
  });

  it("keeps hyphenated fund codes out of the tickers but keeps the fund", () => {
    const e = byName("split between the Ark Fintech Innovation ETF (ARK-F) and the ARK Next Generation Internet ETF (ARK-W).");
    expect(e["Ark Fintech Innovation ETF"]).toMatchObject({ kind: "fund", tickers: [] });
    expect(e["ARK Next Generation Internet ETF"]).toMatchObject({ kind: "fund", tickers: [] });
  });
});

describe("names and mentions", () => {
  it("trims lead-in words off the name and resolves short names and 'the company'", () => {
    const text = "Shares of Alibaba Group Holding Ltd. (BABA) soared. Alibaba said the company would invest.";
    const e = byName(text)["Alibaba Group Holding Ltd."]!;
    expect(e.tickers).toEqual(["BABA"]);
    const quoted = e.mentions.map((m) => text.slice(...m));
    expect(quoted).toEqual(["Alibaba Group Holding Ltd.", "BABA", "Alibaba", "the company"]);
  });

  it("finds people with roles and their surname mentions, tied to their company", () => {
    const text = "Alibaba (BABA) rose after CEO Eddie Wu’s remarks. Wu said AI matters.";
    const scan = findEntities(text);
    const wu = scan.entities.findIndex((e) => e.name === "Eddie Wu");
    expect(wu).toBeGreaterThanOrEqual(0);
    expect(scan.entities[wu]!.mentions.map((m) => text.slice(...m))).toEqual(["Eddie Wu", "Wu"]);
    expect(scan.entities[scan.affiliation.get(wu)!]!.name).toBe("Alibaba");
  });

  it("finds companies named by a suffix or a descriptor, indexes and places", () => {
    const e = byName("Ark Invest's Cathie Wood bought. Google agreed to buy cybersecurity firm Wiz. The S&P 500 fell in the U.S.");
    expect(e["Ark Invest"]?.kind).toBe("company");
    expect(e["Cathie Wood"]?.kind).toBe("person");
    expect(e["Wiz"]?.kind).toBe("company");
    expect(e["S&P 500"]?.kind).toBe("index");
    expect(e["United States"]?.kind).toBe("place");
  });

  it("takes a capitalized sentence opener doing business for a company, not a person", () => {
    const scan = findEntities("Nvidia reported results. CEO Alex Karp sold shares. It posted gains.", ["NVDA"]);
    const names = scan.entities.filter((e) => e.kind === "company").map((e) => e.name);
    expect(names).toEqual(["Nvidia"]);
    expect(scan.entities[scan.primary]).toMatchObject({ name: "Nvidia", tickers: ["NVDA"] });
  });

  it("does not give the article's ticker to a data firm it cites", () => {
    const scan = findEntities("Analysts polled by LSEG expected more. LSEG data show it. Nvidia reported results.", ["NVDA"]);
    expect(scan.entities.find((e) => e.name === "LSEG")?.tickers).toEqual([]);
  });

  it("takes the capitalized possessor of a business measure for a company", () => {
    const names = findEntities("Wall Street was not happy with IBM. IBM’s revenues fell. The U.S.'s economy grew.").entities
      .filter((e) => e.kind === "company")
      .map((e) => e.name);
    expect(names).toEqual(["IBM"]);
  });

  it("takes the company whose shares traded, with its initials as a mention", () => {
    const text = "Shares in Associated British Foods were down. ABF said it would pay more.";
    const abf = findEntities(text).entities.find((e) => e.name === "Associated British Foods");
    expect(abf?.mentions.map((m) => text.slice(...m))).toEqual(["Associated British Foods", "ABF"]);
  });

  it("takes initials that keep the suffix's letter as a mention", () => {
    const text = "Kaohsiung Precision Manufacturing Co (TWSE: 2491) said sales rose. KPMC shares gained 2%.";
    const kpmc = findEntities(text).entities.find((e) => e.tickers.includes("2491"));
    expect(kpmc?.mentions.map((m) => text.slice(...m))).toEqual(["Kaohsiung Precision Manufacturing Co", "KPMC"]);
  });

  it("reads a legal name with a comma before its suffix, and never a suffix alone", () => {
    const e = byName("Getty Images Holdings, Inc. (GETY) and 2seventy bio, Inc. (Nasdaq: TSVT) agreed.");
    expect(e["Getty Images Holdings, Inc."]?.tickers).toEqual(["GETY"]);
    expect(Object.keys(e)).not.toContain("Inc.");
    expect(e["TSVT"]?.tickers).toEqual(["TSVT"]);
  });

  it("uses a front-matter ticker to pick the main company", () => {
    const scan = findEntities("Amazon (AMZN) and Nike (NKE) reported. Amazon rose. Amazon fell.", ["NKE"]);
    expect(scan.entities[scan.primary]?.name).toBe("Nike");
  });

  it("gives an unmatched front-matter ticker to the most-mentioned company", () => {
    const scan = findEntities("Barclays plc said profit rose. Barclays shares fell.", ["BARC.L"]);
    expect(scan.entities[scan.primary]).toMatchObject({ name: "Barclays plc", tickers: ["BARC.L"] });
  });

  it("excludes ticker brackets, widgets and index names from figures", () => {
    const text = "Alibaba [HKG: 9988] and the S&P 500 (GH -2.96%)";
    const spans = findEntities(text).excluded.map((s) => text.slice(...s));
    expect(spans).toEqual(["[HKG: 9988]", "S&P 500", "(GH -2.96%)"]);
  });
});

describe("tickers in the forms real news writes them", () => {
  const tickersOf = (text: string, name: string, title?: string) =>
    findEntities(text, [], title).entities.find((e) => e.name === name)?.tickers;

  it.each([
    ["AbbVie Inc. (NYSE:ABBV) will report on Friday.", "AbbVie Inc.", ["ABBV"]],
    ["AbbVie Inc. (NYSE: ABBV) will report on Friday.", "AbbVie Inc.", ["ABBV"]],
    ["Lululemon Athletica's (Nasdaq: LULU) sales grew.", "Lululemon Athletica", ["LULU"]],
    ["BT Group (LSE: BT.A) cut jobs.", "BT Group", ["BT.A"]],
    ["United States Steel (TSX: X) rose.", "United States Steel", ["X"]],
    ["Naspers (JSE: NPN) and Prosus gained.", "Naspers", ["NPN"]],
    ["Naspers [JSE:NPN] opened higher.", "Naspers", ["NPN"]],
    ["Tata Consultancy Services (NSE: TCS) won a contract.", "Tata Consultancy Services", ["TCS"]],
    ["Nvidia ( NVDA ) shares jumped 7%.", "Nvidia", ["NVDA"]],
    ["Shares of Norwegian Cruise Line Holdings (ticker: NCLH) lost 10%.", "Norwegian Cruise Line Holdings", ["NCLH"]],
    ["Shell plc LON:SHEL delivered a strong quarter.", "Shell plc", ["SHEL"]],
    ["Ocado's stock LON:OCDO surged this week.", "Ocado", ["OCDO"]],
    ["Tokyo Motor Corp <7203.T> said profit fell.", "Tokyo Motor Corp", ["7203.T"]],
    ["Rolls-Royce (LON:RR.) rose 1.7% to 612.2p.", "Rolls-Royce", ["RR."]],
    ['Qingfeng Travel Holdings Limited ("Qingfeng" or the "Company") (NASDAQ: QFTR) announced results.', "Qingfeng Travel Holdings Limited", ["QFTR"]],
    // A lower-case particle inside a name ("de", "do", "del").
    ["Walmart de México (BMV: WALMEX) said sales rose.", "Walmart de México", ["WALMEX"]],
    ["Banco do Brasil (B3: BBAS3) said profit rose.", "Banco do Brasil", ["BBAS3"]],
    // A name written as its own code is named ("BBVA (BME: BBVA)"), not the company before it.
    ["CaixaBank (BME: CABK) added 1.2% and BBVA (BME: BBVA) ended flat.", "BBVA", ["BBVA"]],
  ])("reads %s", (text, name, tickers) => {
    expect(tickersOf(text, name)).toEqual(tickers);
  });

  it.each([
    ["Line Corp said its shares will trade under the ticker “LINE” in New York.", "Line Corp", ["LINE"]],
    ["Snap, which will trade on the New York Stock Exchange under “SNAP,” priced its offering.", "Snap", ["SNAP"]],
    ["Tiziana Life Sciences applied to list its ADSs on the Nasdaq under the symbol TLSA.", "Tiziana Life Sciences", ["TLSA"]],
    ["Lumora Robotics, which trades as LUMR, rose on its debut.", "Lumora Robotics", ["LUMR"]],
    ["Shares of Zhenhai Battery rose 14%. Zhenhai Battery, which trades under the stock code 2788 (HKEX: 2788), was valued at HK$1.2 trillion.", "Zhenhai Battery", ["2788"]],
    // A sentence that opens on a referring noun lists the company the sentence before is about.
    ["Shares of Qinglan Foods Holdings, backed by Harlow Partners, rose 30% on their debut. The stock, which trades under the code 2671, closed at HK$41.", "Qinglan Foods Holdings", ["2671"]],
  ])("reads the listing sentence %s", (text, name, tickers) => {
    expect(tickersOf(text, name)).toEqual(tickers);
  });

  it("joins the names a company is known by and the one after its particle", () => {
    const mentionsOf = (text: string, ticker: string) =>
      findEntities(text).entities.find((e) => e.tickers.includes(ticker))?.mentions.map((m) => text.slice(...m));
    expect(mentionsOf("Fomento Económico Mexicano (BMV: FEMSAUBD), known as Femsa, said sales rose. Femsa opened 90 stores.", "FEMSAUBD")).toEqual(["Fomento Económico Mexicano", "FEMSAUBD", "Femsa", "Femsa"]);
    expect(mentionsOf("Banco de Sabadell (BME: SAB) said profit rose. Sabadell shares gained 2%.", "SAB")).toEqual(["Banco de Sabadell", "SAB", "Sabadell"]);
  });

  it("takes a ticker as a name once the article tied it to its company", () => {
    const text = "Lululemon Athletica (Nasdaq: LULU) beat estimates. LULU’s earnings rose 10% and LULU shares jumped 9%.";
    const scan = findEntities(text);
    const lulu = scan.entities.find((e) => e.name === "Lululemon Athletica")!;
    expect(lulu.mentions.map((m) => text.slice(...m))).toEqual(["Lululemon Athletica", "LULU", "LULU", "LULU"]);
    expect(scan.companyMentions.filter((m) => text.slice(...m.span) === "LULU")).toHaveLength(2);
  });

  it("does not take a ticker as a name before the article ties it", () => {
    const text = "LULU shares jumped 9%. Lululemon Athletica (Nasdaq: LULU) beat estimates.";
    const lulu = findEntities(text).entities.find((e) => e.name === "Lululemon Athletica")!;
    expect(lulu.mentions.map((m) => text.slice(...m))).toEqual(["Lululemon Athletica", "LULU"]);
  });

  it("reads a ticker written only in the headline, for the company the text names", () => {
    const text = "Lululemon beat estimates on Thursday. Lululemon shares rose 9%.";
    const scan = findEntities(text, [], "Lululemon Athletica (NASDAQ: LULU) beats as China sales jump");
    const companies = scan.entities.filter((e) => e.kind === "company");
    expect(companies).toHaveLength(1);
    expect(companies[0]).toMatchObject({ tickers: ["LULU"] });
    expect(companies[0]!.mentions.map((m) => text.slice(...m))).toEqual(["Lululemon", "Lululemon"]);
  });

  it("keeps a headline-only ticker of a company the text never names, with no mentions", () => {
    const scan = findEntities("Shares rose 9% on Thursday.", [], "Acme Robotics (NYSE: ACRB) jumps");
    expect(scan.entities.find((e) => e.tickers.includes("ACRB"))).toMatchObject({ mentions: [] });
  });

  it.each([
    "The chief executive officer (CEO) said earnings before interest (EBITDA) rose.",
    "Gross domestic product (GDP) and earnings per share (EPS) both grew.",
    "NEW YORK (AP) — Stocks fell. LONDON (PA) — Shares rose. MUMBAI (PTI) — The Sensex gained.",
    "The group's earnings (EBITA) and free cash flow (FCF) rose; assets under management (AUM) grew.",
    "It filed for an IPO. The IPO raised $2 billion; EPS and GDP figures followed.",
  ])("takes no ticker from %s", (text) => {
    expect(findEntities(text).entities.flatMap((e) => e.tickers)).toEqual([]);
  });
});

describe("companies named by a market report's clauses", () => {
  const companies = (text: string) => findEntities(text).entities.filter((e) => e.kind === "company").map((e) => e.name);

  it("takes each clause opener that moves for a company", () => {
    const text =
      "Miners led the risers. Kestrel Mining climbed 6.1 per cent to 2,431.5p and Brackley put on 88p at 1,902p, while Quillon slipped 1%. " +
      "Rival Ostrava added 2.3 per cent. Tarnwell, which said on Monday it was reviewing its coal assets, rose 11.2p to 398.4p.\n" +
      "Asian Paints 2.77 per cent higher at Rs 3,168.60; Bajaj Finserv 2.44 per cent higher at Rs 15,888.";
    expect(companies(text)).toEqual(["Kestrel Mining", "Brackley", "Quillon", "Ostrava", "Tarnwell", "Asian Paints", "Bajaj Finserv"]);
  });

  it("takes no sector, measure, nationality, place, index or common word for a company", () => {
    const text =
      "Miners led the risers. Revenue rose 5%. Indian shares ended higher. Inventories rose 11%. Brent crude was up 1.8 per cent. " +
      "Germany's DAX gained 0.4 per cent. The FTSE 100 rose 0.6 per cent. Cash rose 3%. The cash pile grew.";
    expect(companies(text)).toEqual([]);
  });

  it("ends a name at its possessive and never across a line", () => {
    expect(companies("Rivals fell. JD's Hong Kong-listed shares rose 5.6%.")).toEqual(["JD"]);
    expect(companies("The offer values Vanterra\nHartwell Foods rose 4% to 353.8p.")).toEqual(["Hartwell Foods"]);
  });

  it("keeps a company's initials as its ticker, a term's initials out", () => {
    expect(findEntities("Procter & Gamble (PG) rose 2.8%.").entities[0]).toMatchObject({ name: "Procter & Gamble", tickers: ["PG"] });
    expect(findEntities("Headline earnings per share (HEPS) rose 11%.").entities.flatMap((e) => e.tickers)).toEqual([]);
    expect(findEntities("Reliance Industries Limited (RIL) rose 2%.").entities.flatMap((e) => e.tickers)).toEqual([]);
    expect(findEntities("Halden Fenwick & Co. (HFC) — The lender said profit fell.").entities[0]).toMatchObject({ name: "Halden Fenwick & Co.", tickers: ["HFC"] });
  });

  it("takes a broker that rates a stock for a source", () => {
    const text = "BT lost 7.5p at 377p after Jefferies cut its rating on the telecoms group.";
    const scan = findEntities(text);
    expect(scan.sources.has(scan.entities.findIndex((e) => e.name === "Jefferies"))).toBe(true);
  });
});

describe("companies that say, and indexes written in lower case", () => {
  const companies = (text: string) => findEntities(text).entities.filter((e) => e.kind === "company").map((e) => e.name);

  it("takes a name that says for a company, never a person's surname or an acronym", () => {
    expect(companies("In company news, Vaalco said it expected lower output. Food producer Karoo Brands said it would sell a unit.")).toEqual([
      "Karoo Brands",
      "Vaalco",
    ]);
    expect(companies("Chief executive Eddie Wu spoke. Wu said it was early. ABF said it would pay more.")).toEqual([]);
  });

  it("takes a company that was little changed", () => {
    expect(companies("Meridian Industries was little changed at Rs 2,884.90.")).toEqual(["Meridian Industries"]);
  });

  it("reads the all share index, the top 40 and the S&P/TSX composite index", () => {
    const indexes = findEntities("The all share index rose 0,8%, and the top 40 added 0,9%. The S&P/TSX composite index rose 0.7%.")
      .entities.filter((e) => e.kind === "index")
      .map((e) => e.name);
    expect(indexes).toEqual(["all share index", "top 40", "S&P/TSX composite index"]);
  });
});

describe("a market report's short name", () => {
  it("joins the full name found by another pass", () => {
    const names = findEntities("Shares of Zhenhai Battery Technology rose 14%. Later, Zhenhai slipped 2% in Shenzhen.").entities
      .filter((e) => e.kind === "company")
      .map((e) => e.name);
    expect(names).toEqual(["Zhenhai Battery Technology"]);
  });
});

describe("the story's company", () => {
  it("is never a public body, statistics office or news outlet with no ticker, however often named", () => {
    const text =
      "Housing starts rose 3.1%, the Commerce Department said. The Federal Reserve meets next week. " +
      "Federal Reserve officials want cooler prices, and the Federal Reserve has held rates. Reuters said permits fell.";
    const scan = findEntities(text);
    expect(scan.primary).toBe(-1);
  });

  it("takes no measure word or metal that opens a sentence for a company", () => {
    const names = findEntities("Advances grew 14.2 per cent to Rs 4.12 lakh crore. Aluminium rose 1.8% to $2,745 a tonne.").entities.map((e) => e.name);
    expect(names).not.toContain("Advances");
    expect(names).not.toContain("Aluminium");
  });
});

describe("market-report movers in more real shapes (issue 12, subj5 batch)", () => {
  it("reads a risers list after 'were' and a move written 'was 4p lower'", () => {
    const e = byName("The biggest risers were Aviva, up 18.4p to 531.2p, and Ocado, up 24.1p. Rival Bellway was 4p lower at 2,605p.");
    expect(e["Aviva"]?.kind).toBe("company");
    expect(e["Ocado"]?.kind).toBe("company");
    expect(e["Bellway"]?.kind).toBe("company");
  });

  it("reads 'of' inside a mover's name and a kind of company before it", () => {
    const e = byName("Banks rallied: Commonwealth Bank of Australia surged 3.1%, and chip tester Advantest climbed 3.9%.");
    expect(e["Commonwealth Bank of Australia"]?.kind).toBe("company");
    expect(e["Advantest"]?.kind).toBe("company");
  });

  it("reads a sayer of several words after a kind-of-company noun, never a person", () => {
    const e = byName("Banknote printer De La Rue said operating profit would beat guidance.");
    expect(e["De La Rue"]?.kind).toBe("company");
  });

  it("reads a respectively list with a sector opener, words before the move, and 'in that order'", () => {
    const e = byName("Miners Antofagasta, Glencore and Anglo American were all in demand, gaining 57p, 8.3p and 76p respectively. Westpac, ANZ and Macquarie advanced 1.7%, 1.2% and 2.4%, in that order.");
    for (const name of ["Antofagasta", "Glencore", "Anglo American", "Westpac", "ANZ", "Macquarie"]) expect(e[name]?.kind, name).toBe("company");
  });

  it("reads 'X is weighing a sale' and keeps 'Moody's expects' the rating firm's", () => {
    const scan = findEntities("Shell is weighing a sale of its stake in a venture. Moody's expects oil demand to peak.");
    const shell = scan.entities.findIndex((e) => e.name === "Shell");
    expect(shell).toBeGreaterThanOrEqual(0);
    expect(scan.entities.filter((e) => /^Moody/.test(e.name)).every((e, _i, all) => all.length === 1 && scan.alwaysSources.has(scan.entities.indexOf(e)))).toBe(true);
  });

  it("never lets 'the bank' or 'the grocer' refer to a data firm or a broker", () => {
    const text = "Tatra Kredit (WSE: TKR) beat forecasts. A Bloomberg survey had pointed to €296 million. Net interest income, most of the bank's revenue, grew 24%.";
    const scan = findEntities(text);
    const at = text.indexOf("the bank");
    const owner = scan.entities.find((e) => e.mentions.some(([a]) => a === at));
    expect(owner?.name).toBe("Tatra Kredit");
  });
});

describe("names with places in them (issue 12, subj5 batch)", () => {
  it("keeps a place that opens a longer name before a ticker bracket", () => {
    const e = byName("Across town, Australia and New Zealand Banking Group (ASX: ANZ) beat forecasts.");
    expect(e["Australia and New Zealand Banking Group"]?.tickers).toEqual(["ANZ"]);
  });

  it("drops a place's possessive before a sayer's name, and reads ', of which X reported'", () => {
    const e = byName("Elsewhere, Austria's Raiffeisen Bank International said its profit fell 5%. The total rose to A$15 billion, of which Westpac reported A$3 billion.");
    expect(e["Raiffeisen Bank International"]?.kind).toBe("company");
    expect(e["Westpac"]?.kind).toBe("company");
  });

  it("reads European sector gauges as indexes", () => {
    expect(byName("The stock gained 18%, against a 9% rise in the Euro Stoxx Banks index.")["Euro Stoxx Banks index"]?.kind).toBe("index");
  });
});

describe("operating measures and regions that open sentences (issue 12)", () => {
  it("are never companies", () => {
    const e = byName("Occupancy edged up 0.8 percentage points to 72.7%. Traffic grew 7%. UK sales up 2.2%; Nordics up 4%.");
    expect(e["Occupancy"]).toBeUndefined();
    expect(e["Traffic"]).toBeUndefined();
    expect(e["Nordics"]).toBeUndefined();
  });
});

describe("movers named by their place on the board (issue 12)", () => {
  it("reads 'was among the biggest winners', 'was the standout gainer' and 'led the fallers'", () => {
    const e = byName("Persimmon was among the biggest winners, rising 5%. Beazley was the standout gainer. Admiral led the fallers, down 5.1%.");
    for (const name of ["Persimmon", "Beazley", "Admiral"]) expect(e[name]?.kind, name).toBe("company");
  });
});

describe("a list of names that move together (issue 12)", () => {
  it("reads each name of 'carmakers BYD, Geely and Great Wall Motor lost between 1.2% and 2.6%'", () => {
    const e = byName("Mainland markets lagged, while carmakers BYD, Geely and Great Wall Motor lost between 1.2% and 2.6%.");
    for (const name of ["BYD", "Geely", "Great Wall Motor"]) expect(e[name]?.kind, name).toBe("company");
  });
});

describe("a company a preview expects to report (issue 12)", () => {
  it("reads 'Westpac, which reports on Monday, is expected by analysts to post'", () => {
    expect(byName("Westpac, which reports on Monday, is expected by analysts to post A$3.41 billion.")["Westpac"]?.kind).toBe("company");
  });
});

describe("names joined by and", () => {
  it("keeps a name whose 'and' is followed by a line of business whole", () => {
    const e = byName("Hong Kong Exchanges and Clearing rose 1.8%, and China Overseas Land and Investment fell 3.2%.");
    expect(e["Hong Kong Exchanges and Clearing"]?.kind).toBe("company");
    expect(e["China Overseas Land and Investment"]?.kind).toBe("company");
  });
  it("keeps two companies joined by 'and' apart", () => {
    const e = byName("Tesco and Next rose 2% and 3% respectively.");
    expect(e["Tesco and Next"]).toBeUndefined();
  });
});

describe("tickers: a bracket after no name, and longer exchange codes", () => {
  it("takes no term's initials for a ticker when no name stands before the bracket", () => {
    for (const code of ["LFL", "NRR", "CASA", "RASK", "XYZQ"]) {
      expect(allTickers(`Acme Inc. (NASDAQ: ACME) said its widget metric (${code}) rose 5% in the quarter.`)).toEqual(["ACME"]);
    }
  });
  it("still reads a code after a name and a few lower-case words", () => {
    expect(allTickers("the SPDR Gold Shares fund (GLD) shed $840 million")).toEqual(["GLD"]);
    expect(allTickers("Alibaba's cloud business (BABA) keeps growing.")).toEqual(["BABA"]);
  });
  it("reads more exchange prefixes", () => {
    expect(allTickers("Equinor (OSE: EQNR) said output rose 4%.")).toEqual(["EQNR"]);
    expect(allTickers("Garrison Gold (TSX-V: GGD) rose 1%.")).toEqual(["GGD"]);
    expect(allTickers("Kone (Nasdaq Helsinki: KNEBV) rose 1%.")).toEqual(["KNEBV"]);
    expect(allTickers("Maybank (Bursa: 1155) rose 1%.")).toEqual(["1155"]);
    expect(allTickers("Turkish Airlines (BIST: THYAO) rose 1%.")).toEqual(["THYAO"]);
  });
  it("reads B3 and BMV codes written bare after their name", () => {
    expect(allTickers("State oil company Petrobras (PETR4) rose 2.7%. Miner Vale (VALE3) rose 2.2%.")).toEqual(["PETR4", "VALE3"]);
    expect(allTickers("Walmart de Mexico (WALMEX) dropped 1.6%. Cement maker Cemex (CEMEXCPO) gained 2.1%.")).toEqual(["WALMEX", "CEMEXCPO"]);
  });
});

describe("tickers: exchanges named by their city, labels, and headline labels", () => {
  it("reads a city exchange inside a bracket only", () => {
    expect(allTickers("Siemens AG (Frankfurt: SIE) fell 2%.")).toEqual(["SIE"]);
    expect(allTickers("Eni SpA (Milan: ENI) rose 1%.")).toEqual(["ENI"]);
    expect(allTickers("Paris: EU leaders met on Tuesday.")).toEqual([]);
  });
  it("reads 'ticker symbol' and 'stock code' labels and NASDAQ GS", () => {
    expect(allTickers("Acme Corp (ticker symbol: ACM) rose 2%.")).toEqual(["ACM"]);
    expect(allTickers("Acme Holdings (stock code: 0700) rose 2%.")).toEqual(["0700"]);
    expect(allTickers("Acme Corp (NASDAQ GS: ACMX) rose 2%.")).toEqual(["ACMX"]);
  });
  it("takes no headline label for a ticker", () => {
    const scan = findEntities("Velmora Foods said revenue rose 8%.", [], "LIVE: Velmora beats estimates");
    expect(scan.entities.flatMap((e) => e.tickers)).toEqual([]);
  });
});

describe("wire codes, movers named after their move, indexes known by their place (realsubject10)", () => {
  const entityOf = (text: string, name: string) => findEntities(text).entities.find((e) => e.name === name);
  it.each([
    ["Westpac Banking Corp WBC.AX eased 0.4 percent.", "Westpac Banking Corp", ["WBC.AX"]],
    ["Canadian Natural Resources CNQ.TO and Suncor Energy SU.TO both gained.", "Suncor Energy", ["SU.TO"]],
    ["Saudi Telecom Company 7010.SE advanced 2%.", "Saudi Telecom Company", ["7010.SE"]],
    ["Gains at Barrick Mining CorpABX.TO lifted materials.", "Barrick Mining Corp", ["ABX.TO"]],
    ["Rio Tinto (LON: RIO) RIO.AX was flat.", "Rio Tinto", ["RIO", "RIO.AX"]],
    ["Jarir Marketing (4190.SE) gained 1.5%.", "Jarir Marketing", ["4190.SE"]],
  ] as const)("%s -> %s %j", (text, name, tickers) => {
    expect(entityOf(text, name)?.tickers).toEqual(tickers);
  });
  it("reads no wire code in an index code, an abbreviation or an address", () => {
    expect(allTickers("The S&P/ASX 200 index .AXJO fell 0.3%. The U.S. economy grew. Write to desk.editor@wire.example.")).toEqual([]);
  });
  it.each([
    ["The Muscat index rose, led by a 3% jump in lender Bank Muscat.", "Bank Muscat"],
    ["Stocks slid, with a gain of 1.2% for Emirates Telecom the exception.", "Emirates Telecom"],
    ["Saudi Arabia's benchmark index eased 0.3%.", "Saudi Arabia's benchmark index"],
  ] as const)("%s -> %s", (text, name) => {
    expect(entityOf(text, name)).toBeDefined();
  });
  it("takes no compound adjective before 'shares' for a company ('Chip-related shares fell')", () => {
    const names = findEntities("Chip-related shares fell. Export-linked shares were weaker, while Oil-sensitive stocks rallied.").entities.map((e) => e.name);
    expect(names).toEqual([]);
  });
  it("takes no market, month or period named after a move for a company", () => {
    const names = findEntities("Shares fell after a 2% rise in European stocks, a 4% rise in March and a 1% dip in Q3.").entities.map((e) => e.name);
    expect(names.filter((n) => /European|March|Q3/.test(n))).toEqual([]);
  });
});

describe("names on real results roundups (realsubc11)", () => {
  const names = (text: string) => findEntities(text).entities.map((e) => `${e.kind}:${e.name}`);
  it.each([
    // the text never writes the name without "’s" and always before the same word
    ["Dr Varma’s Labs posted a 40% rise in profit. Dr Varma’s Labs said sales grew 9%.", "company:Dr Varma’s Labs"],
    ["Shares of Gupta's Laboratories rose 3%. Gupta's Laboratories reported revenue of Rs 900 crore.", "company:Gupta's Laboratories"],
  ] as const)("%s -> %s", (text, name) => {
    expect(names(text)).toContain(name);
    expect(names(text).filter((n) => n.startsWith("person:"))).toEqual([]);
  });
  it("keeps a possessive when the owner is also written on its own", () => {
    expect(names("Meta's Reality Labs lost $4 billion. Meta said Reality Labs would grow. Meta's Reality Labs unit shrank.")).toContain("company:Meta");
  });
  it.each([
    ["H&K Q4 Results: Net profit rises 12%\n\nHarlow & Kestrel reported net profit of Rs 410 crore.", "company:Harlow & Kestrel"],
    ["Harlow & Kestrel reported net profit of Rs 410 crore. H&K shares rose 2%.", "company:Harlow & Kestrel"],
  ] as const)("an ampersand name's initials are the company: %s", (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe("a product or part another company owns is no story's company (realsubc11)", () => {
  it.each([
    "(Wire) - Corvane Corp beat estimates. Shares rose 3%.\n\nLumen, Corvane’s flagship cloud product, competes with Lumen rivals. Lumen grew 40%. Lumen revenue rose. Lumen margins widened.",
    "Halden Inc reported revenue of $4 billion.\n\nStreamly, Halden's video service, added users. Streamly grew 20%. Streamly said ads rose. Streamly opened offices.",
  ])("%s", (text) => {
    const scan = findEntities(text);
    expect(scan.entities[scan.primary]?.name).toMatch(/^(?:Corvane Corp|Halden Inc)$/);
  });
});

describe("quote widgets with no sign (realsubc11; fool.com writes a rise with no '+': '(NSC -1.68%)', '(BMY 0.61%)')", () => {
  it("reads an unsigned widget after a name as its ticker, its number as no figure", () => {
    const text = "Shares of Harlow Kestrel Co. (HKC 0.61%) rallied more than 2% today.";
    const scan = findEntities(text);
    expect(scan.entities.find((e) => e.name === "Harlow Kestrel Co.")?.tickers).toEqual(["HKC"]);
    expect(scan.excluded.some(([a, b]) => a <= text.indexOf("0.61") && text.indexOf("0.61") < b)).toBe(true);
  });
  it("takes no unsigned bracket without a name before it, nor a measure's initials", () => {
    expect(allTickers("Margins widened (ROE 12%) in the year.")).toEqual([]);
    expect(allTickers("the rest (CAGR 8%) grew.")).toEqual([]);
  });
});

describe("Yonhap's headline labels (realsubc11)", () => {
  it("takes no '(LEAD)' or '(URGENT)' label for a headline ticker", () => {
    const scan = findEntities("Harlow Steel Co. fell 2.2 percent.", [], "(LEAD) Seoul shares end lower on Harlow woes");
    expect(scan.entities.flatMap((e) => e.tickers)).toEqual([]);
    expect(findEntities("Kestrel Foods rose.", [], "(URGENT) Kestrel Foods beats").entities.flatMap((e) => e.tickers)).toEqual([]);
  });
});

describe("names that are no company", () => {
  it("leaves a quantifier opening a figure's clause", () => {
    expect(byName("Only 74.1 per cent of proxies voted in favour of the deal.")["Only"]).toBeUndefined();
  });

  it("leaves a subordinator opening a sentence", () => {
    const e = byName("Although Halden Corp reported a 4% rise in sales, its shares fell.");
    expect(e["Although Halden Corp"]).toBeUndefined();
    expect(e["Halden Corp"]).toBeDefined();
  });

  it("gives a company's name inside a person's full name to the person", () => {
    const text = '"We expect revenue of about $25 billion," said CFO Peter Oppenheimer.';
    const e = byName(text);
    expect(e["Peter Oppenheimer"]?.kind).toBe("person");
    const person = text.indexOf("Peter Oppenheimer");
    const inside = Object.values(e).filter((x) => x.kind === "company").flatMap((x) => x.mentions).filter(([a]) => a >= person);
    expect(inside).toEqual([]);
  });
});

describe("names real reports write", () => {
  it("keeps 'Plc' as Reuters capitalises it", () => {
    expect(Object.keys(byName("Kelbrook Foods Plc fell 1.5% to 3,280 after it reported revenue rose 4%."))).toContain("Kelbrook Foods Plc");
  });

  it("reads a name before an appositive of its kind and a verb ('Schlumberger, the world's biggest oilfield services supplier said')", () => {
    expect(Object.keys(byName("Velmora, the world's biggest pump supplier said profits rose 63 per cent."))).toContain("Velmora");
    expect(Object.keys(byName("Ostrava, the largest brewer in the region, which reported a 4% rise, gained."))).toContain("Ostrava");
  });

  it("keeps the 's of a name written with it before an adverb or its own possessive", () => {
    expect(Object.keys(byName("Burger maker Halden's also saw its shares rise 3%. Halden’s’ profits rose."))).toContain("Halden's");
  });

  it("ties a legal name to the name it is better known as", () => {
    const scan = findEntities("Shares of Zhenhai Petroleum & Chemical Corp., better known as Zhenpec ZPC, -0.39%, jumped 5 percent. Zhenpec earned 6.3 billion yuan.");
    const known = scan.entities.find((e) => e.name === "Zhenpec");
    expect(known?.tickers).toEqual(["ZPC"]);
    const legalAt = "Shares of ".length;
    expect(scan.companyMentions.find((m) => m.span[0] === legalAt)?.entity).toBe(scan.entities.indexOf(known!));
  });

  it("takes a paper's dotted initials for the company named in full before them ('R.I.M.' after 'Research In Motion Ltd.')", () => {
    const text = "The maker of the Pager, Halden Ridge Media Ltd., reported a higher profit.\n\nH.R.M., which is reviewing its practices, said it earned $176 million. Shares of H.R.M. rose 5.7 percent.";
    expect(findEntities(text).entities.filter((e) => e.kind === "company").map((e) => e.name)).toEqual(["Halden Ridge Media Ltd."]);
    expect(extractFacts(text).facts.map((f) => f.subject)).toEqual(["Halden Ridge Media Ltd.", "Halden Ridge Media Ltd."]);
  });

  it("takes no participle or 'Major' opening a sentence for a name", () => {
    const names = Object.keys(byName("Excluding stock-based compensation, profit rose 34%. Major stock exchanges in Asia closed mixed."));
    expect(names).not.toContain("Excluding");
    expect(names).not.toContain("Major");
  });

  it("reads a mover behind 'the' when its name has a company's word or an 'of', never a central bank", () => {
    const names = Object.keys(byName("Stocks fell. As it was dropped from the list, the Royal Bank of Kestrel dropped 3.03 per cent to 217.40p. Then the Reserve Bank cut rates, and the Tuesday rose 2%."));
    expect(names).toContain("Royal Bank of Kestrel");
    expect(names).not.toContain("Reserve Bank");
    expect(names).not.toContain("Tuesday");
  });
});
