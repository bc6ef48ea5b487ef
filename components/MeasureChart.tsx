import Link from "next/link";
import { claimHref, DisagreeBadge } from "@/components/Scorecard";
import type { ChartValue, MeasureChart as MeasureChartData } from "@/lib/briefing/charts";
import { formatCompactFigure } from "@/lib/briefing/format";
import { sourcesWords } from "@/lib/briefing/scorecard";

// Sizes in the SVG's own units. The drawing scales to its column; a narrow viewBox keeps
// its 11-unit text near 11px on a phone and a little larger on a laptop.
const WIDTH = 360;
/** About the width of a character of the axis's 10-unit text. */
const TICK_CHAR = 5.8;
const RIGHT = 8;
const TOP = 16;
const PLOT = 120;
const LINE = 14;

/** A measure's quarters: reported figures as bars, estimates as diamonds, every value in a table under it. Server-rendered SVG. */
export function MeasureChart({ symbol, chart }: { symbol: string; chart: MeasureChartData }) {
  const id = `chart-${chart.measure.id}`;
  const { low, high, ticks } = chart.scale;
  const y = (value: number) => TOP + ((high - value) / (high - low)) * PLOT;
  const tickWords = (value: number) => formatCompactFigure({ value, high: null, unit: chart.unit });
  // The axis's labels take what they need ("CN¥300B" more than "$1B"), the bars the rest.
  const left = Math.ceil(Math.max(...ticks.map((tick) => tickWords(tick).length)) * TICK_CHAR) + 8;
  const slot = (WIDTH - left - RIGHT) / chart.periods.length;
  const barWidth = Math.min(30, slot * 0.5);
  const reportedLines = Math.max(1, ...chart.periods.map((p) => p.reported?.compact.length ?? 0));
  const hasEstimate = chart.periods.some((p) => p.estimate);
  // Six quarters on a phone leave about 50 units a label: a size smaller keeps neighbours apart.
  const fontSize = slot < 60 ? 10 : 11;
  const labelsTop = TOP + PLOT + LINE;
  const height = labelsTop + (reportedLines + (hasEstimate ? 1 : 0)) * LINE + 4;
  const disputed = chart.periods.some((p) => p.reported?.disputed);
  const title = `${chart.measure.label} by quarter`;
  return (
    <figure className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-measure-chart={chart.measure.id}>
      <figcaption>
        <h3 className="text-base font-semibold">{title}</h3>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="mt-2 w-full max-w-lg" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{`${title}, in ${chart.unit}`}</title>
        <desc id={`${id}-desc`}>{chart.summary}</desc>
        <defs>
          <pattern id={`${id}-disputed`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="fill-blue-100 dark:fill-blue-950" />
            <line x1="0" y1="0" x2="0" y2="6" strokeWidth="3" className="stroke-blue-600 dark:stroke-blue-400" />
          </pattern>
        </defs>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className={tick === 0 ? "stroke-slate-500" : "stroke-slate-200 dark:stroke-slate-800"} />
            <text x={left - 4} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize="10" className="fill-slate-600 tabular-nums dark:fill-slate-400">
              {tickWords(tick)}
            </text>
          </g>
        ))}
        {chart.periods.map((period, i) => {
          const centre = left + slot * (i + 0.5);
          return (
            <g key={period.id} data-chart-slot={period.id}>
              {period.reported?.disputed && (
                // Above the plot, where no bar or mark can hide it.
                <text x={centre} y={TOP - 4} textAnchor="middle" fontSize="11" className="fill-amber-700 dark:fill-amber-400" data-chart-disputed>
                  ⚠
                </text>
              )}
              {period.reported && <ReportedBar value={period.reported} centre={centre} width={barWidth} y={y} pattern={`${id}-disputed`} />}
              {period.estimate && <EstimateMark value={period.estimate} centre={centre} y={y} />}
              <text x={centre} y={labelsTop} textAnchor="middle" fontSize={fontSize} className="fill-slate-600 dark:fill-slate-400">
                {period.axisLabel}
              </text>
              {period.reported?.compact.map((words, line) => (
                <text key={line} x={centre} y={labelsTop + (line + 1) * LINE} textAnchor="middle" fontSize={fontSize} className="fill-slate-900 font-semibold tabular-nums dark:fill-slate-100" data-chart-label="reported">
                  {words}
                </text>
              ))}
              {period.estimate && (
                <text x={centre} y={labelsTop + (reportedLines + 1) * LINE} textAnchor="middle" fontSize={fontSize} className="fill-slate-600 tabular-nums dark:fill-slate-400" data-chart-label="estimate">
                  ◆ {period.estimate.compact.join(" / ")}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span><Swatch className="fill-blue-600 dark:fill-blue-400" /> Reported</span>
        {hasEstimate && <span><Diamond /> Expected by analysts</span>}
        {disputed && <span><Swatch fill={`url(#${id}-disputed)`} /> ⚠ Figures disagree: each one marked</span>}
      </p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-blue-700 underline dark:text-blue-300">{chart.measure.label}: the figures</summary>
        <table className="mt-2 w-full text-left" data-chart-table>
          <thead>
            <tr className="border-b border-slate-300 text-slate-600 dark:border-slate-700 dark:text-slate-400">
              <th scope="col" className="py-1 pr-2 font-medium">Quarter</th>
              <th scope="col" className="py-1 pr-2 font-medium">Reported</th>
              <th scope="col" className="py-1 font-medium">Expected</th>
            </tr>
          </thead>
          <tbody>
            {chart.periods.map((period) => (
              <tr key={period.id} className="border-b border-slate-100 dark:border-slate-800" data-chart-period={period.id}>
                <th scope="row" className="whitespace-nowrap py-1 pr-2 font-normal">{period.label}</th>
                <td className="py-1 pr-2" data-chart-reported>{period.reported ? <TableValue symbol={symbol} value={period.reported} /> : "—"}</td>
                <td className="py-1" data-chart-estimate>{period.estimate ? <TableValue symbol={symbol} value={period.estimate} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function ReportedBar({ value, centre, width, y, pattern }: { value: ChartValue; centre: number; width: number; y: (value: number) => number; pattern: string }) {
  if (value.drawn.length === 0) return null;
  const top = Math.max(0, ...value.drawn.map((d) => d.high));
  const bottom = Math.min(0, ...value.drawn.map((d) => d.low));
  const x = centre - width / 2;
  return (
    <g>
      <rect
        x={x}
        y={y(top)}
        width={width}
        height={Math.max(1, y(bottom) - y(top))}
        fill={value.disputed ? `url(#${pattern})` : undefined}
        data-chart-bar={value.disputed ? "disputed" : "reported"}
        className={value.disputed ? "stroke-blue-600 dark:stroke-blue-400" : "fill-blue-600 dark:fill-blue-400"}
      />
      {/* Each side of a disputed figure, a rule across its bar: which is right is not the chart's to say. */}
      {value.disputed &&
        value.drawn.map((side, i) => <line key={i} x1={x - 3} x2={x + width + 3} y1={y(side.high)} y2={y(side.high)} strokeWidth="2" className="stroke-slate-900 dark:stroke-slate-100" />)}
    </g>
  );
}

function EstimateMark({ value, centre, y }: { value: ChartValue; centre: number; y: (value: number) => number }) {
  return (
    <g>
      {value.drawn.map((figure, i) => {
        const mid = y((figure.low + figure.high) / 2);
        return (
          <g key={i}>
            {figure.high !== figure.low && <line x1={centre} x2={centre} y1={y(figure.high)} y2={y(figure.low)} strokeWidth="2" className="stroke-amber-700 dark:stroke-amber-400" />}
            <path d={`M ${centre} ${mid - 6} l 6 6 l -6 6 l -6 -6 z`} strokeWidth="1.5" className={DIAMOND_CLASS} />
          </g>
        );
      })}
    </g>
  );
}

function TableValue({ symbol, value }: { symbol: string; value: ChartValue }) {
  return (
    <>
      <Link href={claimHref(symbol, value.claim)} className="font-semibold tabular-nums text-blue-700 underline dark:text-blue-300">
        {value.words}
      </Link>{" "}
      <span className="text-xs text-slate-600 dark:text-slate-400">
        {sourcesWords(value.claim)}
        {value.drawn.length === 0 && `, in ${value.claim.unit}: not drawn`}
      </span>
      <DisagreeBadge claim={value.claim} />
    </>
  );
}

const DIAMOND_CLASS = "fill-amber-400 stroke-slate-900 dark:stroke-slate-100";

/** The legend's estimate mark, drawn as the chart draws it. */
function Diamond() {
  return (
    <svg aria-hidden="true" viewBox="0 0 14 14" className="inline-block h-3 w-3 align-[-1px]">
      <path d="M 7 1 l 6 6 l -6 6 l -6 -6 z" strokeWidth="1.5" className={DIAMOND_CLASS} />
    </svg>
  );
}

function Swatch({ className, fill }: { className?: string; fill?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 10 10" className="inline-block h-3 w-3 align-[-1px]">
      <rect width="10" height="10" className={className} fill={fill} />
    </svg>
  );
}
