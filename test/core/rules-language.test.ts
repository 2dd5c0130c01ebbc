/**
 * The phrase rules on single turns of real conversational English: for each customer line
 * (after an optional rep line), exactly the text-based kinds expected on it, no more. Hard
 * negatives included: negations, questions, integrations, people's names, deflected dates.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCall } from '../../core/analyze.ts';
import { defaultPlaybook } from '../../core/playbook.ts';
import type { Segment } from '../../core/types.ts';
import {
  probes, textbook, textbookMore, generalClasses, round2Single, round2Dialogues, round3Single, round3Dialogues, round4Single, round4Dialogues,
} from '../fixtures/rule-turns.ts';

const NOT_TEXT = (kind: string) => kind.startsWith('talk.') || kind === 'risk.negative_sentiment' || kind === 'next_steps.missing';

function kindsOn(text: string, rep?: string): string[] {
  const segments: Segment[] = [];
  if (rep) segments.push({ id: 'r', callId: 'p', speaker: 'rep', start: 0, end: 3, text: rep });
  segments.push({ id: 'c', callId: 'p', speaker: 'customer', start: 4, end: 8, text });
  return analyzeCall({ call: { id: 'p' }, segments, playbook: defaultPlaybook }).moments
    .filter((m) => m.start === 4 && !NOT_TEXT(m.kind)).map((m) => m.kind).sort();
}

describe('phrase rules on single turns', () => {
  for (const [text, want, rep] of probes) {
    it(`${rep ? `${rep} / ` : ''}${text} -> ${want.join(', ') || 'nothing'}`, () => {
      expect(kindsOn(text, rep)).toEqual([...want].sort());
    });
  }
});

describe('textbook objections and signals', () => {
  for (const [text, want] of textbook) {
    it(`${text} -> ${want.join(', ')}`, () => {
      const got = kindsOn(text);
      expect(want.filter((k) => !got.includes(k))).toEqual([]);
    });
  }
});

/** Each line has every kind it must have and none it must not have. */
function mustAndMustNot(title: string, cases: readonly [string, string[], string[]][]) {
  describe(title, () => {
    for (const [text, want, not] of cases) {
      it(`${text} -> ${want.join(', ') || 'none of ' + not.join(', ')}`, () => {
        const got = kindsOn(text);
        expect({ missing: want.filter((k) => !got.includes(k)), extra: not.filter((k) => got.includes(k)) }).toEqual({ missing: [], extra: [] });
      });
    }
  });
}

mustAndMustNot('textbook lines with hard negatives', textbookMore);

mustAndMustNot('general classes of phrasing, with hard negatives', generalClasses);

mustAndMustNot('round 2: single turns, with hard negatives', round2Single);

/** The text-based kinds on the last segment of a short dialogue ([speaker, text] pairs). */
function kindsOnLast(turns: readonly ['rep' | 'customer', string][]): string[] {
  const segments: Segment[] = turns.map(([speaker, text], i) => ({ id: `s${i}`, callId: 'd', speaker, start: i * 5, end: i * 5 + 4, text }));
  const last = (turns.length - 1) * 5;
  return analyzeCall({ call: { id: 'd' }, segments, playbook: defaultPlaybook }).moments
    .filter((m) => m.start === last && !NOT_TEXT(m.kind)).map((m) => m.kind).sort();
}

/** Each dialogue's last turn has every kind it must have and none it must not have. */
function dialogues(name: string, cases: readonly [string, ['rep' | 'customer', string][], string[], string[]][]) {
  describe(name, () => {
    for (const [title, turns, want, not] of cases) {
      it(title, () => {
        const got = kindsOnLast(turns);
        expect({ missing: want.filter((k) => !got.includes(k)), extra: not.filter((k) => got.includes(k)) }).toEqual({ missing: [], extra: [] });
      });
    }
  });
}

dialogues('round 2: short dialogues, with hard negatives', round2Dialogues);

mustAndMustNot('round 3: single turns, with hard negatives', round3Single);

dialogues('round 3: short dialogues, with hard negatives', round3Dialogues);

mustAndMustNot('round 4: single turns, with hard negatives', round4Single);

dialogues('round 4: short dialogues, with hard negatives', round4Dialogues);
