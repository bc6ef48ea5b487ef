// The direction of figures in the styles real reports write them (our own sentences).
import { describe, expect, it } from "vitest";
import { extractFacts } from "./index";

const change = (text: string, figure: string) => {
  const at = text.indexOf(figure);
  return extractFacts(text).facts.find((f) => f.figure && f.figure.span[0] <= at && at < f.figure.span[1])?.figure?.change;
};

describe("change", () => {
  it.each([
    ["The rupee depreciated 0.3% against the dollar.", "0.3%", "down"],
    // London market reports: "ahead" before the move in pence.
    ["Banks were on the front foot, with Barclays ahead 6.2p at 197.1p.", "6.2p", "up"],
    // A move written after the percentage that restates it (Indian market reports).
    ["The Sensex closed 412.6 points or 0.8 per cent higher at 51,930.", "412.6 points", "up"],
    ["The index ended 371 points, or 0.46 per cent, higher at 81,644.39.", "371 points", "up"],
    ["The gauge settled 120 points, or 0.46 percent, lower at 26,188.45.", "120 points", "down"],
    ["The won appreciated 0.5% on the day.", "0.5%", "up"],
    ["The deal will add 40 cents a share to earnings in 2029.", "40 cents", "up"],
    ["The charge will reduce earnings by about 15 cents a share.", "15 cents", "down"],
    ["The slump wiped roughly $70 billion off the drugmaker's value.", "$70 billion", "down"],
    ["Its new target implies a 20% upside from Friday's close.", "20%", "up"],
    ["Traders expect a 50-bp cut in February.", "50-bp", "down"],
    ["Rivals fell in sympathy: Kelbrook dropped 2.1% and Marrow Chemie 3.3%.", "3.3%", "down"],
    ["The unit posted 8% year-over-year growth.", "8%", "up"],
    ["It reported a 5% organic decline in volumes.", "5%", "down"],
    ["GDP growth eased to 1.1% from 1.5%.", "1.1%", "up"],
    ["Organic sales growth came to 3.1% in the quarter.", "3.1%", "up"],
    ["The pound was weakening, shedding 0.6% against the euro.", "0.6%", "down"],
    ["Movers at midday: Kelbrook +3.2%, Marrow Chemie -1.5%.", "3.2%", "up"],
    // Traffic releases and UK market reports: "fewer", "ahead", "off" after the figure.
    ["The airline carried 4.6 million passengers, 6% fewer than a year earlier.", "6%", "down"],
    ["Winter bookings are running 3% ahead of last year.", "3%", "up"],
    ["Halden Living was 4p off at 126p by the close.", "4p", "down"],
    ["Brightwing edged ahead 1.3% to 288.5p.", "1.3%", "up"],
    ["The FTSE 250 ended 0.3 per cent ahead.", "0.3 per cent", "up"],
    ["Brightwing's capacity grew 3.4% and its traffic 4.3%.", "4.3%", "up"],
    ["Gross margin should improve by 50 to 70 basis points next year.", "50 to 70 basis points", "up"],
  ])("%s (%s) is %s", (text, figure, want) => {
    expect(change(text, figure)).toBe(want);
  });

  it("gives a base the direction of its own words or of the move it is compared with", () => {
    expect(change("Our shares gained 18% this year, compared with a 6.2% rise in the sector index.", "6.2%")).toBe("up");
    expect(change("It now sees sales growth of 2.7% to 3.4%, compared with 2.25% to 3.5% previously.", "2.25%")).toBe("up");
  });

  it("does not read 'ahead of' estimates as a move", () => {
    expect(change("It earned $2.14 per share ahead of the $1.97 analysts expected.", "$2.14")).toBeNull();
    expect(change("It now sees growth of 5% to 6%, below its July outlook of 6% to 8%.", "6% to 8%")).toBe("up");
  });

  it("reads 'up to' before a figure as a bound, not a rise", () => {
    expect(change("Up to 99% of those alarms need no response from staff.", "99%")).toBeNull();
    expect(change("The fund could return up to 12% this year.", "12%")).toBeNull();
    expect(change("Shares of Acme were up 3% at $40.", "3%")).toBe("up");
  });

  it("leaves a level and the base of a level without direction", () => {
    expect(change("Inflation eased to 2.6% from 3.4% in September.", "2.6%")).toBeNull();
    expect(change("Inflation eased to 2.6% from 3.4% in September.", "3.4%")).toBeNull();
    expect(change("Revenue rose to $4 trillion in the year.", "$4 trillion")).toBeNull();
    expect(change("Revenue rose $4 billion to $21 billion.", "$4 billion")).toBe("up");
  });
});
