import type { Comparison } from "@/lib/briefing/charts";
import { formatFigure } from "@/lib/briefing/format";

const ROW = 34;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 300;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 130;

const BAR_CLASS: Record<string, string> = {
  reported: "fill-blue-600 dark:fill-blue-400",
  estimate: "fill-slate-400 dark:fill-slate-500",
  prior: "fill-slate-300 dark:fill-slate-600",
};

/** A server-rendered bar chart with its figures written out as the text alternative. */
export function ComparisonChart({ chart, id }: { chart: Comparison; id: string }) {
  const say = (value: number, high: number | null) =>
    formatFigure({ span: [0, 0], value, high, unit: chart.unit, per: chart.per, qualifier: null, change: null });
  const values = chart.bars.flatMap((b) => [b.value, b.high ?? b.value]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const x = (v: number) => LABEL_WIDTH + ((v - lo) / (hi - lo || 1)) * BAR_WIDTH;
  const description = chart.bars.map((b) => `${b.label}: ${say(b.value, b.high)} [${b.citation}]`).join("; ");
  return (
    <figure className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <figcaption id={`${id}-title`} className="text-sm font-medium">{chart.title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${chart.bars.length * ROW + 8}`}
        className="mt-2 w-full max-w-xl"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <desc id={`${id}-desc`}>{description}</desc>
        {chart.bars.map((bar, i) => {
          const y = i * ROW + 4;
          const start = x(Math.min(0, bar.value));
          const end = x(bar.high ?? Math.max(0, bar.value));
          const rangeStart = bar.high === null ? start : x(bar.value);
          return (
            <g key={i} className="fill-slate-800 dark:fill-slate-200">
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize="13">{bar.label}</text>
              <rect
                x={rangeStart}
                y={y + 5}
                width={Math.max(2, end - rangeStart)}
                height={ROW - 12}
                rx="3"
                className={bar.high !== null ? "fill-emerald-500/70" : (BAR_CLASS[bar.basis ?? ""] ?? "fill-amber-500 dark:fill-amber-400")}
              />
              <text x={end + 6} y={y + ROW / 2} dominantBaseline="middle" fontSize="13" className="tabular-nums">
                {say(bar.value, bar.high)} [{bar.citation}]
              </text>
            </g>
          );
        })}
      </svg>
      <p className="sr-only">{description}</p>
    </figure>
  );
}
