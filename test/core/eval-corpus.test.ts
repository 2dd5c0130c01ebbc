/**
 * The coaching rules on the annotated corpus of scripted sales calls (test/fixtures/calls,
 * built from the scripts in test/fixtures/calls/src by scripts/eval/build-corpus.ts):
 * per-kind precision and recall of every text-based kind must stay at 0.9 or above on the
 * tuning split. The held-out split is reported, not asserted (its numbers are the honest ones;
 * rules are never tuned on it). `npx tsx scripts/eval/eval-rules.ts` prints the misses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCalls, formatResult, loadCorpus, SCORED_KINDS } from '../../scripts/eval/eval-rules.ts';
import { parseScript } from '../../scripts/eval/build-corpus.ts';

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

  it('reports the held-out split (which may be empty or missing between rounds)', () => {
    const holdout = loadCorpus('holdout');
    for (const call of holdout) {
      const source = `test/fixtures/calls/src/holdout/${call.id}.txt`;
      expect(existsSync(source), `${call.id}.json has no script ${source}`).toBe(true);
      expect(parseScript(call.id, readFileSync(source, 'utf8'))).toEqual(call);
    }
    if (holdout.length) console.info(formatResult(`held-out (${holdout.length} calls)`, evaluateCalls(holdout), false));
    expect(holdout.length).toBeGreaterThanOrEqual(0);
  });
});
