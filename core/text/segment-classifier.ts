/**
 * The learned layer of the text rules: a linear model per moment kind over a segment's words
 * (unigrams, bigrams, words in a negation's scope, a question flag) and the previous turn's
 * words, trained on the annotated call corpus by `scripts/eval/train-classifier.ts` into
 * `segment-model.json`. The phrase rules stay the first word; the model adds a moment where no
 * phrase fired but the wording is close to what annotators flagged in hundreds of other calls
 * ("felt a touch steep", "it's his call", "can we talk about a start date?").
 *
 * It also has a veto: a phrase match on a turn the model finds very unlikely to be that kind
 * (logit below VETO_LOGIT, about a 2% chance) is dropped ("we're not worried about budget" is
 * caught by the negation handling; "our renewal rate is sixty-eight percent" is not a price).
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

export const FEATURE_VERSION = 2;

/** Below this logit the model vetoes a phrase rule's moment of its kind (p < 0.018). */
export const VETO_LOGIT = -4;

/** Title-case words that are not names: days, months, and words capitalised by habit. */
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', "i'm", "i'll", "i'd", "i've", 'ok', 'okay',
]);

/** A title-case word after a word or a comma and white space (not starting a sentence). */
const NAME = /[A-Z](?<=[A-Za-z0-9,]\s+[A-Z])[a-z][A-Za-z'’]*/g;

/**
 * The words a turn writes in title case inside a sentence, lower-cased: names of products,
 * vendors, people and teams ("we're on Collabforge", "that's Priya's call"). The model sees each
 * also as one token, <name>, so a name it never saw still counts.
 */
export function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const [word] of text.matchAll(NAME)) {
    const w = word.toLowerCase().replace(/[’‘]/g, "'").replace(/'s$/, '');
    if (!NOT_NAMES.has(w)) out.add(w);
  }
  return out;
}

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

/** The kinds of feature a turn has; `visitFeatures` names each with its word(s). */
type FeatureShape = 'word' | 'negated' | 'bigram' | 'question' | 'previous' | 'previousQuestion';

/**
 * The one definition of a turn's features, in order: each word (and <name> for a name, with its
 * pairs), the word again when a negation is in scope, the pair with the word before; the question
 * flag; then the previous turn's words and its question flag. A feature may be visited more than
 * once (a repeated word).
 */
function visitFeatures(
  w: readonly string[], text: string, previousWords: readonly string[] | undefined, previous: string | undefined,
  visit: (shape: FeatureShape, a?: string, b?: string) => void,
): void {
  let negated = 0;
  const names = namesIn(text);
  const asName = (t: string) => (names.size > 0 && names.has(t.endsWith("'s") ? t.slice(0, -2) : t) ? '<name>' : t);
  for (let k = 0; k < w.length; k++) {
    const t = w[k];
    visit('word', t);
    const shape = asName(t);
    if (shape !== t) {
      visit('word', shape);
      if (k > 0) visit('bigram', asName(w[k - 1]), shape);
    } else if (k > 0 && asName(w[k - 1]) !== w[k - 1]) visit('bigram', '<name>', t);
    if (negated > 0) {
      visit('negated', t);
      negated--;
    }
    if (NEGATORS.has(t) || t.endsWith("n't")) negated = NEGATION_SCOPE;
    if (k > 0) visit('bigram', w[k - 1], t);
  }
  if (isQuestion(text)) visit('question');
  if (previous !== undefined) {
    for (const t of previousWords!) visit('previous', t);
    if (isQuestion(previous)) visit('previousQuestion');
  }
}

const FEATURE_NAME: Record<FeatureShape, (a?: string, b?: string) => string> = {
  word: (a) => a!,
  negated: (a) => '!' + a,
  bigram: (a, b) => a + ' ' + b,
  question: () => '#q',
  previous: (a) => 'p:' + a,
  previousQuestion: () => 'p#q',
};

