import { describe, expect, it } from "vitest";
import { extractFacts } from "./index";

/** The facts of one figure, found by its text, from a whole-text extraction. */
const fact = (text: string, figure: string, tickers: string[] = []) => {
  const at = text.indexOf(figure);
  const f = extractFacts(text, { tickers }).facts.find((x) => x.figure && x.figure.span[0] <= at && at < x.figure.span[1]);
  if (!f || !f.figure) throw new Error(`no fact for ${figure}`);
  return { ...f, ...f.figure };
};

describe("basis", () => {
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
