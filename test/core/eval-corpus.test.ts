/**
 * The coaching rules on the annotated corpus of scripted sales calls (test/fixtures/calls,
 * built from the scripts in test/fixtures/calls/src by scripts/eval/build-corpus.ts):
 * per-kind precision and recall of every text-based kind must stay at 0.9 or above on the
 * tuning split. The train split (fresh writers' calls the phrase rules were never tuned on; the
 * learned layer trains on it) and the held-out split are reported, not asserted (the held-out
 * numbers are the honest ones: nothing is tuned or trained on it). The learned layer's model must
 * be in step with what it is trained on. `npx tsx scripts/eval/eval-rules.ts` prints the misses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCalls, formatResult, loadCorpus, SCORED_KINDS } from '../../scripts/eval/eval-rules.ts';
import { parseScript, type Split } from '../../scripts/eval/build-corpus.ts';
import { corpusHash } from '../../scripts/eval/train-classifier.ts';
import { labelledTurns } from '../fixtures/rule-turns.ts';
import model from '../../core/text/segment-model.json';

const MIN = 0.9;
const tune = loadCorpus('tune');

describe('annotated call corpus', () => {
  it('has the tuning calls, each JSON in step with its annotated script', () => {
    expect(tune.length).toBeGreaterThanOrEqual(12);
    for (const call of tune) {
      const source = readFileSync(`test/fixtures/calls/src/tune/${call.id}.txt`, 'utf8');
      expect(parseScript(call.id, source)).toEqual(call);
    }
  });

  const result = evaluateCalls(tune);
  for (const kind of SCORED_KINDS) {
    it(`${kind}: precision and recall >= ${MIN} on the tuning split`, () => {
      const s = result.perKind[kind];
      const misses = [...result.falsePositives, ...result.falseNegatives].filter((m) => m.kind === kind)
        .map((m) => `${m.call} #${m.segment}: ${m.text}`);
      expect({ kind, precision: s.precision >= MIN, recall: s.recall >= MIN, misses: s.precision >= MIN && s.recall >= MIN ? [] : misses })
        .toEqual({ kind, precision: true, recall: true, misses: [] });
    });
  }

  for (const split of ['train', 'holdout'] as Split[]) {
    it(`reports the ${split} split, each JSON in step with its script (the split may be empty between rounds)`, () => {
      const calls = loadCorpus(split);
      for (const call of calls) {
        const source = `test/fixtures/calls/src/${split}/${call.id}.txt`;
        expect(existsSync(source), `${call.id}.json has no script ${source}`).toBe(true);
        expect(parseScript(call.id, readFileSync(source, 'utf8'))).toEqual(call);
      }
      if (calls.length) console.info(formatResult(`${split} (${calls.length} calls)`, evaluateCalls(calls), false));
      expect(calls.length).toBeGreaterThanOrEqual(0);
    });
  }

  it('ships a learned-layer model trained on the current tune and train splits and labelled turns', () => {
    const trainedOn = corpusHash([...tune, ...loadCorpus('train')], labelledTurns());
    expect((model as { corpus?: string }).corpus, 'core/text/segment-model.json is stale: run npx tsx scripts/eval/train-classifier.ts').toBe(trainedOn);
  });
});
