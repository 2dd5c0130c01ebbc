/**
 * Sync batches that look like a real team's week, for the manager app's end-to-end test and its
 * screenshots: one scripted discovery call with known lines and moments, and a few shorter calls
 * per rep spread over the last weeks (so the dashboard has trends to draw).
 */
import type { SyncPush, SyncSegment } from '../../core/sync-schema.ts';
import { makeCall, makeMoment, makeSegment } from '../server/make-sync-items.ts';

const DAY = 86_400_000;

type Line = [speaker: 'rep' | 'customer', text: string, sentiment?: number];

export const SCRIPT: Line[] = [
  ['rep', 'Thanks for making the time today. How is the quarter going for your team?'],
  ['customer', 'Busy, honestly. We are onboarding six new reps and the ramp is slow.', -0.1],
  ['rep', 'What does ramp look like today, from first day to first closed deal?'],
  ['customer', 'About five months. Leadership wants it under three.', 0.0],
  ['rep', 'Got it. Where do new reps get stuck the most on calls?'],
  ['customer', 'Pricing conversations. They freeze when a buyer pushes back.', -0.3],
  ['rep', 'That is exactly where live coaching helps. Cards show up the moment pricing comes up.'],
  ['customer', 'Honestly the budget is tight this quarter, and it seems expensive for what it is.', -0.6],
  ['rep', 'Compared to what? What does a five-month ramp cost you per rep?'],
  ['customer', 'We looked at Gong last year, but it felt heavy for a team our size.', -0.2],
  ['rep', 'Makes sense. What did you like about it, and where did it fall short?'],
  ['customer', 'The insights were good. The setup took forever and nobody used it.', 0.1],
  ['rep', 'Our setup is one click in the browser. Could we run a two-week pilot with the new reps?'],
  ['customer', 'That could work. How fast could onboarding start?', 0.5],
  ['rep', 'Next Monday. Does Tuesday at 10 work to walk your team lead through it?'],
  ['customer', 'Tuesday at 10 works. Send me the invite.', 0.7],
];

function scripted(callId: string, lines: Line[], startedAt: number): SyncSegment[] {
  let t = 2;
  return lines.map(([speaker, text, score]) => {
    const len = Math.max(3, text.split(' ').length * 0.42);
    const seg = makeSegment(callId, {
      speaker,
      start: t,
      end: t + len,
      text,
      updatedAt: startedAt,
      ...(score === undefined ? {} : { sentiment: { score, label: score >= 0.2 ? 'positive' : score <= -0.2 ? 'negative' : 'neutral' } }),
    });
    t += len + 0.8;
    return seg;
  });
}

/** The scripted discovery call: its segments in order, and moments anchored at known lines. */
export function discoveryCall(now: number): SyncPush {
  const startedAt = now - 2 * DAY;
  const call = makeCall({ title: 'Northwind — discovery call', platform: 'meet', startedAt, updatedAt: startedAt });
  const segments = scripted(call.id, SCRIPT, startedAt);
  call.duration = Math.ceil(segments[segments.length - 1].end + 2);
  const at = (i: number, kind: string, severity: 'info' | 'warning' | 'critical', extra: object = {}) =>
    makeMoment(call.id, { kind, severity, speaker: segments[i].speaker, start: segments[i].start, end: segments[i].end, text: segments[i].text, segmentId: segments[i].id, updatedAt: startedAt, ...extra });
  const moments = [
    at(5, 'pricing.discussed', 'info'),
    at(7, 'objection.price', 'warning', { suggestion: 'Acknowledge it, then dig: "Compared to what?"' }),
    at(9, 'objection.competitor', 'warning', { competitor: 'Gong', suggestion: 'Ask what they liked and where it fell short.' }),
    at(13, 'buying_signal', 'info'),
    at(15, 'next_steps', 'info'),
  ];
  call.metrics = { talkRatio: 0.48, longestMonologue: 9, interactivity: 4.5, patience: 0.8, questionRate: 1.7, fillerRate: 0.5, wordsPerMinute: 148, duration: call.duration, customerSentimentMean: 0.01, customerSentimentMin: -0.6 };
  return { calls: [call], segments, moments };
}

const OTHER: [title: string, daysAgo: number, kinds: string[], scores: number[], talk: number, monologue: number][] = [
  ['Contoso — renewal check-in', 5, ['objection.timing', 'risk.churn'], [-0.4, -0.5, 0.1], 0.7, 95],
  ['Fabrikam — pricing follow-up', 9, ['objection.price', 'objection.authority'], [-0.2, 0.2, 0.3], 0.62, 48],
  ['Tailspin — demo', 15, ['buying_signal', 'objection.security'], [0.3, 0.4], 0.55, 70],
  ['Litware — intro', 22, ['objection.need'], [0.0, -0.1], 0.74, 120],
  ['Adventure Works — QBR', 29, ['objection.price', 'next_steps'], [0.4, 0.5], 0.5, 35],
];

/** Shorter calls over the last month; `skew` varies the numbers per rep. */
export function pastCalls(now: number, skew: number): SyncPush {
  const out: SyncPush = { calls: [], segments: [], moments: [] };
  OTHER.forEach(([title, daysAgo, kinds, scores, talk, monologue], i) => {
    if ((i + skew) % 4 === 3) return;
    const startedAt = now - (daysAgo + skew) * DAY;
    const talkRatio = Math.min(0.9, talk + skew * 0.04);
    const call = makeCall({ title, startedAt, duration: 1500 + i * 240, updatedAt: startedAt, platform: i % 2 ? 'zoom' : 'teams' });
    call.metrics = { talkRatio, longestMonologue: monologue + skew * 14, questionRate: 1.1 + ((i + skew) % 3) * 0.5, customerSentimentMean: null };
    const lines: Line[] = scores.flatMap((s, j) => [
      ['rep', `Walking through item ${j + 1} of the agenda, with questions as we go.`] as Line,
      ['customer', j % 2 ? 'That makes sense for our team.' : 'We need to think about the timing here.', s - skew * 0.1] as Line,
    ]);
    const segments = scripted(call.id, lines, startedAt);
    for (const s of segments) if (s.speaker === 'rep') s.end = s.start + 6 * talkRatio * 2;
    out.calls.push(call);
    out.segments.push(...segments);
    out.moments.push(...kinds.map((kind, k) => makeMoment(call.id, { kind, severity: 'warning', start: segments[k * 2 + 1].start, end: segments[k * 2 + 1].end, text: segments[k * 2 + 1].text, updatedAt: startedAt })));
  });
  return out;
}
