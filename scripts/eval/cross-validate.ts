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
import { evaluateCalls, formatResult, loadCorpus, score, type EvalResult, type KindScore } from './eval-rules.ts';
import { batchOf, chooseThresholds, examples, LEARNED_KINDS, toModel, trainKind, turnExamples } from './train-classifier.ts';

const FOLDS = Number(process.env.CV_FOLDS ?? 4);

/** Several results as one: counts summed per kind, precision and recall from the sums (eval-rules.ts `score`). */
function sum(results: readonly EvalResult[]): EvalResult {
  const total = (pick: (r: EvalResult) => KindScore) =>
    score(...(['tp', 'fp', 'fn'] as const).map((k) => results.reduce((n, r) => n + pick(r)[k], 0)) as [number, number, number]);
  const kinds = [...new Set(results.flatMap((r) => Object.keys(r.perKind)))];
  return {
    perKind: Object.fromEntries(kinds.map((kind) => [kind, total((r) => r.perKind[kind] ?? score(0, 0, 0))])),
    overall: total((r) => r.overall),
    falsePositives: results.flatMap((r) => r.falsePositives),
    falseNegatives: results.flatMap((r) => r.falseNegatives),
  };
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
