/**
 * Precision and recall of the coaching rules over the annotated call corpus
 * (test/fixtures/calls/{tune,holdout}/*.json, built by scripts/eval/build-corpus.ts).
 *
 * Each call runs through analyzeCall with the default playbook (or --playbook FILE). A moment
 * matches a label when the kinds are equal and the moment starts in the labelled segment
 * (segment = the last segment whose start is <= the moment's start); call-level kinds
 * (next_steps.missing) match on kind alone. Only the text-based kinds are scored.
 *
 * Run: npx tsx scripts/eval/eval-rules.ts [tune|train|holdout|all] [--quiet] [--phrases-only] [--calls=91-106] (only calls whose number is in the range)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCall } from '../../core/analyze.ts';
import { defaultPlaybook } from '../../core/playbook.ts';
import type { Moment, Playbook, Segment } from '../../core/types.ts';
import { SPLITS, type Split } from './build-corpus.ts';

export const SCORED_KINDS = [
  'objection.price', 'objection.timing', 'objection.authority', 'objection.competitor', 'objection.need',
  'objection.security', 'buying_signal', 'next_steps', 'next_steps.missing', 'risk.churn', 'pricing.discussed',
] as const;

export interface CorpusLabel { kind: string; segment: number | null }
export interface CorpusCall {
  id: string;
  title?: string;
  segments: { speaker: 'rep' | 'customer'; start: number; end: number; text: string }[];
  labels: CorpusLabel[];
}

export interface Miss { call: string; kind: string; segment: number | null; speaker?: string; text: string }
export interface KindScore { tp: number; fp: number; fn: number; precision: number; recall: number }
export interface EvalResult {
  perKind: Record<string, KindScore>;
  overall: KindScore;
  falsePositives: Miss[];
  falseNegatives: Miss[];
}

export const CORPUS_DIR = 'test/fixtures/calls';

export function loadCorpus(split: Split, root = CORPUS_DIR): CorpusCall[] {
  const dir = join(root, split);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusCall);
}

function segmentOf(segments: readonly Segment[], start: number): number {
  let idx = 0;
  for (let i = 0; i < segments.length; i++) if (segments[i].start <= start + 1e-6) idx = i;
  return idx;
}

export const score = (tp: number, fp: number, fn: number): KindScore => ({
  tp, fp, fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

export function evaluateCalls(calls: readonly CorpusCall[], playbook: Playbook = defaultPlaybook): EvalResult {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(SCORED_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const falsePositives: Miss[] = [];
  const falseNegatives: Miss[] = [];
  for (const call of calls) {
    const segments: Segment[] = call.segments.map((s, i) => ({ ...s, id: `${call.id}-${i}`, callId: call.id }));
    const { moments } = analyzeCall({ call: { id: call.id }, segments, playbook });
    const key = (kind: string, seg: number | null) => `${kind}@${seg}`;
    const predicted = new Map<string, Moment>();
    for (const m of moments) {
      if (!counts.has(m.kind)) continue;
      const seg = m.kind === 'next_steps.missing' ? null : segmentOf(segments, m.start);
      if (!predicted.has(key(m.kind, seg))) predicted.set(key(m.kind, seg), m);
    }
    const gold = new Set<string>();
    for (const l of call.labels) if (counts.has(l.kind)) gold.add(key(l.kind, l.segment));
    const describe = (kind: string, seg: number | null): Miss => ({
      call: call.id, kind, segment: seg,
      speaker: seg === null ? undefined : call.segments[seg]?.speaker,
      text: seg === null ? '(call-level)' : call.segments[seg]?.text ?? '?',
    });
    for (const k of gold) {
      const [kind, segStr] = k.split('@');
      const seg = segStr === 'null' ? null : Number(segStr);
      const c = counts.get(kind)!;
      if (predicted.has(k)) c.tp++;
      else { c.fn++; falseNegatives.push(describe(kind, seg)); }
    }
    for (const k of predicted.keys()) {
      if (gold.has(k)) continue;
      const [kind, segStr] = k.split('@');
      counts.get(kind)!.fp++;
      falsePositives.push(describe(kind, segStr === 'null' ? null : Number(segStr)));
    }
  }
  const perKind: Record<string, KindScore> = {};
  let tp = 0, fp = 0, fn = 0;
  for (const [kind, c] of counts) {
    perKind[kind] = score(c.tp, c.fp, c.fn);
    tp += c.tp; fp += c.fp; fn += c.fn;
  }
  return { perKind, overall: score(tp, fp, fn), falsePositives, falseNegatives };
}

export function formatResult(title: string, r: EvalResult, verbose = true): string {
  const pct = (x: number) => x.toFixed(2);
  const lines = [`== ${title}`, 'kind                    tp  fp  fn  precision  recall'];
  const row = (k: string, s: KindScore) =>
    `${k.padEnd(22)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`;
  for (const [k, s] of Object.entries(r.perKind)) lines.push(row(k, s));
  lines.push(row('OVERALL', r.overall));
  if (verbose) {
    const show = (m: Miss) => `  ${m.kind.padEnd(20)} ${m.call} #${m.segment ?? '-'} ${m.speaker ?? ''}: ${m.text}`;
    if (r.falsePositives.length) lines.push('false positives:', ...r.falsePositives.map(show));
    if (r.falseNegatives.length) lines.push('false negatives:', ...r.falseNegatives.map(show));
  }
  return lines.join('\n');
}

function main(argv: string[]) {
  const which = argv.find((a) => !a.startsWith('--')) ?? 'all';
  const quiet = argv.includes('--quiet');
  // --phrases-only: the phrase rules without the learned layer (core/text/segment-classifier.ts)
  const playbook = argv.includes('--phrases-only') ? { ...defaultPlaybook, learnedLayer: false } : defaultPlaybook;
  const range = argv.find((a) => a.startsWith('--calls='))?.slice('--calls='.length).split('-').map(Number);
  const inRange = (id: string) => {
    if (!range) return true;
    const n = parseInt(id, 10);
    return n >= range[0] && n <= (range[1] ?? range[0]);
  };
  const splits = which === 'all' ? SPLITS : ([which] as Split[]);
  for (const split of splits) {
    const calls = loadCorpus(split).filter((c) => inRange(c.id));
    if (!calls.length) {
      console.log(`== ${split}: no calls (test/fixtures/calls/${split} is missing or empty; run scripts/eval/build-corpus.ts)\n`);
      continue;
    }
    console.log(formatResult(`${split} (${calls.length} calls)${playbook.learnedLayer ? '' : ', phrase rules only'}`, evaluateCalls(calls, playbook), !quiet));
    console.log();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