/** The features of one turn, given the turn before it (if any), each once. */
export function features(text: string, previous?: string): string[] {
  const out = new Set<string>();
  visitFeatures(words(text), text, previous === undefined ? undefined : words(previous), previous, (shape, a, b) => out.add(FEATURE_NAME[shape](a, b)));
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

/**
 * A model's weights indexed by feature shape (a word, a negated word, a bigram, a previous-turn
 * word, the question flags), so that scoring a turn looks its words up without building the
 * feature strings. Keys of no shape `features` makes are left out: they never match.
 */
interface WeightIndex {
  readonly word: Map<string, Weights>;
  readonly negated: Map<string, Weights>;
  readonly bigram: Map<string, Map<string, Weights>>;
  readonly previous: Map<string, Weights>;
  readonly question?: Weights;
  readonly previousQuestion?: Weights;
}

/** One feature's weight list; `turn` marks the last turn that counted it (a feature counts once per turn). */
interface Weights {
  readonly pairs: readonly number[];
  turn: number;
}

const TOKEN = /^[a-z0-9'<>]+$/;

function indexWeights(m: SegmentModel): WeightIndex {
  const index = { word: new Map(), negated: new Map(), bigram: new Map(), previous: new Map() } as {
    -readonly [K in keyof WeightIndex]: WeightIndex[K];
  };
  for (const [f, list] of Object.entries(m.weights)) {
    const pairs: Weights = { pairs: list, turn: 0 };
    if (f === '#q') index.question = pairs;
    else if (f === 'p#q') index.previousQuestion = pairs;
    else if (f.startsWith('p:') && TOKEN.test(f.slice(2))) index.previous.set(f.slice(2), pairs);
    else if (f.startsWith('!') && TOKEN.test(f.slice(1))) index.negated.set(f.slice(1), pairs);
    else if (TOKEN.test(f)) index.word.set(f, pairs);
    else {
      const [a, b, ...rest] = f.split(' ');
      if (rest.length > 0 || !TOKEN.test(a) || b === undefined || !TOKEN.test(b)) continue;
      let second = index.bigram.get(a);
      if (!second) index.bigram.set(a, (second = new Map()));
      second.set(b, pairs);
    }
  }
  return index;
}

const indexes = new WeakMap<SegmentModel, WeightIndex>();
let turns = 0;
/** The last text split into words: scoring a call in order, it is the next turn's previous turn. */
let last: { text: string; words: readonly string[] } = { text: '', words: [] };
const wordsOf = (text: string): readonly string[] => (last.text === text ? last.words : (last = { text, words: words(text) }).words);

/**
 * `logits(m, features(text, previous))` without the feature strings: the same walk over the turn
 * (visitFeatures), each feature counted once as the feature set does, so the same sums to the
 * last bit.
 */
export function scoreTurn(m: SegmentModel, text: string, previous?: string): Float64Array {
  let index = indexes.get(m);
  if (!index) indexes.set(m, (index = indexWeights(m)));
  const z = new Float64Array(m.bias.length);
  for (let k = 0; k < z.length; k++) z[k] = m.bias[k];
  const turn = ++turns;
  const add = (weights: Weights | undefined) => {
    if (!weights || weights.turn === turn) return;
    weights.turn = turn;
    const { pairs } = weights;
    for (let j = 0; j < pairs.length; j += 2) z[pairs[j]] += pairs[j + 1];
  };
  // the previous turn first: in a call scored in order it is the text scored last
  const previousWords = previous === undefined ? undefined : wordsOf(previous);
  visitFeatures(wordsOf(text), text, previousWords, previous, (shape, a, b) => {
    switch (shape) {
      case 'word': return add(index.word.get(a!));
      case 'negated': return add(index.negated.get(a!));
      case 'bigram': return add(index.bigram.get(a!)?.get(b!));
      case 'question': return add(index.question);
      case 'previous': return add(index.previous.get(a!));
      case 'previousQuestion': return add(index.previousQuestion);
    }
  });
  return z;
}

const shipped = model as unknown as SegmentModel;
if (shipped.featureVersion !== FEATURE_VERSION) {
  throw new Error(`segment-model.json was trained on feature version ${shipped.featureVersion}, the code extracts version ${FEATURE_VERSION}: run npx tsx scripts/eval/train-classifier.ts`);
}
const KIND_INDEX = new Map(shipped.kinds.map((k, i) => [k, i]));

/** A model's verdict on one segment: the kinds it flags, and its logits. */
interface Verdict {
  readonly kinds: ReadonlySet<MomentKind>;
  readonly z: Float64Array;
}

/** The shipped model's verdicts, cached per segment object. */
const cache = new WeakMap<Segment, { previous: string | undefined; verdict: Verdict }>();

function verdict(segments: readonly Segment[], at: number, m: SegmentModel): Verdict {
  const seg = segments[at];
  const previous = at > 0 ? segments[at - 1].text : undefined;
  if (m === shipped) {
    const hit = cache.get(seg);
    if (hit && hit.previous === previous) return hit.verdict;
  }
  const z = scoreTurn(m, seg.text, previous);
  const kinds = new Set<MomentKind>();
  for (let k = 0; k < m.kinds.length; k++) {
    if (m.customerOnly[k] && seg.speaker !== 'customer') continue;
    if (z[k] > m.threshold[k]) kinds.add(m.kinds[k]);
  }
  const v = { kinds, z };
  if (m === shipped) cache.set(seg, { previous, verdict: v });
  return v;
}

/** The kinds the model flags at `segments[at]`. */
export function modelKinds(segments: readonly Segment[], at: number, m: SegmentModel = shipped): ReadonlySet<MomentKind> {
  return verdict(segments, at, m).kinds;
}

/** The model the rules consult: the shipped one, except inside `withSegmentModel`. */
let active: SegmentModel = shipped;

/**
 * Runs `fn` with the rules consulting `m` instead of the shipped model: for cross-validation
 * (scripts/eval/cross-validate.ts), which scores the whole engine with models trained without
 * the calls it is scored on. Same code path otherwise.
 */
export function withSegmentModel<T>(m: SegmentModel, fn: () => T): T {
  const before = active;
  active = m;
  try {
    return fn();
  } finally {
    active = before;
  }
}

/** Whether the model flags `kind` at `segments[at]` (false for kinds it was not trained on). */
export function modelSays(kind: MomentKind, segments: readonly Segment[], at: number): boolean {
  return KIND_INDEX.has(kind) && verdict(segments, at, active).kinds.has(kind);
}

/**
 * Whether the model rules `kind` out at `segments[at]` (logit below VETO_LOGIT): a phrase rule's
 * moment there is dropped. False for kinds it was not trained on, kinds whose model is off, and
 * customer-only kinds on a rep turn.
 */
export function modelVetoes(kind: MomentKind, segments: readonly Segment[], at: number): boolean {
  const k = KIND_INDEX.get(kind);
  if (k === undefined || active.threshold[k] >= 1e9 || (active.customerOnly[k] && segments[at].speaker !== 'customer')) return false;
  return verdict(segments, at, active).z[k] < VETO_LOGIT;
}
