// Paraphrase checks: each mechanism of the metric and basis rules, in three or four sentence shapes of our own,
// so that a rule is seen to read the pattern rather than one sentence.
import { describe, expect, it } from "vitest";
import { extractFacts } from "./index";

function factOf(text: string, figure: string) {
  const at = text.indexOf(figure);
  if (at < 0) throw new Error(`"${figure}" is not in "${text}"`);
  const fact = extractFacts(text).facts.find((f) => f.figure && f.figure.span[0] <= at && at < f.figure.span[1]);
  if (!fact) throw new Error(`no fact for "${figure}" in "${text}"`);
  return fact;
}

interface Case {
  text: string;
  figure: string;
  metric?: string;
  basis?: string;
  per?: string;
}

const CASES: Record<string, Case[]> = {
  "a lower-case commodity after a capitalised word is the commodity": [
    { text: "Dalian iron ore futures fell 2.4% to 742 yuan a tonne.", figure: "742 yuan", metric: "iron ore price" },
    { text: "Benchmark copper on the LME lost 0.9% to $10,912 a tonne.", figure: "0.9%", metric: "copper price change" },
    { text: "Crude palm oil futures gained 1.1% on Bursa Malaysia Derivatives.", figure: "1.1%", metric: "palm oil price change" },
    { text: "Barrick Gold rose 2% to $20.10.", figure: "2%", metric: "share price change" },
  ],
  "an appositive between the subject and its verb": [
    { text: "The Cboe Volatility Index, Wall Street's so-called fear gauge, climbed 2.3 points to 17.9.", figure: "2.3 points", metric: "index change" },
    { text: "Net interest income, the bank's main earner, rose 4% to $3.1 billion.", figure: "$3.1 billion", metric: "net interest income" },
    { text: "Brent, the global benchmark, settled up 2% at $80.10 a barrel.", figure: "2%", metric: "oil price change" },
    { text: "In the quarter, Acme's revenue rose 5%.", figure: "5%", metric: "revenue growth" },
  ],
  "a modal's view is an outlook, by whose it is": [
    { text: "Citi raised its price target on Kestrel Memory (KMEM), saying contract prices could rise about 30% next quarter.", figure: "30%", basis: "estimate" },
    { text: "The International Energy Agency said the outage could remove up to 1.2 million barrels a day from the market.", figure: "1.2 million", basis: "forecast" },
    { text: "Glenrock Mining (ASX: GRK) said the find could add 1.5 million ounces to its resource.", figure: "1.5 million ounces", basis: "guidance" },
    { text: "Acme (NYSE: ACM) said revenue might fall as much as 10% next year.", figure: "10%", basis: "guidance" },
    { text: "May sales rose 4% at Acme (NYSE: ACM).", figure: "4%", basis: "reported", metric: "sales growth" },
  ],
  "a base the text places in the past is prior": [
    { text: "Halden Precision (LSE: HLDN) said full-year revenue would be about 5% below last year's £1.32 billion.", figure: "£1.32 billion", basis: "prior" },
    { text: "Veltrix (NYSE: VLX) reduced operating expenses by $22 million, ahead of the $15 million target set at the start of the year.", figure: "$15 million", basis: "prior" },
    { text: "Indirect bidders took 64.1% of the notes, below the 71% they were awarded last month.", figure: "71%", basis: "prior" },
    { text: "Natural catastrophe losses at Solenne (EPA: SOL) totalled €1.1 billion, below the €1.45 billion the group had budgeted for the period.", figure: "€1.45 billion", basis: "prior" },
    { text: "Adjusted earnings at Acme (NYSE: ACM) were $1.10, above the $1.02 analysts had expected a month earlier.", figure: "$1.02", basis: "estimate" },
  ],
  "the head phrase's words past a rule's measure still name it": [
    { text: "The average expense ratio on equity ETFs dropped to 0.14% last year.", figure: "0.14%", metric: "average expense ratio" },
    { text: "The loan-to-deposit ratio fell to 78%.", figure: "78%", metric: "loan-to-deposit ratio" },
    { text: "Truckload volumes dropped 6%, but revenue per loaded mile rose 2.5% to $2.71.", figure: "$2.71", metric: "revenue per loaded mile" },
    { text: "Sales per square foot rose 3% to $1,210.", figure: "3%", metric: "sales per square foot growth" },
    { text: "The loan book expanded 8.2%, and the 90-day delinquency ratio held at 1.9%.", figure: "1.9%", metric: "90-day delinquency ratio" },
    { text: "Net income per share rose 5% to $2.10.", figure: "$2.10", metric: "EPS" },
  ],
  "a takeover's target is no outlook target": [
    { text: "Harbor Lane Foods (NYSE: HLNF) agreed to buy Pinecrest Brands for $38 a share, a deal that values the target at about $6.2 billion.", figure: "$6.2 billion", basis: "reported" },
    { text: "The offer represents a premium of 37% to the target's closing price of $30.29.", figure: "37%", basis: "reported" },
    { text: "Acme (NYSE: ACM) targets revenue of $5 billion by 2028.", figure: "$5 billion", basis: "guidance" },
    { text: "Acme (NYSE: ACM) raised its margin target to 18%.", figure: "18%", basis: "guidance" },
  ],
  "a subordinate clause's own subject names its figure": [
    { text: "Wedbush raised its target on Roku (ROKU) to $120, after the streaming platform's active accounts climbed to 92.4 million.", figure: "92.4 million", metric: "active accounts" },
    { text: "The shares rose 4% after Acme's monthly subscribers grew to 3.1 million.", figure: "3.1 million", metric: "subscribers" },
    { text: "Jefferies lifted its price target to $88 because the retailer's gross margin widened to 41.2%.", figure: "41.2%", metric: "gross margin" },
  ],
  "a measure written after the figure is its own, even beside a price target": [
    { text: "UBS cut its price target on Pfizer (PFE) to $22, saying the drugmaker has about $17 billion of annual revenue that loses patent protection.", figure: "$17 billion", metric: "revenue" },
    { text: "Barclays set a price target of $40, noting the company holds $2.1 billion in cash.", figure: "$40", metric: "price target" },
    { text: "Citi raised its target price to HK$120 from HK$105.", figure: "HK$105", metric: "price target" },
  ],
  "a bare target in a rating or broker sentence is a price target": [
    { text: "Dunmore Retail (DNR) saw its target raised to $472 from $425 at UBS, which reiterated a Buy rating.", figure: "$425", metric: "price target" },
    { text: "Walmart Inc. (NYSE: WMT) had three target cuts: UBS to $139 from $148, RBC to $136 from $142.", figure: "$136", metric: "price target" },
    { text: "Texas Roadhouse Inc. (NASDAQ: TXRH) was started at Buy with a $236 target at Halvern & Co.", figure: "$236", metric: "price target" },
    { text: "The consensus target is $92.40.", figure: "$92.40", metric: "price target" },
    { text: "UBS said Acme's (NYSE: ACM) revenue target of $5 billion looks ambitious.", figure: "$5 billion", metric: "revenue" },
  ],
  // realmetric10 batch: patterns read in real market reports, results highlights and results wires (two or more articles each).
  "points measure an index, whatever the clause calls it": [
    { text: "Seoul's Kospi stock exchange shed 41 points, or 1.4%, to 2,890.", figure: "41 points", metric: "index change" },
    { text: "The Asia Dow, which tracks blue-chip companies across the region, rose 12.5 points to 3,402.1.", figure: "12.5 points", metric: "index change" },
    { text: "The index of Frankfurt's 40 biggest shares ended up 95 points at 18,310.", figure: "95 points", metric: "index change" },
    { text: "Jakarta's main stock exchange added 0.44%, or 31.2 points, to close at 7,105.6.", figure: "0.44%", metric: "index change" },
    { text: "Manila's main stock exchange lost 22.6 points, or 0.35%, to end at 6,410.2.", figure: "0.35%", metric: "index change" },
  ],
  "a company's move that reaches a price is its share price move": [
    { text: "Harbury Homes, the Midlands housebuilder, was up 14.5p to 612p after upbeat trading.", figure: "14.5p", metric: "share price change" },
    { text: "Calloway Foods ended the session 3p down at 241p.", figure: "3p", metric: "share price change" },
    { text: "The losers included Penrose Telecom, down 6.2p to 188.4p, and Tamsin Energy, 11p lower at 904p.", figure: "11p", metric: "share price change" },
    { text: "Quillon Chemicals was the worst performer in the index with a fall of 152p or 6.1 per cent to 2,340p.", figure: "152p", metric: "share price change" },
  ],
  "a price move and the price it reached are two figures": [
    { text: "Marlow Retail rose 4.2% or 9.5p to 235.5p.", figure: "235.5p", metric: "share price" },
    { text: "Banks firmed, with Kestrel Bank climbing 6.4p to 418.2p.", figure: "6.4p", metric: "share price change" },
    { text: "Grocers gained ground, with Dunford Group adding 7.1p to 302p.", figure: "302p", metric: "share price" },
  ],
  "an index is never quoted in money": [
    { text: "The biggest FTSE 250 fallers were Orwell Leisure down 22p to £14.08 and Brackton 5p lower at 96p.", figure: "£14.08", metric: "share price" },
    { text: "Among FTSE 100 risers, Selwyn Water rose 31p to 1,204p.", figure: "31p", metric: "share price change" },
  ],
  "a results line's bracketed comparison period is prior": [
    { text: "Underlying operating profit up 9% to £412m (H1 2024: £378m)", figure: "£378m", basis: "prior" },
    { text: "Interim dividend of 6.10p per share (2024: 5.80p)", figure: "5.80p", basis: "prior" },
    { text: "Statutory profit before tax of $88.4 million (FY24: $79.1 million)", figure: "$79.1 million", basis: "prior" },
    { text: "Underlying operating profit up 9% to £412m (H1 2024: £378m)", figure: "£412m", basis: "reported" },
  ],
  "an amount per ounce, barrel or tonne is the price of the commodity the sentence names": [
    { text: "Comex silver futures recovered last week's losses, ending the day up 41 cents at $31.22 an ounce.", figure: "41 cents", metric: "silver price" },
    { text: "Copper for March delivery settled at $4.418 a pound on Comex.", figure: "$4.418", metric: "copper price" },
    { text: "Bullion buyers returned on Tuesday. Futures for June delivery gained 0.7%, or $16.40, reaching $2,371.60 per ounce.", figure: "$16.40", metric: "gold price" },
    { text: "Seaborne iron ore lost $1.10 a tonne to end at $104.35 a tonne.", figure: "$1.10", metric: "iron ore price" },
    { text: "Spot platinum shadowed gold higher, rising 1.2% to $1,012.40 an ounce.", figure: "1.2%", metric: "platinum price change" },
    { text: "Silver futures followed the gold rally, and the March contract gained $0.62 to settle at $30.14 per ounce.", figure: "$0.62", metric: "silver price" },
  ],
  "in a deal sentence the amount paid for each share is the offer price": [
    { text: "Harlow Capital agreed to acquire Fenwick Labs for $24.50 per share in an all-cash deal.", figure: "$24.50", metric: "offer price" },
    { text: "Brisa Foods said it would be acquired by a buyout firm for $7.10 per share in cash, or an enterprise value of about $410 million.", figure: "$7.10", metric: "offer price" },
    { text: "The sweetened takeover bid for $61 per share values the insurer at $3.3 billion.", figure: "$61", metric: "offer price" },
    { text: "Acme (NYSE: ACM) agreed to acquire Halvern, which earned $1.12 per share last year.", figure: "$1.12", metric: "EPS" },
  ],
  "a figure set against expectations by its adjective is the result": [
    { text: "German factory orders posted a weaker-than-forecast 0.6% gain in May.", figure: "0.6%", basis: "reported" },
    { text: "Japan's jobless rate rose to a higher-than-expected 2.7 percent.", figure: "2.7 percent", basis: "reported" },
    { text: "Shares climbed after a better-than-expected 9% rise in quarterly bookings.", figure: "9%", basis: "reported" },
    { text: "Economists had expected a 0.3% rise in prices.", figure: "0.3%", basis: "forecast" },
  ],
  "an IPO's marketed or anticipated range is prior": [
    { text: "The company first marketed 12.5 million shares at $18 to $20 apiece.", figure: "$18 to $20", basis: "prior" },
    { text: "The listing priced below its anticipated pricing range of $14 to $16.", figure: "$14 to $16", basis: "prior" },
    { text: "Halvern priced its shares at $21, above the indicated price range between $17 and $19.", figure: "$17 and $19", basis: "prior" },
  ],
  "a month's possessive after from names the base": [
    { text: "Core inflation eased to 2.9 per cent from May's 3.1 per cent.", figure: "3.1 per cent", basis: "prior" },
    { text: "The jobless rate rose to 4.4% from September's 4.2%.", figure: "4.2%", basis: "prior" },
  ],
  "after a debut's opening price, a figure with its own trading verb is the share price": [
    { text: "Corliss Robotics opened at $31 on its first day and closed at $34.60.", figure: "$34.60", metric: "share price" },
    { text: "The stock opened at $12.40, 24% above the offer price of $10, and was trading 9% up to $10.90 by midday.", figure: "$10.90", metric: "share price" },
    { text: "Tessaro's shares opened at $18 and peaked at $22.75 before easing.", figure: "$22.75", metric: "share price" },
    { text: "Tessaro's shares opened at $18 and peaked at $22.75 before easing.", figure: "$18", metric: "opening price" },
  ],
  "in a results line the figure before vs. is the result": [
    { text: "Adjusted EPS: $2.14 vs. $2.02 expected by analysts polled by LSEG", figure: "$2.14", basis: "reported" },
    { text: "Adjusted EPS: $2.14 vs. $2.02 expected by analysts polled by LSEG", figure: "$2.02", basis: "estimate" },
    { text: "Revenue: $8.31 billion vs. $8.19 billion estimated", figure: "$8.31 billion", basis: "reported" },
    { text: "Earnings: 47 cents per share, adjusted, vs. 41 cents per share as expected by analysts", figure: "47 cents", basis: "reported" },
  ],
  "a stock price index is an index": [
    { text: "The benchmark Korea Composite Stock Price Index rose 21.05 points, or 0.8 percent, to end at 2,611.40.", figure: "21.05 points", metric: "index change" },
    { text: "The benchmark Korea Composite Stock Price Index rose 21.05 points, or 0.8 percent, to end at 2,611.40.", figure: "0.8 percent", metric: "index change" },
    { text: "The Tokyo Stock Price Index slipped 0.4% to 2,701.15.", figure: "0.4%", metric: "index change" },
    { text: "The consumer price index rose 3.1% in May.", figure: "3.1%", metric: "consumer price index" },
  ],
  "an investor group's flow in a market report": [
    { text: "Institutions and foreigners sold a combined 415 billion won worth of shares.", figure: "415 billion won", metric: "institutions and foreigners net selling" },
    { text: "Offshore investors offloaded a net 120.3 billion won of local stocks on Tuesday.", figure: "120.3 billion won", metric: "offshore investors net selling" },
    { text: "Retail investors and institutions bought a combined 310 billion won, against foreigners' purchases of 290 billion won.", figure: "310 billion won", metric: "retail investors and institutions net buying" },
    { text: "Selling outpaced individuals' stock purchases valued at 401 billion won.", figure: "401 billion won", metric: "individuals net buying" },
    { text: "The round valued at $2 billion closed on Friday.", figure: "$2 billion", metric: "valuation" },
  ],
  "market breadth": [
    { text: "Volume was thin, with losers outpacing gainers 612 to 254.", figure: "612", metric: "losers" },
    { text: "Volume was thin, with losers outpacing gainers 612 to 254.", figure: "254", metric: "gainers" },
    { text: "Decliners outnumbered advancers 1,480 to 920 on the main board.", figure: "1,480", metric: "decliners" },
    { text: "Advancing issues outnumbered declining ones by 1,733 to 1,112.", figure: "1,112", metric: "declining issues" },
  ],
  "the local currency is an exchange rate": [
    { text: "The local currency was trading at 1,362.40 won against the greenback, up 2.1 won.", figure: "1,362.40 won", metric: "exchange rate" },
    { text: "The local currency ended at 16,250 rupiah per dollar.", figure: "16,250 rupiah", metric: "exchange rate" },
  ],
  "a premium written after its percentage": [
    { text: "The price was a 24.8% premium to Harlow's closing share price on Tuesday of 81.5p.", figure: "24.8%", metric: "premium" },
    { text: "The offer represents a 31.2% premium to that price.", figure: "31.2%", metric: "premium" },
    { text: "The shares trade at a 12% discount to net asset value.", figure: "12%", metric: "discount" },
    { text: "The bid was at a 40.1% premium to its share price on March 3 of 62.5p.", figure: "62.5p", basis: "prior" },
    { text: "The offer was at a 40.1% premium to its closing price on 3 March of 62.5p.", figure: "62.5p", basis: "prior" },
  ],
  "an index naming its member companies is no measure": [
    { text: "Profits at S&P 500 companies are seen to have dropped 6.1 per cent in the quarter, LSEG data show.", figure: "6.1 per cent", metric: "profit decline" },
    { text: "Earnings of FTSE 100 firms rose 4% last year.", figure: "4%", metric: "earnings growth" },
  ],
  "premiums listed under their lead": [
    { text: "Harlow's offer represents a premium of approximately:\n\n24.2 per cent. to the Closing Price of 812 pence on 3 May 2021; and\n\n19.8 per cent. to the volume weighted average price of 840 pence over the three months to 3 May 2021.", figure: "24.2 per cent", metric: "premium" },
    { text: "Harlow's offer represents a premium of approximately:\n\n24.2 per cent. to the Closing Price of 812 pence on 3 May 2021; and\n\n19.8 per cent. to the volume weighted average price of 840 pence over the three months to 3 May 2021.", figure: "19.8 per cent", metric: "premium" },
    { text: "Harlow's offer represents a premium of approximately:\n\n24.2 per cent. to the Closing Price of 812 pence on 3 May 2021; and\n\n19.8 per cent. to the volume weighted average price of 840 pence over the three months to 3 May 2021.", figure: "812 pence", basis: "prior" },
    { text: "The offer is a premium of 7.5 per cent. to the closing mid-market price of 48.0 pence.", figure: "48.0 pence", basis: "prior" },
  ],
  "a bracketed conversion of a price per share": [
    { text: "Harlow received a possible cash offer of 98.5 pence (RM5.12) a share.", figure: "RM5.12", metric: "offer price", per: "share" },
  ],
  "a market's gainers and losers": [
    { text: "The Sensex rose 0.6 per cent. Harwick Steel was the top Sensex gainer, rising 3.1 per cent.", figure: "3.1 per cent", metric: "share price change" },
    { text: "Harwick Steel was the top gainer in the Sensex pack, surging 4.2 per cent.", figure: "4.2 per cent", metric: "share price change" },
    { text: "Kelbrook Pharma and Marrow Tech were the laggards, declining up to 2 per cent.", figure: "2 per cent", metric: "share price change" },
    { text: "Ruston Metals was the top Sensex gainer with a surge of 6.4 per cent.", figure: "6.4 per cent", metric: "share price change" },
  ],
  "a project's potential is an outlook; square feet are an area": [
    { text: "Harwick Developers launched two projects with a combined revenue potential of Rs 1,150 crore.", figure: "Rs 1,150 crore", basis: "guidance" },
    { text: "Harwick Developers said the site has a development potential of 6.2 lakh square feet (Rs 350 crore revenue).", figure: "Rs 350 crore", basis: "guidance" },
    { text: "The plot carries a 9 lakh square feet potential (Rs 700 crore revenue).", figure: "9 lakh", metric: "area" },
    { text: "Its towers span 1.4 million square feet.", figure: "1.4 million", metric: "area" },
    { text: "Analysts see upside potential of $12 for Harwick shares.", figure: "$12", basis: "estimate" },
  ],
  "a plan announced": [
    { text: "Kestrel Telecom is to undertake a A$500 million off-market share buy-back.", figure: "A$500 million", metric: "share buyback", basis: "guidance" },
    { text: "The buy-back, with a 4c a share special dividend Kestrel intends to pay in May, returns capital.", figure: "4c", basis: "guidance" },
    { text: "Marrow Energy is to sell $2 billion of pipelines to cut debt.", figure: "$2 billion", basis: "guidance" },
    { text: "Its market share rose to 10.9%.", figure: "10.9%", metric: "market share" },
  ],
  "the bell is no measure": [
    { text: "Harwick shares rose 4 percent after the bell, adding to the about 18 percent gain so far this year.", figure: "18 percent", metric: "share price change" },
    { text: "Shares of Kelbrook fell 2% after the closing bell.", figure: "2%", metric: "share price change" },
  ],
  "a price target is per share": [
    { text: "Analyst Dana Kerr boosted her price target on Harwick to $72 (from $65).", figure: "$72", metric: "price target", per: "share" },
    { text: "Analyst Dana Kerr boosted her price target on Harwick to $72 (from $65).", figure: "$65", per: "share" },
    { text: "Kelbrook is worth $48/share on our DCF, the analyst wrote.", figure: "$48", per: "share" },
    { text: "Brent crude rose to $82.10/bbl.", figure: "$82.10", per: "barrel" },
  ],
};

describe("paraphrases", () => {
  for (const [pattern, cases] of Object.entries(CASES)) {
    describe(pattern, () => {
      for (const c of cases) {
        it(`${c.figure}: ${c.text}`, () => {
          const fact = factOf(c.text, c.figure);
          if (c.metric !== undefined) expect(fact.metric).toBe(c.metric);
          if (c.basis !== undefined) expect(fact.basis).toBe(c.basis);
          if (c.per !== undefined) expect(fact.figure?.per).toBe(c.per);
        });
      }
    });
  }
});
