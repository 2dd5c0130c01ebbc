/**
 * Trains the learned layer of the text rules (core/text/segment-classifier.ts) on the annotated
 * corpus (the tune and train splits; never the held-out split) and writes
 * core/text/segment-model.json.
 *
 * - One logistic regression per kind (FTRL-Proximal, a fixed seed: the output is deterministic),
 *   over the features in segment-classifier.ts. Customer-only kinds train on customer turns only.
 * - Thresholds: out of fold (see chooseThresholds), the lowest logit at which the model alone
 *   keeps TARGET_PRECISION, never below 0 (the model must find the kind more likely than not); a kind where it cannot gets an unreachable threshold (model silent).
 * - The held-out split (test/fixtures/calls/holdout) is never read.
 *
 * Run: npx tsx scripts/eval/train-classifier.ts [--check]   (--check: exit 1 if the JSON is stale)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FEATURE_VERSION, features, logits, type SegmentModel } from '../../core/text/segment-classifier.ts';
import type { MomentKind, Segment } from '../../core/types.ts';
import { loadCorpus, type CorpusCall } from './eval-rules.ts';
import { labelledTurns, type LabelledTurn } from '../../test/fixtures/rule-turns.ts';

const OUT = resolve(import.meta.dirname, '../../core/text/segment-model.json');

/** The kinds the model may add; next_steps.missing is call-level, pricing/competitor/next_steps have their own logic. */
export const LEARNED_KINDS: readonly MomentKind[] = [
  'objection.price', 'objection.timing', 'objection.authority', 'objection.need', 'objection.security',
  'objection.competitor', 'buying_signal', 'risk.churn', 'pricing.discussed', 'next_steps',
];
const CUSTOMER_ONLY = new Set<MomentKind>([
  'objection.price', 'objection.timing', 'objection.authority', 'objection.need', 'objection.security',
  'objection.competitor', 'buying_signal', 'risk.churn',
]);
const FOLDS = 5;
/**
 * The labelled single turns are written to pin down hard cases (negations, look-alikes), one
 * example each against hundreds of call turns: in training each counts as this many.
 */
const TURN_WEIGHT = Number(process.env.TURN_WEIGHT ?? 3);
const EPOCHS = Number(process.env.EPOCHS ?? 8);
/** FTRL-Proximal: learning rate alpha, beta, L1 and L2 strengths. */
const ALPHA = Number(process.env.ALPHA ?? 0.5);
const BETA = 1;
const L1 = Number(process.env.L1 ?? 4);
const L2 = Number(process.env.L2 ?? 1);
/** Out of fold, the model alone must be right this often at its threshold... */
const TARGET_PRECISION = Number(process.env.TARGET_PRECISION ?? 0.8);
/** ...on at least this many turns, else the kind's model stays off. */
const MIN_HITS = 5;
/** Weights smaller than this are dropped from the JSON. */
const PRUNE = 0.02;
const NEVER = 1e9;

export interface Example {
  batch: string;
  feats: string[];
  speaker: Segment['speaker'];
  gold: Set<MomentKind>;
  /** The kinds this example is labelled for (positive or negative); undefined = all of them. */
  known?: Set<MomentKind>;
  /** How much the example counts in training (its gradient is scaled by it); 1 when unset. */
  weight?: number;
}

/** The writer's batch a call came from: `v16-03-...` is v16; the numbered tuning calls come in blocks of 12. */
export const batchOf = (id: string) => /^v(\d+)-/.exec(id)?.[0] ?? `tune-${Math.floor((Number.parseInt(id, 10) - 1) / 12)}`;

export function examples(calls: readonly CorpusCall[]): Example[] {
  const out: Example[] = [];
  for (const c of calls) {
    const segs = c.segments.map((s, i) => ({ ...s, id: `s${i}`, callId: c.id })) as Segment[];
    segs.forEach((s, i) => {
      const gold = new Set(c.labels.filter((l) => l.segment === i).map((l) => l.kind as MomentKind));
      out.push({ batch: batchOf(c.id), feats: features(s.text, segs[i - 1]?.text), speaker: s.speaker, gold });
    });
  }
  return out;
}

