/**
 * Coaching engine speed on a generated 1-hour call (~1,150 segments): the post-call run and
 * the live run one segment at a time (in realistic, slightly out-of-order arrival), as medians
 * and p95 over repeated runs after a warm-up. Targets: < 20 ms for the hour, < 0.5 ms per segment.
 *
 * The generated call repeats a few dozen sentences, and the text analysis is memoised by text
 * (a segment is read by many rules, and again by look-back rules and a live rebuild), so after
 * the first run most of it is cache hits. The post-call figure is therefore given twice: on the
 * call as generated, and on a copy of it whose every segment text is unique (a distinct run of
 * trailing white space, which normalisation removes: same moments, no cache hits), as a real
 * call's would be. CPU time is shown next to wall time: on a shared machine wall time is noisy.
 */
import { analyzeCall, withSentiment } from '../core/analyze.ts';
import { createLiveAnalyzer } from '../core/live-analyzer.ts';
import { defaultPlaybook, parsePlaybook } from '../core/playbook.ts';
import { rules } from '../core/rules/index.ts';
import type { Rule } from '../core/rules/define-rule.ts';
import { scoreSentiment } from '../core/sentiment/lexicon.ts';
import { modelKinds } from '../core/text/segment-classifier.ts';
import { arrivalOrder, generateDialogue } from '../test/core/analyze-dialogue.ts';
import type { Moment, Segment } from '../core/types.ts';
import { loadavg } from 'node:os';

const POST_CALL_TARGET_MS = 20;
const PER_SEGMENT_TARGET_MS = 0.5;
const WARMUP = 5;
const RUNS = 40;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const verdict = (value: number, target: number) => (value < target ? 'PASS' : 'FAIL');
const ms = (x: number) => `${x.toFixed(3)} ms`;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Wall and CPU (user + system, this process) milliseconds of one call. */
function timeBoth(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const wall = time(fn);
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/** A run of spaces and tabs spelling `n` in binary: appended to a text, unique, and gone after normalisation. */
const uniqueSuffix = (n: number) => n.toString(2).replace(/0/g, ' ').replace(/1/g, '\t');

/** What a moment says, without its text (which quotes the segment, white space included). */
const gist = (list: readonly Moment[]) => JSON.stringify(list.map(({ text: _text, ...rest }) => rest));

export async function run(): Promise<void> {
  const playbook = parsePlaybook({ competitors: ['Gong', 'Chorus'], trackers: { onboarding: ['onboarding', 'training session'] } }, defaultPlaybook);
  // In the product the ASR worker scores sentiment with each utterance; the bench does the same up front.
  const raw = generateDialogue({ seed: 42, seconds: 3600, callId: 'bench-hour' });
  const segments = raw.map((s) => withSentiment(s));
  const arrival = arrivalOrder(segments, 3);
  const outOfOrder = arrival.filter((s, i) => i > 0 && s.start < arrival[i - 1].start).length;
  console.log(`machine: load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min), wall times include waiting for a core`);
  console.log(`call: ${segments.length} segments, ${(segments.at(-1)!.end / 60).toFixed(1)} min, ${outOfOrder} arrive out of start order; ${rules.length} rules registered`);
  if (rules.length === 0) console.log('note: the rule registry is empty, so these figures cover the engine without rules');

  const post: number[] = [];
  const postCpu: number[] = [];
  let result: Moment[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = timeBoth(() => (result = analyzeCall({ segments, playbook }).moments));
    if (i >= WARMUP) {
      post.push(t.wall);
      postCpu.push(t.cpu);
    }
  }
  const moments = result.length;
  const postMedian = median(post);

  // Every run on its own copy of the call with every text unique (warm-up runs too).
  let copyCount = 0;
  const uniqueCopy = (): Segment[] => {
    const run = copyCount++;
    return segments.map((s, i) => ({ ...s, text: s.text + uniqueSuffix(1 + run * segments.length + i) }));
  };
  const copies: Segment[][] = Array.from({ length: WARMUP + RUNS }, uniqueCopy);
  const fresh: number[] = [];
  const freshCpu: number[] = [];
  let freshResult: Moment[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = timeBoth(() => (freshResult = analyzeCall({ segments: copies[i], playbook }).moments));
    if (i >= WARMUP) {
      fresh.push(t.wall);
      freshCpu.push(t.cpu);
    }
  }
  const freshMedian = median(fresh);
  if (gist(freshResult) !== gist(result)) console.log('warning: the unique-text copy gave other moments than the call; its figure is not comparable');

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

  console.log(`post-call analysis, 1-hour call: median ${ms(postMedian)}, p95 ${ms(quantile(post, 0.95))} (CPU median ${ms(median(postCpu))}) over ${RUNS} runs after ${WARMUP} warm-up, ${moments} moments; target < ${POST_CALL_TARGET_MS} ms: ${verdict(postMedian, POST_CALL_TARGET_MS)}`);
  console.log(`post-call analysis, same call with every text unique (no text-cache hits): median ${ms(freshMedian)}, p95 ${ms(quantile(fresh, 0.95))} (CPU median ${ms(median(freshCpu))}); target < ${POST_CALL_TARGET_MS} ms: ${verdict(freshMedian, POST_CALL_TARGET_MS)}`);
  console.log(`live, per segment: median ${ms(segMedian)}, p95 ${ms(quantile(perSegment, 0.95))}, p99 ${ms(quantile(perSegment, 0.99))}, max ${ms(Math.max(...perSegment))}; target < ${PER_SEGMENT_TARGET_MS} ms: ${verdict(segMedian, PER_SEGMENT_TARGET_MS)}`);
  console.log(`live total for the hour: median ${ms(liveMedian)}; live-total / post-call = ${(liveMedian / postMedian).toFixed(2)}`);
  console.log(`lexicon sentiment (VADER) for all ${raw.length} segments, when the ASR worker has not scored them: ${ms(sentiment)} (${ms(sentiment / raw.length)} per segment)`);

  // The learned layer scores each segment once (cached per segment object): on fresh copies, every segment is scored.
  const learned = Array.from({ length: 9 }, () => {
    const input = uniqueCopy();
    return timeBoth(() => input.forEach((_, i) => modelKinds(input, i)));
  });
  console.log(`learned layer (segment-classifier) on the unique-text hour: median ${ms(median(learned.map((t) => t.wall)))} (CPU ${ms(median(learned.map((t) => t.cpu)))}), ${ms(median(learned.map((t) => t.wall)) / segments.length)} per segment`);

  if (rules.length > 0) {
    // Each rule alone, on the call and on unique-text copies (a rule alone also pays the text analysis the rules share).
    const alone = (only: readonly Rule[], fresh: boolean) =>
      median(Array.from({ length: 7 }, () => {
        const input = fresh ? uniqueCopy() : segments;
        return time(() => analyzeCall({ segments: input, playbook, rules: only }));
      }));
    const perRule = rules.map((rule) => ({ kind: rule.kind, t: alone([rule], false), fresh: alone([rule], true) }));
    perRule.sort((a, b) => b.fresh - a.fresh);
    console.log(`engine without rules: ${ms(alone([], false))} (unique texts ${ms(alone([], true))}); slowest rules alone over the hour (engine included), call / unique texts:`);
    for (const { kind, t, fresh } of perRule.slice(0, 6)) console.log(`  ${kind.padEnd(26)} ${ms(t)} / ${ms(fresh)}`);
  }
}
