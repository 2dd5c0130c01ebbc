/**
 * Coaching engine speed on a generated 1-hour call (~1,200 segments): the post-call run and
 * the live run one segment at a time (in realistic, slightly out-of-order arrival), as medians
 * over repeated runs after a warm-up. Targets: < 20 ms for the hour, < 0.5 ms per segment.
 */
import { analyzeCall, withSentiment } from '../core/analyze.ts';
import { createLiveAnalyzer } from '../core/live-analyzer.ts';
import { defaultPlaybook, parsePlaybook } from '../core/playbook.ts';
import { rules } from '../core/rules/index.ts';
import { scoreSentiment } from '../core/sentiment/lexicon.ts';
import { arrivalOrder, generateDialogue } from '../test/core/analyze-dialogue.ts';

const POST_CALL_TARGET_MS = 20;
const PER_SEGMENT_TARGET_MS = 0.5;
const WARMUP = 5;
const RUNS = 25;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const verdict = (value: number, target: number) => (value < target ? 'PASS' : 'FAIL');
const ms = (x: number) => `${x.toFixed(3)} ms`;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  const playbook = parsePlaybook({ competitors: ['Gong', 'Chorus'], trackers: { onboarding: ['onboarding', 'training session'] } }, defaultPlaybook);
  // In the product the ASR worker scores sentiment with each utterance; the bench does the same up front.
  const raw = generateDialogue({ seed: 42, seconds: 3600, callId: 'bench-hour' });
  const segments = raw.map((s) => withSentiment(s));
  const arrival = arrivalOrder(segments, 3);
  const outOfOrder = arrival.filter((s, i) => i > 0 && s.start < arrival[i - 1].start).length;
  console.log(`call: ${segments.length} segments, ${(segments.at(-1)!.end / 60).toFixed(1)} min, ${outOfOrder} arrive out of start order; ${rules.length} rules registered`);
  if (rules.length === 0) console.log('note: the rule registry is empty, so these figures cover the engine without rules');

  const post: number[] = [];
  let moments = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = time(() => (moments = analyzeCall({ segments, playbook }).moments.length));
    if (i >= WARMUP) post.push(t);
  }
  const postMedian = median(post);

  const perSegment: number[] = [];
  const liveTotals: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const live = createLiveAnalyzer({ callId: 'bench-hour', playbook });
    const times = arrival.map((seg) => time(() => live.push(seg)));
    const total = times.reduce((a, b) => a + b, 0) + time(() => live.end());
    if (i >= WARMUP) {
      perSegment.push(...times);
      liveTotals.push(total);
    }
  }
  const segMedian = median(perSegment);
  const liveMedian = median(liveTotals);

  const sentiment = median(Array.from({ length: 5 }, () => time(() => raw.forEach((s) => scoreSentiment(s.text)))));

  console.log(`post-call analysis, 1-hour call: median ${ms(postMedian)} (p90 ${ms(quantile(post, 0.9))}) over ${RUNS} runs, ${moments} moments; target < ${POST_CALL_TARGET_MS} ms: ${verdict(postMedian, POST_CALL_TARGET_MS)}`);
  console.log(`live, per segment: median ${ms(segMedian)}, p99 ${ms(quantile(perSegment, 0.99))}, max ${ms(Math.max(...perSegment))}; target < ${PER_SEGMENT_TARGET_MS} ms: ${verdict(segMedian, PER_SEGMENT_TARGET_MS)}`);
  console.log(`live total for the hour: median ${ms(liveMedian)}; live-total / post-call = ${(liveMedian / postMedian).toFixed(2)}`);
  console.log(`lexicon sentiment (VADER) for all ${raw.length} segments, when the ASR worker has not scored them: ${ms(sentiment)} (${ms(sentiment / raw.length)} per segment)`);

  if (rules.length > 0) {
    const perRule = rules.map((rule) => ({
      kind: rule.kind,
      t: median(Array.from({ length: 7 }, () => time(() => analyzeCall({ segments, playbook, rules: [rule] })))),
    }));
    const base = median(Array.from({ length: 7 }, () => time(() => analyzeCall({ segments, playbook, rules: [] }))));
    perRule.sort((a, b) => b.t - a.t);
    console.log(`engine without rules: ${ms(base)}; slowest rules over the hour (engine included):`);
    for (const { kind, t } of perRule.slice(0, 5)) console.log(`  ${kind.padEnd(26)} ${ms(t)}`);
  }
}
