// What a fact's metric measures, reduced to a comparable key. The extractor writes
// metrics in plain words ("stock purchase", "share price change", "cloud revenue
// growth"); two articles name the same measure with different words ("bought shares",
// "capital spending"), so words go through one table to a few concepts, and a short
// ordered list of rules turns the concepts into a metric class.

/** What a word contributes. Words not in the table narrow the scope (see below). */
type WordRole =
  | "buy"
  | "sell"
  | "invest"
  | "revenue"
  | "profit"
  | "stock" // the instrument: share, stock, ADR
  | "price"
  | "market"
  | "value"
  | "ignore" // direction, time and filler words: the figure's unit and change say those
  | { scope: string }; // narrows what is measured: cloud revenue is not group revenue

const WORDS: Record<string, WordRole> = {
  ...roles("buy", "buy buys bought buying purchase purchases purchased purchasing acquire acquired acquisition stake stakes"),
  ...roles("sell", "sell sells sold selling sale divest divested divestment disposal"),
  ...roles("invest", "invest invests invested investing investment investments spend spends spending spent capex capital expenditure expenditures commitment commitments commit committed budget outlay outlays pledge pledged"),
  ...roles("revenue", "revenue revenues sales turnover"),
  ...roles("profit", "profit profits income earnings"),
  ...roles("stock", "stock stocks share shares adr adrs ads depositary equity"),
  ...roles("price", "price prices"),
  ...roles("market", "market"),
  ...roles("value", "value valuation cap capitalization"),
  ...roles(
    "ignore",
    "change changes growth grew grow increase increased rise rose gain gains jump jumped surge surged rally fall fell decline declined drop dropped move moves performance return returns " +
      "year years yoy annual annually quarterly quarter total amount level plan plans planned " +
      "forecast forecasts estimate estimates estimated expected expectation expectations guidance outlook target targets projected projection " +
      "a an the of in on for to by and from its their per over " +
      "us listed hong kong new york group intelligence infrastructure",
  ),
  artificial: { scope: "ai" },
  ai: { scope: "ai" },
  ecommerce: { scope: "ecommerce" },
  commerce: { scope: "ecommerce" },
  ad: { scope: "advertising" },
  advertising: { scope: "advertising" },
};

function roles(role: WordRole, words: string): Record<string, WordRole> {
  return Object.fromEntries(words.split(/\s+/).map((word) => [word, role]));
}

/**
 * First matching rule names the class. Order matters: "stake sale" is a sale,
 * "stock investment" is a purchase of shares, "revenue growth" is revenue even though
 * "growth" alone would say nothing.
 */
const CLASS_RULES: [metricClass: string, applies: (has: (role: WordRole) => boolean) => boolean][] = [
  ["sale", (has) => has("sell")],
  ["purchase", (has) => has("buy") || (has("invest") && has("stock"))],
  ["revenue", (has) => has("revenue")],
  ["profit", (has) => has("profit")],
  ["investment", (has) => has("invest")],
  ["market value", (has) => has("value") && (has("market") || has("stock"))],
  ["market share", (has) => has("market") && has("stock")],
  ["share price", (has) => has("stock") || has("price")],
];

/** Purchases and sales have two parties (buyer and stock); see subjects.ts. */
export const TRANSACTION_CLASSES: ReadonlySet<string> = new Set(["purchase", "sale"]);

export interface MetricKey {
  metricClass: string;
  /** Sorted scope words: must be equal for two facts to measure the same thing. */
  scope: string;
  key: string;
}

/**
 * "cloud revenue growth" -> revenue|cloud; "AI investment commitment" -> investment|ai;
 * "stock purchase" and "shares bought" -> purchase|. A metric without any class word
 * keys on its own words, so identical wording still matches. Null when there is nothing
 * to compare.
 */
export function metricKey(metric: string | null): MetricKey | null {
  if (!metric) return null;
  // A corpus writes few distinct metrics, each many times: read each once.
  const known = metricKeys.get(metric);
  if (known !== undefined) return known;
  const key = readMetricKey(metric);
  if (metricKeys.size > 50_000) metricKeys.clear();
  metricKeys.set(metric, key);
  return key;
}

const metricKeys = new Map<string, MetricKey | null>();

function readMetricKey(metric: string): MetricKey | null {
  const words = metric
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/e-commerce/g, "ecommerce")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1);
  const roleSet = new Set<string>();
  const scope = new Set<string>();
  for (const word of words) {
    const role = WORDS[word];
    // ("operating costs" and "operating cost", "natural catastrophe losses" and "loss": the extractor names a
    // measure as the article writes it, so a plural is the same scope as its singular.)
    if (role === undefined) scope.add(word.replace(/(?<=ss)es$|(?<=[a-z]{2}[^s])s$/, ""));
    else if (typeof role === "object") scope.add(role.scope);
    else roleSet.add(role);
  }
  const has = (role: WordRole) => typeof role === "string" && roleSet.has(role);
  const metricClass = CLASS_RULES.find(([, applies]) => applies(has))?.[0] ?? (scope.size ? "other" : null);
  if (!metricClass) return null;
  const scopeKey = [...scope].sort().join(",");
  return { metricClass, scope: scopeKey, key: `${metricClass}|${scopeKey}` };
}
