import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatClock } from '../../components/format-clock.ts';
import { SentimentLine } from '../../components/SentimentLine.tsx';
import { api, type RepAnalytics } from '../api.ts';
import { BarTable } from '../charts/BarTable.tsx';
import { StackedBars } from '../charts/StackedBars.tsx';
import { formatDay, signed } from '../format.ts';
import { SentimentBadge } from '../SentimentBadge.tsx';
import { playbook, talkRatioLimit } from '../store.ts';
import { useResource } from '../use-resource.ts';

const DAY = 86_400_000;
const RANGES = [
  ['7', 'Last 7 days'],
  ['30', 'Last 30 days'],
  ['90', 'Last 90 days'],
  ['365', 'Last 12 months'],
  ['all', 'All time'],
] as const;

function Tile({ label, value }: { label: string; value: ComponentChildren }) {
  return (
    <div class="m-tile">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function teamTotals(reps: RepAnalytics[]) {
  const calls = reps.reduce((n, r) => n + r.calls, 0);
  const objections = reps.reduce((n, r) => n + Object.values(r.objections).reduce((a, b) => a + b, 0), 0);
  const scored = reps.filter((r) => r.sentimentMean !== null && r.calls > 0);
  const sentiment = scored.length ? scored.reduce((s, r) => s + r.sentimentMean! * r.calls, 0) / scored.reduce((n, r) => n + r.calls, 0) : null;
  const ratios = reps.filter((r) => r.talkRatio !== null);
  const talk = ratios.length ? ratios.reduce((s, r) => s + r.talkRatio!, 0) / ratios.length : null;
  return { calls, objections, sentiment, talk };
}

/** Team dashboard: per-rep talk ratio, longest monologue, question rate, objections by kind, sentiment by week. */
export function DashboardPage() {
  const [range, setRange] = useState<string>('90');
  const { data, error, loading } = useResource(
    (signal) => api.team(range === 'all' ? {} : { from: Date.now() - Number(range) * DAY }, signal),
    [range],
  );
  const reps = data?.reps ?? [];
  const totals = teamTotals(reps);
  const monologueLimit = playbook.value?.limits.monologueSeconds ?? 60;
  return (
    <section class="m-stack" aria-labelledby="dash-title">
      <div class="m-page-head m-page-head--row">
        <div>
          <h1 id="dash-title">Team dashboard</h1>
          <p class="m-muted">How each rep's calls went, from the calls they synced.</p>
        </div>
        <label class="m-field">
          Period
          <select value={range} onChange={(e) => setRange(e.currentTarget.value)}>
            {RANGES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p class="m-error" role="alert">
          {error.message}
        </p>
      )}
      {loading && !data && <p class="m-loading">Loading…</p>}
      {data && (
        <>
          <dl class="m-tiles" aria-label="Team totals">
            <Tile label="Calls" value={totals.calls} />
            <Tile label="Mean rep talk ratio" value={totals.talk === null ? '—' : `${Math.round(totals.talk * 100)}%`} />
            <Tile label="Objections" value={totals.objections} />
            <Tile label="Customer sentiment" value={<SentimentBadge score={totals.sentiment} />} />
          </dl>
          <div class="m-chart-grid">
            <section class="m-card">
              <BarTable
                caption="Rep talk ratio"
                rows={reps.map((r) => ({ key: r.userId, label: r.name, value: r.talkRatio, text: `${Math.round((r.talkRatio ?? 0) * 100)}%` }))}
                max={1}
                marker={{ value: talkRatioLimit.value, label: `Playbook limit ${Math.round(talkRatioLimit.value * 100)}%` }}
                warnAboveMarker
              />
            </section>
            <section class="m-card">
              <BarTable
                caption="Longest monologue"
                rows={reps.map((r) => ({ key: r.userId, label: r.name, value: r.longestMonologue, text: formatClock(r.longestMonologue ?? 0) }))}
                marker={{ value: monologueLimit, label: `Playbook limit ${formatClock(monologueLimit)}` }}
                warnAboveMarker
              />
            </section>
            <section class="m-card">
              <BarTable caption="Questions per minute (mean)" rows={reps.map((r) => ({ key: r.userId, label: r.name, value: r.questionRate, text: (r.questionRate ?? 0).toFixed(1) }))} />
            </section>
            <section class="m-card">
              <StackedBars caption="Objections by kind" rows={reps.map((r) => ({ key: r.userId, label: r.name, counts: r.objections }))} />
            </section>
          </div>
          <section class="m-card" aria-labelledby="trend-title">
            <h2 id="trend-title">Customer sentiment by week</h2>
            <ul class="m-trends">
              {reps.map((r) => {
                const points = r.sentimentByWeek.filter((w) => w.mean !== null).map((w) => ({ t: w.weekStart, score: w.mean! }));
                return (
                  <li key={r.userId} class="m-trend">
                    <h3>
                      {r.name} <span class="m-muted">{r.calls} calls{r.sentimentMean !== null ? `, mean ${signed(r.sentimentMean)}` : ''}</span>
                    </h3>
                    {points.length ? (
                      <SentimentLine points={points} height={56} label={`${r.name}: weekly customer sentiment`} formatX={(t) => `week of ${formatDay(t)}`} />
                    ) : (
                      <p class="m-muted">No scored calls in this period.</p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      )}
    </section>
  );
}
