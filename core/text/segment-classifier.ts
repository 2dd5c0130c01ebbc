/**
 * The learned layer of the text rules: a linear model per moment kind over a segment's words
 * (unigrams, bigrams, words in a negation's scope, a question flag) and the previous turn's
 * words, trained on the annotated call corpus by `scripts/eval/train-classifier.ts` into
 * `segment-model.json`. The phrase rules stay the first word; the model adds a moment where no
 * phrase fired but the wording is close to what annotators flagged in hundreds of other calls
 * ("felt a touch steep", "it's his call", "can we talk about a start date?").
 *
 * A pure function of `segments[at]` and `segments[at - 1]`, so the live run and the post-call run
 * agree.
 */
import type { MomentKind, Segment } from '../types.ts';
import model from './segment-model.json';

export interface SegmentModel {
  /** Bumped when `features` changes: a model trained on other features must not be used. */
  readonly featureVersion: number;
  readonly kinds: readonly MomentKind[];
  /** Per kind: only customer segments are scored (objections, buying signals, churn). */
  readonly customerOnly: readonly boolean[];
  readonly bias: readonly number[];
  /** Per kind: the logit above which the model adds a moment (chosen on held-out batches). */
  readonly threshold: readonly number[];
  /** feature -> [kind index, weight, kind index, weight, ...] */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

export const FEATURE_VERSION = 1;

const NEGATORS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'without', 'none', 'neither', 'nor', 'hardly']);
/** How many words after a negator are marked as negated. */
const NEGATION_SCOPE = 3;

/** Lower-cased words, with amounts, percentages and other numbers folded into one token each. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\$\s?\d[\d,.]*k?|\b\d[\d,.]*\s?(?:k|grand|dollars|bucks|euros|pounds)\b/g, ' <money> ')
    .replace(/\d+(?:[.,]\d+)?\s?%|\bpercent\b/g, ' <pct> ')
    .replace(/\b\d[\d,.]*\b/g, ' <num> ')
    .split(/[^a-z0-9'<>]+/)
    .filter(Boolean);
}

const isQuestion = (text: string) => /\?\s*$/.test(text);

/** The features of one turn, given the turn before it (if any). */
export function features(text: string, previous?: string): string[] {
  const w = words(text);
  const out = new Set<string>();
  let negated = 0;
  for (let k = 0; k < w.length; k++) {
    const t = w[k];
    out.add(t);
    if (negated > 0) {
      out.add('!' + t);
      negated--;
    }
    if (NEGATORS.has(t) || t.endsWith("n't")) negated = NEGATION_SCOPE;
    if (k > 0) out.add(w[k - 1] + ' ' + t);
  }
  if (isQuestion(text)) out.add('#q');
  if (previous !== undefined) {
    for (const t of words(previous)) out.add('p:' + t);
    if (isQuestion(previous)) out.add('p#q');
  }
  return [...out];
}

/** Per-kind logits of a linear model for a feature list (bias included). */
export function logits(m: SegmentModel, feats: readonly string[]): Float64Array {
  const z = Float64Array.from(m.bias);
  for (const f of feats) {
    const pairs = m.weights[f];
    if (!pairs) continue;
    for (let j = 0; j < pairs.length; j += 2) z[pairs[j]] += pairs[j + 1];
  }
  return z;
}

const shipped = model as unknown as SegmentModel;
if (shipped.featureVersion !== FEATURE_VERSION) {
  throw new Error(`segment-model.json was trained on feature version ${shipped.featureVersion}, the code extracts version ${FEATURE_VERSION}: run npx tsx scripts/eval/train-classifier.ts`);
}
const KIND_INDEX = new Map(shipped.kinds.map((k, i) => [k, i]));

/** The kinds the shipped model flags at `segments[at]`; cached per segment object. */
const cache = new WeakMap<Segment, { previous: string | undefined; kinds: ReadonlySet<MomentKind> }>();

export function modelKinds(segments: readonly Segment[], at: number, m: SegmentModel = shipped): ReadonlySet<MomentKind> {
  const seg = segments[at];
  const previous = at > 0 ? segments[at - 1].text : undefined;
  if (m === shipped) {
    const hit = cache.get(seg);
    if (hit && hit.previous === previous) return hit.kinds;
  }
  const z = logits(m, features(seg.text, previous));
  const kinds = new Set<MomentKind>();
  for (let k = 0; k < m.kinds.length; k++) {
    if (m.customerOnly[k] && seg.speaker !== 'customer') continue;
    if (z[k] > m.threshold[k]) kinds.add(m.kinds[k]);
  }
  if (m === shipped) cache.set(seg, { previous, kinds });
  return kinds;
}

/** Whether the shipped model flags `kind` at `segments[at]` (false for kinds it was not trained on). */
export function modelSays(kind: MomentKind, segments: readonly Segment[], at: number): boolean {
  return KIND_INDEX.has(kind) && modelKinds(segments, at).has(kind);
}
