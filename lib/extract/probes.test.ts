// Short texts written in the styles of real wire copy (results wires, economics stories, market
// reports, IPO and deal stories, analyst notes), figures invented: the metric and basis each
// figure must get. They keep fixed the patterns the metric and basis tables were tuned on.
import { describe, expect, it } from "vitest";
import { extractFacts } from "./index";

const PROBES: { text: string; figures: [figure: string, metric: string | null, basis: string][] }[] = [
  // Wire copy: one sentence a paragraph.
  { text: "Brennick Tools reported quarterly revenue of $2.3 billion.\n\nIt rose 6% from a year earlier.", figures: [["$2.3 billion", "revenue", "reported"], ["6%", "revenue growth", "reported"]] },
  { text: "Dunmore Foods said net income was $88 million.\n\nThe figure compared with $71 million a year ago.", figures: [["$71 million", "net income", "prior"]] },
  { text: "Shares of Halden Bank (HLD) rose 3.2% on Tuesday.\n\nThey have gained 21% this year.", figures: [["21%", "share price change", "reported"]] },
  { text: "The S&P 500 rose 0.8% to 6,120.4.\n\nIt is up 14% so far this year.", figures: [["6,120.4", "index level", "reported"], ["14%", "index change", "reported"]] },
  { text: "Halden Bank (HLD) said adjusted operating income rose to $1.4 billion.\n\nThat beat the $1.3 billion analysts had expected.", figures: [["$1.3 billion", "adjusted operating income", "estimate"]] },
  { text: "Tessaly (TSLY) expects second-quarter sales of about $620 million.\n\nWall Street had forecast $640 million.", figures: [["$620 million", "sales", "guidance"], ["$640 million", "sales", "estimate"]] },
  { text: "For 2026, Orvane (ORV) forecast adjusted earnings of $6.10 to $6.40 a share.\n\nAnalysts on average expect $6.35, according to LSEG data.", figures: [["$6.10 to $6.40", "adjusted EPS", "guidance"], ["$6.35", "adjusted EPS", "estimate"]] },
  { text: "Marlow Systems (MRLW) raised its outlook for the year.\n\nIt now sees revenue of $3.9 billion to $4.0 billion.\n\nThat compares with analysts' estimates of $3.85 billion.", figures: [["$3.9 billion to $4.0 billion", "revenue", "guidance"], ["$3.85 billion", "revenue", "estimate"]] },
  // Outlook words away from the figure.
  { text: "Marlow Systems (MRLW), which expects demand to stay strong through next year, reported revenue of $912 million for the third quarter.", figures: [["$912 million", "revenue", "reported"]] },
  { text: "Caldera Bio (CLDB) raised its full-year guidance after second-quarter sales rose 14% to $1.1 billion.", figures: [["14%", "sales growth", "reported"], ["$1.1 billion", "sales", "reported"]] },
  { text: "Keel Foods (KEEL) cut its annual profit forecast on Thursday.\n\nQuarterly net profit fell 22% to $148 million, it said.", figures: [["$148 million", "net profit", "reported"]] },
  // Lists and tables.
  { text: "Revenue: $4.1 billion (+8%)\nOperating margin: 21.4%\nEPS: $1.32", figures: [["$4.1 billion", "revenue", "reported"], ["8%", "revenue growth", "reported"], ["21.4%", "operating margin", "reported"], ["$1.32", "EPS", "reported"]] },
  { text: "Third-quarter highlights:\n• Revenue of $4.1 billion, up 8% year over year\n• Operating cash flow of $920 million", figures: [["8%", "revenue growth", "reported"], ["$920 million", "operating cash flow", "reported"]] },
  // Economics.
  { text: "Housing starts rose 3.1% to an annual rate of 1.42 million units.", figures: [["3.1%", "housing starts growth", "reported"]] },
  { text: "Groundbreaking fell 4.1% to a seasonally adjusted annual pace of 1.23 million units.", figures: [["4.1%", "housing starts decline", "reported"]] },
  { text: "The personal saving rate fell to 4.6% in August.", figures: [["4.6%", "saving rate", "reported"]] },
  { text: "The participation rate was steady at 62.6%.", figures: [["62.6%", "participation rate", "reported"]] },
  { text: "Consumer prices rose 2.9% in the year to October.\n\nEconomists polled by Reuters had expected 2.7%.", figures: [["2.7%", "consumer prices", "forecast"]] },
  // Issue 12 leftovers and the second batch of dev styles (figures invented).
  { text: "Harlow Tools (HRLW) raised its guidance to $4.6 billion after sales rose 14%.", figures: [["$4.6 billion", "sales", "guidance"], ["14%", "sales growth", "reported"]] },
  { text: "Builders broke ground on homes at a 1.29 million-unit pace, and single-family starts hit a 912,000-unit rate.", figures: [["1.29 million", null, "reported"], ["912,000", "single-family starts", "reported"]] },
  { text: "Consumer confidence fell to 98.7 in November from a downwardly revised 102.4 in October.", figures: [["98.7", "consumer confidence", "reported"], ["102.4", "consumer confidence", "prior"]] },
  { text: "The personal consumption expenditures price index, or PCE, rose 2.7% in the 12 months through October.", figures: [["2.7%", "PCE price index", "reported"]] },
  { text: "The PCE price index rose 0.3% in October after a 0.2% gain in September.", figures: [["0.2%", "PCE price index", "prior"]] },
  { text: "Voss Antriebstechnik (ETR: VOSA) said sales rose. On an organic basis, stripping out currency effects and a small acquisition in Spain, they grew 11%.", figures: [["11%", "organic growth", "reported"]] },
  { text: "Savanna Mobile (NSE: SVMB) posted a net profit of Sh24.6 billion, and service revenue of KSh96.4 billion.", figures: [["Sh24.6 billion", "net profit", "reported"], ["KSh96.4 billion", "revenue", "reported"]] },
  { text: "Corvid Systems (CRVD) said the number of customers paying more than $1 million a year rose to 612 from 478.", figures: [["612", "customers", "reported"], ["478", "customers", "prior"]] },
  // An exchange-coded ticker inside a broker's target, bullion, Australian funds under management, an auction's average.
  { text: "Macquarie raised its target on Xero (ASX: XRO) to A$205 from A$190.", figures: [["A$205", "price target", "estimate"], ["A$190", "price target", "prior"]] },
  { text: "Gold miners were mixed as bullion held near $2,650 an ounce.", figures: [["$2,650", "gold price", "reported"]] },
  { text: "Funds under management rose to A$38.4 billion from A$36.1 billion.", figures: [["A$38.4 billion", "funds under management", "reported"], ["A$36.1 billion", "funds under management", "prior"]] },
  { text: "The bid-to-cover ratio came in at 2.41, below the average of 2.53 over the previous six auctions.", figures: [["2.41", "bid-to-cover ratio", "reported"], ["2.53", "bid-to-cover ratio", "prior"]] },
  { text: "The Australian dollar bought 65.12 U.S. cents, up from 64.80 cents.", figures: [["65.12 U.S. cents", "exchange rate", "reported"]] },
  // A grade before a commodity is no company; a utilization rate is a level, not a growth.
  { text: "Arabica coffee rose 2.3% to $3.84 per pound.", figures: [["2.3%", "coffee price change", "reported"], ["$3.84", "coffee price", "reported"]] },
  { text: "Capacity utilization at its fabs rose to 87% from 79% in the previous quarter.", figures: [["87%", "capacity utilization", "reported"], ["79%", "capacity utilization", "prior"]] },
  // A company's aims and what the market expected (results wires).
  { text: "Brenton Foods (BRF) is targeting $500 million in annual savings by 2028, and it remains on track to deliver $300 million of them next year.", figures: [["$500 million", "cost savings", "guidance"], ["$300 million", "cost savings", "guidance"]] },
  { text: "Brenton Foods (BRF) earned $1.12 a share, ahead of the $1.05 the market had pencilled in.", figures: [["$1.12", "EPS", "reported"], ["$1.05", "EPS", "estimate"]] },
  { text: "Credit analysts at the agency forecast the U.S. economy to grow 1.8% in 2027.", figures: [["1.8%", "economic growth", "forecast"]] },
  // A period's possessive names the base: "from last year's $3.12 billion".
  { text: "Revenue for the quarter came in at $3.4 billion. That was up 9% from last year's $3.12 billion.", figures: [["9%", "revenue growth", "reported"], ["$3.12 billion", "revenue", "prior"]] },
  // Bond auctions: the demand ratio written bare (Treasury and sovereign auction results).
  { text: "The Treasury sold $39 billion of notes. The bid-to-cover ratio, a gauge of demand, came in at 2.47, down from 2.61 at the previous sale.", figures: [["2.47", "bid-to-cover ratio", "reported"], ["2.61", "bid-to-cover ratio", "prior"]] },
  { text: "Voss Antriebstechnik (ETR: VOSA) said its book-to-bill ratio, orders divided by sales, rose to 1.27 from 1.08 a year earlier.", figures: [["1.27", "book-to-bill ratio", "reported"], ["1.08", "book-to-bill ratio", "prior"]] },
  { text: "Kaveri Bank (NSE: KAVB) said operating profits grew 28 per cent. The scrip closed at Rs 95.45, down Rs 1.75 or 0.8 per cent on Wednesday.", figures: [["28 per cent", "operating profits growth", "reported"], ["Rs 95.45", "share price", "reported"], ["0.8 per cent", "share price change", "reported"]] },
  { text: "Gross bad loans as a percentage of total loans were 11.05 per cent at end-June, lower than 11.84 per cent three months earlier.", figures: [["11.05 per cent", "gross bad loans", "reported"], ["11.84 per cent", "loans", "prior"]] },
  { text: "Operating margins came at 30.7% as against 19.61% in the corresponding quarter last year, ahead of estimates.", figures: [["19.61%", "operating margin", "prior"]] },
  { text: "Same-store sales at Dunwell (DNW) fell 1.6%, missing the forecast for 0.6% growth.", figures: [["0.6%", "same-store sales growth", "estimate"]] },
  { text: "German industrial output fell 1.2 percent from November, when it declined by a revised 0.1 percent.", figures: [["0.1 percent", "production", "prior"]] },
  { text: "Al Noor Bank said net profit in Kuwait was 8.88 million dinars. EFG Hermes had forecast a net profit of 8.3 million dinars.", figures: [["8.88 million dinars", "net profit", "reported"], ["8.3 million dinars", "net profit", "estimate"]] },
  { text: "Lagos Cement posted revenue of N323 billion in the quarter, up roughly 7 per cent from N302 billion in the previous quarter.", figures: [["N323 billion", "revenue", "reported"], ["7 per cent", "revenue growth", "reported"], ["N302 billion", "revenue", "prior"]] },
  { text: "Data revenue at Airmesh Nigeria jumped 30 per cent from $94 million to $122 million.", figures: [["$94 million", "revenue", "prior"], ["$122 million", "revenue", "reported"]] },
  { text: "Safaricom said in Nairobi that profit after taxation hit Sh31.5 billion. The customer base grew from 99.7 million to 111.5 million.", figures: [["Sh31.5 billion", "net profit", "reported"], ["111.5 million", "customers", "reported"]] },
  { text: "Hanami Motors (TYO: 7291) said operating profit rose 28% to 120.6 billion yen, compared with the 117.3 billion yen average estimate of seven analysts.", figures: [["117.3 billion yen", "operating profit", "estimate"]] },
  { text: "Rimshot (RIM) is sticking to its full-year earnings forecast of $7.50 per share.", figures: [["$7.50", "EPS", "guidance"]] },
  // Results words.
  { text: "Gross written premiums rose 7% to $8.4 billion.", figures: [["7%", "gross written premiums growth", "reported"]] },
  { text: "The effective tax rate was 21.5% in the quarter.", figures: [["21.5%", "effective tax rate", "reported"]] },
  { text: "Average revenue per user rose 4% to $11.20.", figures: [["$11.20", "average revenue per user", "reported"]] },
  { text: "Net new money reached $18 billion in the quarter.", figures: [["$18 billion", "net new money", "reported"]] },
  // Markets and analysts.
  { text: "Investors cheered the 19% rise in the S&P 500 this year.", figures: [["19%", "index change", "reported"]] },
  { text: "Iron ore futures in Dalian climbed 2.2% to 812 yuan a tonne.", figures: [["2.2%", "iron ore price change", "reported"], ["812 yuan", "iron ore price", "reported"]] },
  { text: "Morgan Stanley raised its rating on Keel Foods (KEEL) to overweight and lifted its price objective to $88.", figures: [["$88", "price target", "estimate"]] },
  // The figure's head phrase (metric-head.ts), and basis from structure, in results, market, commodity and data styles.
  { text: "Trenton Air said passenger traffic rose 4.2% in October, and capacity grew 3.8%.", figures: [["4.2%", "passengers growth", "reported"], ["3.8%", "capacity growth", "reported"]] },
  { text: "Pellam Foods' operating margin widened to 12.6% from 11.1%.", figures: [["12.6%", "operating margin", "reported"], ["11.1%", "operating margin", "prior"]] },
  { text: "The yield on the benchmark 10-year note rose 6 basis points to 4.31%.", figures: [["4.31%", "yield", "reported"]] },
  { text: "Tanner Logistics' freight volumes dropped 6% in the quarter, and its operating ratio worsened to 81.2%.", figures: [["6%", "freight volumes decline", "reported"], ["81.2%", "operating ratio", "reported"]] },
  { text: "Crestline Bank's net interest margin, which measures lending profitability, widened 8 basis points to 3.12%.", figures: [["3.12%", "net interest margin", "reported"]] },
  { text: "Landlord Fennick firmed 2.1% to 281.6p on the back of a 30% rise in annual profit.", figures: [["2.1%", "share price change", "reported"], ["281.6p", "share price", "reported"]] },
  { text: "Revenue at Kestrel Systems (KSTL) rose 4% to $11.7 billion, compared with a Street view of $11.6 billion.", figures: [["$11.6 billion", "revenue", "estimate"]] },
  { text: "Revenue at Kestrel Systems (KSTL) was anticipated to come in at nearly $3.9 billion for the quarter.", figures: [["$3.9 billion", "revenue", "estimate"]] },
  { text: "The economy is expected to grow 1.1% next year, according to the median forecast in a Reuters poll of 40 economists.", figures: [["1.1%", "economic growth", "forecast"]] },
  { text: "Marwick Stores (MWK) expects same-store sales to rise 2% to 3% this year, after a 1.5% increase last year.", figures: [["2% to 3%", "same-store sales growth", "guidance"], ["1.5%", "same-store sales growth", "prior"]] },
  { text: "Traders now price in a 70% chance of another cut by March.", figures: [["70%", "rate cut probability", "forecast"]] },
  { text: "Jefferies cut its target on Dunmore Retail (DNR) to $34 from $41, citing weaker margins, and trimmed its 2026 EPS estimate to $2.10 from $2.45.", figures: [["$34", "price target", "estimate"], ["$2.10", "EPS", "estimate"]] },
  { text: "Ebitda per tonne improved to Rs 9,850 from Rs 8,210 a year earlier.", figures: [["Rs 9,850", "EBITDA per tonne", "reported"], ["Rs 8,210", "EBITDA per tonne", "prior"]] },
  { text: "Sales of its weight-loss drug Zenvia reached 8.9 billion crowns, short of the 9.4 billion crowns analysts had expected.", figures: [["8.9 billion crowns", "sales", "reported"], ["9.4 billion crowns", "sales", "estimate"]] },
  { text: "Halvard Retail (HVR) now expects underlying pre-tax profit of between £88m and £94m, compared with market expectations of £101m.", figures: [["£101m", "underlying pre-tax profit", "estimate"]] },
  { text: "Nuvola Health (NUVH) priced 22 million shares at $19 each, above its indicated range of $16 to $18, raising $418 million.", figures: [["$16 to $18", "IPO price range", "prior"], ["$418 million", "amount raised", "reported"]] },
  // Issue 12, metric6 batch (held-out writers' phrasing): measures named as written, a base a record was set at,
  // an outlook "as much as" earlier, analysts' and brokers' views, a poll of analysts.
  { text: "Kestova Robotics (TYO: 6480) said robot sales fell 8.8% to 121.7 billion yen, while finance costs rose 4%.", figures: [["8.8%", "robot sales decline", "reported"], ["121.7 billion yen", "robot sales", "reported"], ["4%", "finance costs growth", "reported"]] },
  { text: "Ardent Re (ARDR) said natural catastrophe losses totalled €0.9 billion in the nine months.", figures: [["€0.9 billion", "natural catastrophe losses", "reported"]] },
  { text: "Velmora Pharma (VLM) cut its sales growth forecast for the year to 6% to 9%.", figures: [["6% to 9%", "sales growth", "guidance"]] },
  { text: "Ether fell 3.2% to $3,120, down from a record of $4,870 set in August.", figures: [["$4,870", "ether price", "prior"]] },
  { text: "Money market fund assets slipped to $6.9 trillion from a record $7.02 trillion.", figures: [["$7.02 trillion", "money market fund assets", "prior"]] },
  { text: "Monthly sales fell 3.6 percent from September's record of NT$301.4 billion.", figures: [["NT$301.4 billion", "sales", "prior"]] },
  { text: "Tallis Retail (TLR) now expects full-year adjusted EPS of $3.10 to $3.30, down from as much as $3.75 before.", figures: [["$3.75", "adjusted EPS", "prior"]] },
  { text: "Brightwell Motors (BWM) shares rose 2% after Morgan Stanley raised its target. Morgan Stanley expects Brightwell to sell 410,000 cars next year.", figures: [["410,000", "cars", "estimate"]] },
  { text: "\"Discounters are winning,\" said Ana Silva, a retail analyst at a Boston brokerage, who expects same-store sales at off-price chains to rise about 5% next year.", figures: [["5%", "same-store sales growth", "estimate"]] },
  { text: "Orsted Cables (CPH: ORC) said sales rose 9% to DKK 4.1 billion, short of the DKK 4.3 billion analysts had expected in a poll compiled by the company.", figures: [["DKK 4.3 billion", "sales", "estimate"]] },
  { text: "Halvard Tools (HVT) agreed to be bought. \"It is a fair price,\" said Jo Reyes, an analyst at Northfield Research. She estimated that the buyer could cut about $60 million of annual costs.", figures: [["$60 million", "costs", "estimate"]] },
  { text: "The offer is a 35% premium to Tavish's last close. It values the company's equity at about $3.4 billion.", figures: [["$3.4 billion", "equity value", "reported"]] },
];

describe("wire-style probes", () => {
  for (const probe of PROBES) {
    it(probe.text.replace(/\n+/g, " / "), () => {
      const { facts } = extractFacts(probe.text);
      const got = probe.figures.map(([figure]) => {
        const at = probe.text.indexOf(figure);
        const fact = facts.find((f) => f.figure && f.figure.span[0] <= at && at < f.figure.span[1]);
        return [figure, fact?.metric ?? null, fact?.basis ?? null];
      });
      expect(got).toEqual(probe.figures);
    });
  }
});