/** The single turns and short dialogues of test/fixtures/rule-turns.ts: their last turn, labelled for the kinds the case names. */
export function turnExamples(): Example[] {
  return labelledTurns().map(({ turns, want, not }) => {
    const [speaker, text] = turns[turns.length - 1];
    const gold = new Set(want as MomentKind[]);
    const known = not === 'all others' ? undefined : new Set([...want, ...not] as MomentKind[]);
    return { batch: 'turns', feats: features(text, turns[turns.length - 2]?.[1]), speaker, gold, known, weight: TURN_WEIGHT };
  });
}

/** A deterministic shuffle (Park-Miller). */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const a = [...xs];
  let s = seed;
  for (let n = a.length - 1; n > 0; n--) {
    s = (s * 16807) % 2147483647;
    const j = s % (n + 1);
    [a[n], a[j]] = [a[j], a[n]];
  }
  return a;
}

/**
 * Logistic regression for one kind, FTRL-Proximal (per-feature learning rates, L1 + L2): the L1
 * term leaves most of the tens of thousands of n-grams at exactly zero, so the shipped model is
 * small. Weights by feature, '' = bias.
 */
export function trainKind(kind: MomentKind, data: readonly Example[]): Map<string, number> {
  const rows = data.filter((e) => (!CUSTOMER_ONLY.has(kind) || e.speaker === 'customer') && (!e.known || e.known.has(kind)));
  const z = new Map<string, number>();
  const n = new Map<string, number>();
  const weight = (f: string) => {
    const zf = z.get(f) ?? 0;
    if (Math.abs(zf) <= L1 && f !== '') return 0;
    const l1 = f === '' ? 0 : L1;
    return -(zf - Math.sign(zf) * l1) / ((BETA + Math.sqrt(n.get(f) ?? 0)) / ALPHA + L2);
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of shuffled(rows, 1 + epoch)) {
      const fs = [...e.feats, ''];
      const w = fs.map(weight);
      const p = 1 / (1 + Math.exp(-w.reduce((a, b) => a + b, 0)));
      const g = (p - (e.gold.has(kind) ? 1 : 0)) * (e.weight ?? 1);
      fs.forEach((f, i) => {
        const nf = n.get(f) ?? 0;
        const sigma = (Math.sqrt(nf + g * g) - Math.sqrt(nf)) / ALPHA;
        z.set(f, (z.get(f) ?? 0) + g - sigma * w[i]);
        n.set(f, nf + g * g);
      });
    }
  }
  const out = new Map<string, number>();
  for (const f of z.keys()) {
    const w = weight(f);
    if (w !== 0) out.set(f, w);
  }
  return out;
}

export function toModel(kinds: readonly MomentKind[], trained: Map<string, number>[], threshold: number[]): SegmentModel {
  const weights: Record<string, number[]> = {};
  trained.forEach((w, k) => {
    if (threshold[k] >= NEVER) return;
    for (const [f, v] of w) {
      if (f === '' || Math.abs(v) < PRUNE) continue;
      (weights[f] ??= []).push(k, Math.round(v * 1000) / 1000);
    }
  });
  const sorted = Object.fromEntries(Object.keys(weights).sort().map((f) => [f, weights[f]]));
  return {
    featureVersion: FEATURE_VERSION,
    kinds,
    customerOnly: kinds.map((k) => CUSTOMER_ONLY.has(k)),
    bias: trained.map((w) => Math.round((w.get('') ?? 0) * 1000) / 1000),
    threshold,
    weights: sorted,
  };
}

interface KindReport { kind: MomentKind; threshold: number; model: [number, number, number] }

/**
 * Out-of-fold logits over the whole corpus (the writers' batches dealt into FOLDS folds, so a
 * fold is wording its model never saw), then per kind the
 * lowest threshold at which the model alone is right at least TARGET_PRECISION of the time.
 * Independent of the phrase rules, so tuning them does not move the model.
 */
