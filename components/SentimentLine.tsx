import { formatClock } from './format-clock.ts';

export interface SentimentPoint {
  /** Seconds from call start (or any x value, e.g. a week index). */
  t: number;
  /** -1..1. */
  score: number;
}

export interface SentimentLineProps {
  points: readonly SentimentPoint[];
  /** x range start; defaults to the first point's t (0 = the start of the call). */
  from?: number;
  /** x range end; defaults to the last point's t. */
  duration?: number;
  width?: number;
  height?: number;
  /** Accessible name, e.g. "Customer sentiment over the call". */
  label?: string;
  /** Formats x values for the summary (defaults to m:ss). */
  formatX?: (t: number) => string;
  /** Called with a point's t when it is clicked (e.g. seek the transcript). */
  onSelectTime?: (t: number) => void;
}

/** Sentiment over time as a small SVG line chart, zero line dashed, negative dips in red. */
export function SentimentLine({ points, from, duration, width = 320, height = 72, label = 'Sentiment over time', formatX = formatClock, onSelectTime }: SentimentLineProps) {
  const pad = 4;
  const first = from ?? points[0]?.t ?? 0;
  const end = duration ?? points[points.length - 1]?.t ?? 0;
  const span = Math.max(end - first, 1e-9);
  const x = (t: number) => pad + ((t - first) / span) * (width - 2 * pad);
  const y = (s: number) => pad + ((1 - Math.max(-1, Math.min(1, s))) / 2) * (height - 2 * pad);
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const lowest = points.reduce<SentimentPoint | undefined>((lo, p) => (!lo || p.score < lo.score ? p : lo), undefined);
  const mean = points.length ? points.reduce((s, p) => s + p.score, 0) / points.length : 0;
  const summary = points.length
    ? `${label}: ${points.length} points, mean ${mean.toFixed(2)}, lowest ${lowest!.score.toFixed(2)} at ${formatX(lowest!.t)}`
    : `${label}: no data`;
  return (
    <svg class="ps-sentiment-line" role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width="100%" height={height} preserveAspectRatio="none">
      <title>{summary}</title>
      <line x1={pad} x2={width - pad} y1={y(0)} y2={y(0)} stroke="var(--ps-border, #d1d5db)" stroke-dasharray="3 3" />
      {points.length > 1 && <path d={path} fill="none" stroke="var(--ps-accent, #6366f1)" stroke-width="1.5" vector-effect="non-scaling-stroke" />}
      {points.map((p) => (
        <circle
          key={p.t}
          cx={x(p.t)}
          cy={y(p.score)}
          r={points.length > 60 ? 1.5 : 2.5}
          fill={p.score <= -0.5 ? 'var(--ps-critical, #dc2626)' : 'var(--ps-accent, #6366f1)'}
          style={onSelectTime ? { cursor: 'pointer' } : undefined}
          onClick={onSelectTime ? () => onSelectTime(p.t) : undefined}
        >
          <title>{`${formatX(p.t)}: ${p.score.toFixed(2)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
