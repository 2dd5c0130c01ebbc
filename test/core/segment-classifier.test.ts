/**
 * The learned layer of the text rules (core/text/segment-classifier.ts): its features, and what a
 * rep sees from it: moments the phrase rules miss, only from the speaker the kind belongs to, and
 * none when the team's playbook turns the layer off.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCall } from '../../core/analyze.ts';
import { defaultPlaybook, parsePlaybook, PlaybookError } from '../../core/playbook.ts';
import { features, words } from '../../core/text/segment-classifier.ts';
import type { Segment, Speaker } from '../../core/types.ts';

function kinds(text: string, speaker: Speaker = 'customer', playbook = defaultPlaybook): string[] {
  const segments: Segment[] = [{ id: 's', callId: 'c', speaker, start: 0, end: 4, text }];
  return analyzeCall({ call: { id: 'c' }, segments, playbook }).moments.filter((m) => m.start === 0 && m.kind !== 'next_steps.missing').map((m) => m.kind).sort();
}

describe('learned layer features', () => {
  it('folds amounts, percentages and numbers into one token each', () => {
    expect(words('It was $4,500, or 15% more than the 3 seats… ’cause')).toEqual(['it', 'was', '<money>', 'or', '<pct>', 'more', 'than', 'the', '<num>', 'seats', "'cause"]);
  });

  it('marks the words after a negation, the question, and the previous turn', () => {
    const f = features("We don't need it?", 'Thursday at two?');
    expect(f).toEqual(expect.arrayContaining(["don't", '!need', '!it', "we don't", '#q', 'p:thursday', 'p#q']));
    expect(f).not.toContain('!we');
  });
});

describe('learned layer in the engine', () => {
  const missedByPhrases: [string, string][] = [
    ["At the end of the day it's his call, I can only recommend.", 'objection.authority'],
    ['Can we talk about a start date?', 'buying_signal'],
    ["Honestly I need to talk to Ama, she's the CEO.", 'objection.authority'],
  ];
  const phrasesOnly = parsePlaybook({ learnedLayer: false });

  for (const [text, kind] of missedByPhrases) {
    it(`flags ${kind} on "${text}", which no phrase rule catches`, () => {
      expect(kinds(text)).toContain(kind);
      expect(kinds(text, 'customer', phrasesOnly)).not.toContain(kind);
    });
  }

  it('leaves customer-only kinds alone on the rep\'s lines', () => {
    expect(kinds("At the end of the day it's his call, I can only recommend.", 'rep')).not.toContain('objection.authority');
  });

  it('is on by default, and the playbook field is validated', () => {
    expect(defaultPlaybook.learnedLayer).toBe(true);
    expect(parsePlaybook({}).learnedLayer).toBe(true);
    expect(() => parsePlaybook({ learnedLayer: 'no' })).toThrow(new PlaybookError('learnedLayer', 'must be true or false'));
  });
});