export function chooseThresholds(data: readonly Example[]): { threshold: number[]; report: KindReport[] } {
  const batches = [...new Set(data.map((e) => e.batch))].sort();
  const foldOf = new Map(batches.map((b, i) => [b, i % FOLDS]));
  const oof: { e: Example; z: Float64Array }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = data.filter((e) => foldOf.get(e.batch) !== fold);
    const model = toModel(LEARNED_KINDS, LEARNED_KINDS.map((k) => trainKind(k, train)), LEARNED_KINDS.map(() => 0));
    for (const e of data) if (foldOf.get(e.batch) === fold) oof.push({ e, z: logits(model, e.feats) });
  }
  const threshold: number[] = [];
  const report: KindReport[] = [];
  LEARNED_KINDS.forEach((kind, k) => {
    const rows = oof.filter(({ e }) => (!CUSTOMER_ONLY.has(kind) || e.speaker === 'customer') && (!e.known || e.known.has(kind)));
    const tally = (th: number): [number, number, number] => {
      let tp = 0, fp = 0, fn = 0;
      for (const { e, z } of rows) {
        const fired = z[k] > th;
        const gold = e.gold.has(kind);
        if (fired && gold) tp++; else if (fired) fp++; else if (gold) fn++;
      }
      return [tp, fp, fn];
    };
    let chosen = { th: NEVER, t: tally(NEVER) };
    for (let th = 4; th >= 0; th -= 0.25) {
      const t = tally(th);
      if (t[0] >= MIN_HITS && t[0] / (t[0] + t[1]) >= TARGET_PRECISION) chosen = { th, t };
    }
    threshold.push(chosen.th);
    report.push({ kind, threshold: chosen.th, model: chosen.t });
  });
  return { threshold, report };
}

export function corpusHash(calls: readonly CorpusCall[], turns: readonly LabelledTurn[]): string {
  const h = createHash('sha256');
  h.update(`features v${FEATURE_VERSION}\n`);
  for (const c of calls) h.update(JSON.stringify([c.id, c.segments.map((s) => [s.speaker, s.text]), c.labels]));
  for (const t of turns) h.update(JSON.stringify(t));
  return h.digest('hex').slice(0, 16);
}

function main() {
  const calls = [...loadCorpus('tune'), ...loadCorpus('train')];
  const hash = corpusHash(calls, labelledTurns());
  if (process.argv.includes('--check')) {
    const shipped = JSON.parse(readFileSync(OUT, 'utf8')) as { corpus?: string };
    if (shipped.corpus !== hash) {
      console.error(`core/text/segment-model.json is stale (trained on ${shipped.corpus}, corpus is ${hash}): run npx tsx scripts/eval/train-classifier.ts`);
      process.exit(1);
    }
    console.log(`segment-model.json is in step with the tuning corpus (${hash})`);
    return;
  }
  const data = [...examples(calls), ...turnExamples()];
  const { threshold, report } = chooseThresholds(data);
  const model = toModel(LEARNED_KINDS, LEARNED_KINDS.map((k) => trainKind(k, data)), threshold);
  writeFileSync(OUT, JSON.stringify({ corpus: hash, ...model }) + '\n');
  const pr = ([tp, fp, fn]: [number, number, number]) => `P ${(tp / (tp + fp || 1)).toFixed(2)} R ${(tp / (tp + fn || 1)).toFixed(2)} (${tp}/${fp}/${fn})`;
  console.log(`trained on ${calls.length} calls, ${data.length} turns; thresholds: the model alone, out of fold (writers' batches in ${FOLDS} folds), precision >= ${TARGET_PRECISION}`);
  for (const r of report) {
    console.log(`${r.kind.padEnd(22)} ${(r.threshold >= NEVER ? 'model off' : `logit > ${r.threshold.toFixed(2)}`).padEnd(13)} model alone out of fold: ${pr(r.model)}`);
  }
  const sum = report.reduce<[number, number, number]>((a, r) => [a[0] + r.model[0], a[1] + r.model[1], a[2] + r.model[2]], [0, 0, 0]);
  console.log(`${'all kinds'.padEnd(36)} model alone out of fold: ${pr(sum)}`);
  console.log(`wrote ${OUT} (${Object.keys(model.weights).length} features)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
