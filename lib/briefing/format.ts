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

function amount(value: number, unit: string): string {
  switch (unit) {
    case "%":
      return `${decimals.format(value)}%`;
    case "pp":
      return `${decimals.format(value)} pp`;
    case "x":
      return `${decimals.format(value)}x`;
    case "count":
      return scaled(value);
    // Index points read in full, never "33.7 thousand": "367.17 points", "33,684.53 points".
    case "points":
      return `${decimals.format(value)} ${Math.abs(value) === 1 ? "point" : "points"}`;
    default: {
      const symbol = CURRENCY_SYMBOLS[unit];
      const sign = value < 0 ? "-" : "";
      return symbol ? `${sign}${symbol}${scaled(Math.abs(value))}` : `${scaled(value)} ${unit}`;
    }
  }
}

/** The figure as a reader would say it: "more than $53 billion", "$2.34–$2.36 per share", "7,400–7,500 points". */
export function formatFigure(figure: Figure): string {
  const low = figure.unit === "points" && figure.high !== null ? decimals.format(figure.value) : amount(figure.value, figure.unit);
  const range = figure.high === null ? low : `${low}–${amount(figure.high, figure.unit)}`;
  return [figure.qualifier, range, figure.per ? `per ${figure.per}` : null].filter(Boolean).join(" ");
}

const compactNumber = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3 });
const compactDecimals = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });

function compactAmount(value: number, unit: string): string {
  switch (unit) {
    case "%":
      return `${compactDecimals.format(value)}%`;
    case "pp":
      return `${compactDecimals.format(value)} pp`;
    case "x":
      return `${compactDecimals.format(value)}x`;
    case "points":
      return compactNumber.format(value);
    case "count":
      return compactNumber.format(value);
    default: {
      const symbol = CURRENCY_SYMBOLS[unit];
      const sign = value < 0 ? "-" : "";
      return symbol ? `${sign}${symbol}${compactNumber.format(Math.abs(value))}` : `${compactNumber.format(value)} ${unit}`;
    }
  }
}

/** A figure short enough for a chart's label, three significant digits: "$1.24B", "CN¥248B", "$0.84", "12.5%"; its measure says the "per". */
export function formatCompactFigure(figure: Pick<Figure, "value" | "high" | "unit">): string {
  const low = compactAmount(figure.value, figure.unit);
  return figure.high === null ? low : `${low}–${compactAmount(figure.high, figure.unit)}`;
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
