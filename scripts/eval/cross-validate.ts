/**
 * How well the whole engine (phrase rules + learned layer) does on a writer it has never seen:
 * the train split's writers' batches are dealt into FOLDS folds; for each, the learned layer is
 * trained exactly as train-classifier.ts does (thresholds out of fold, inside the training data)
 * on every other call, and the engine is scored on the fold's calls with that model. The phrase
 * rules were never tuned on the train split, so the sum over folds estimates fresh-call accuracy.
 * Also prints the phrase rules alone on the same calls.
 *
 * Run: npx tsx scripts/eval/cross-validate.ts [--quiet]   (ALPHA, L1, EPOCHS, TARGET_PRECISION as in train-classifier.ts)
 */
import { defaultPlaybook } from '../../core/playbook.ts';
import { withSegmentModel } from '../../core/text/segment-classifier.ts';
import { evaluateCalls, formatResult, loadCorpus, type EvalResult } from './eval-rules.ts';
import { batchOf, chooseThresholds, examples, LEARNED_KINDS, toModel, trainKind, turnExamples } from './train-classifier.ts';

const FOLDS = Number(process.env.CV_FOLDS ?? 4);

/** Per-kind sums of several results (precision and recall recomputed). */
function sum(results: readonly EvalResult[]): EvalResult {
  const out: EvalResult = { perKind: {}, overall: { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 }, falsePositives: [], falseNegatives: [] };
  const add = (into: EvalResult['overall'], s: EvalResult['overall']) => {
    into.tp += s.tp;
    into.fp += s.fp;
    into.fn += s.fn;
    into.precision = into.tp + into.fp ? into.tp / (into.tp + into.fp) : 1;
    into.recall = into.tp + into.fn ? into.tp / (into.tp + into.fn) : 1;
  };
  for (const r of results) {
    for (const [kind, s] of Object.entries(r.perKind)) add((out.perKind[kind] ??= { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 }), s);
    add(out.overall, r.overall);
    out.falsePositives.push(...r.falsePositives);
    out.falseNegatives.push(...r.falseNegatives);
  }
  return out;
}

function main(argv: string[]) {
  const tune = loadCorpus('tune');
  const train = loadCorpus('train');
  const batches = [...new Set(train.map((c) => batchOf(c.id)))].sort();
  const foldOf = new Map(batches.map((b, i) => [b, i % FOLDS]));
  const turns = turnExamples();
  const learned: EvalResult[] = [];
  const phrases: EvalResult[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = train.filter((c) => foldOf.get(batchOf(c.id)) === fold);
    const rest = train.filter((c) => foldOf.get(batchOf(c.id)) !== fold);
    const data = [...examples([...tune, ...rest]), ...turns];
    const { threshold } = chooseThresholds(data);
    const model = toModel(LEARNED_KINDS, LEARNED_KINDS.map((k) => trainKind(k, data)), threshold);
    learned.push(withSegmentModel(model, () => evaluateCalls(held)));
    phrases.push(evaluateCalls(held, { ...defaultPlaybook, learnedLayer: false }));
    const names = batches.filter((b) => foldOf.get(b) === fold).join(' ');
    console.error(`fold ${fold + 1}/${FOLDS}: ${held.length} calls (${names}) P ${learned.at(-1)!.overall.precision.toFixed(2)} R ${learned.at(-1)!.overall.recall.toFixed(2)}`);
  }
  const quiet = argv.includes('--quiet');
  console.log(formatResult(`phrase rules alone, train split (${train.length} calls)`, sum(phrases), false));
  console.log(formatResult(`rules + learned layer, each fold's model trained without its writers (${FOLDS} folds)`, sum(learned), !quiet));
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
