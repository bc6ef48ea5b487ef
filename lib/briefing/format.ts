// How figures and dates read on the page.
import type { Basis, Figure } from "@/lib/contract";

const CURRENCY_SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", CNY: "CN¥", HKD: "HK$", INR: "₹", ZAR: "R" };
const SCALES: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];
const decimals = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

/** A number in words a reader expects: 53e9 -> "53 billion". */
function scaled(value: number): string {
  const abs = Math.abs(value);
  for (const [size, word] of SCALES) if (abs >= size) return `${decimals.format(value / size)} ${word}`;
  return decimals.format(value);
}

/** How amounts are written: in full for the page's prose, or short for a chart's labels. */
interface AmountStyle {
  decimal: Intl.NumberFormat;
  /** A count or a currency amount, with its scale. */
  scaled: (value: number) => string;
  points: (value: number) => string;
}

const FULL: AmountStyle = {
  decimal: decimals,
  scaled,
  // Index points read in full, never "33.7 thousand": "367.17 points", "33,684.53 points".
  points: (value) => `${decimals.format(value)} ${Math.abs(value) === 1 ? "point" : "points"}`,
};

const compactNumber = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3 });
const COMPACT: AmountStyle = {
  decimal: new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 }),
  scaled: (value) => compactNumber.format(value),
  points: (value) => compactNumber.format(value),
};

function amount(value: number, unit: string, style: AmountStyle = FULL): string {
  switch (unit) {
    case "%":
      return `${style.decimal.format(value)}%`;
    case "pp":
      return `${style.decimal.format(value)} pp`;
    case "x":
      return `${style.decimal.format(value)}x`;
    case "count":
      return style.scaled(value);
    case "points":
      return style.points(value);
    default: {
      const symbol = CURRENCY_SYMBOLS[unit];
      const sign = value < 0 ? "-" : "";
      return symbol ? `${sign}${symbol}${style.scaled(Math.abs(value))}` : `${style.scaled(value)} ${unit}`;
    }
  }
}

/** The figure as a reader would say it: "more than $53 billion", "$2.34–$2.36 per share", "7,400–7,500 points". */
export function formatFigure(figure: Figure): string {
  const low = figure.unit === "points" && figure.high !== null ? decimals.format(figure.value) : amount(figure.value, figure.unit);
  const range = figure.high === null ? low : `${low}–${amount(figure.high, figure.unit)}`;
  return [figure.qualifier, range, figure.per ? `per ${figure.per}` : null].filter(Boolean).join(" ");
}

/** A figure short enough for a chart's label, three significant digits: "$1.24B", "CN¥248B", "$0.84", "12.5%"; its measure says the "per". */
export function formatCompactFigure(figure: Pick<Figure, "value" | "high" | "unit">): string {
  const low = amount(figure.value, figure.unit, COMPACT);
  return figure.high === null ? low : `${low}–${amount(figure.high, figure.unit, COMPACT)}`;
}

/** The stored, fully scaled value: "53,000,000,000 USD". */
export function formatNormalized(figure: Figure): string {
  const unit = figure.unit === "count" ? "" : figure.unit === "%" ? "%" : ` ${figure.unit}`;
  const high = figure.high === null ? "" : `–${whole.format(figure.high)}`;
  return `${whole.format(figure.value)}${high}${unit}`;
}

export const BASIS_LABELS: Record<Basis, string> = {
  reported: "Reported",
  estimate: "Analyst estimate",
  guidance: "Company guidance",
  forecast: "Forecast",
  prior: "Comparison base",
};

/** A stored publication date ("2025-09-24" or a UTC date-time) as a Date. */
export function publishedDate(iso: string): Date {
  return new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

/** "2025-09-24" -> "September 24, 2025"; a date-time keeps its UTC date. */
export function formatDate(iso: string): string {
  const date = publishedDate(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(date);
}
