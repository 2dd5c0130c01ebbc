/**
 * The learned layer of the text rules (core/text/segment-classifier.ts): its features, and what a
 * rep sees from it: moments the phrase rules miss, only from the speaker the kind belongs to, and
 * none when the team's playbook turns the layer off.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCall } from '../../core/analyze.ts';
import { defaultPlaybook, parsePlaybook, PlaybookError } from '../../core/playbook.ts';
import { features, logits, namesIn, scoreTurn, words, type SegmentModel } from '../../core/text/segment-classifier.ts';
import model from '../../core/text/segment-model.json';
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

  it('reads a title-case word inside a sentence as a name, and also as <name> with its pairs', () => {
    expect([...namesIn("Honestly? We're on Collabforge, and Priya's team likes it. Monday works. So does OK.")]).toEqual(['collabforge', 'priya']);
    const f = features("We're on Collabforge, and Priya's team likes it.");
    expect(f).toEqual(expect.arrayContaining(['collabforge', '<name>', 'on <name>', '<name> and', "and <name>", '<name> team']));
    expect(features('Collabforge is fine. Monday works.')).not.toContain('<name>');
  });
});

describe('learned layer scoring', () => {
  const shipped = model as unknown as SegmentModel;
  const turns: [string, string | undefined][] = [
    ["We don't need it?", 'Thursday at two?'],
    ['Not not not really, no no, the price the price is too high.', undefined],
    ['That was $4,500 — 15% over budget, constructor toString __proto__?  ', "It's his call. It's his call."],
    ["Can we talk about a start date? I'd rather not wait, never mind.", ''],
    ['', 'Okay.'],
  ];

  it('scores a turn exactly as the logits of its features do', () => {
    for (const [text, previous] of turns) expect([...scoreTurn(shipped, text, previous)]).toEqual([...logits(shipped, features(text, previous))]);
  });

  it('counts a feature once, on any model', () => {
    const m: SegmentModel = {
      featureVersion: 1, kinds: ['objection.price'], customerOnly: [true], bias: [0.5], threshold: [0],
      weights: { price: [0, 1], 'the price': [0, 2], '!really': [0, 4], 'p:call': [0, 8], '#q': [0, 16], 'p#q': [0, 32], 'p:a b': [0, 64] },
    };
    for (const [text, previous] of turns) expect([...scoreTurn(m, text, previous)]).toEqual([...logits(m, features(text, previous))]);
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

  it('vetoes a phrase match its model rules out, unless the playbook turns the layer off', () => {
    // "first" reads as a deferral to the phrase rules; to the model, getting past someone is no timing objection
    const text = 'Whatever we pick has to get past Delphine first.';
    expect(kinds(text, 'customer', phrasesOnly)).toContain('objection.timing');
    expect(kinds(text)).not.toContain('objection.timing');
  });

  it('leaves customer-only kinds alone on the rep\'s lines', () => {
    expect(kinds("At the end of the day it's his call, I can only recommend.", 'rep')).not.toContain('objection.authority');
  });

  it('is on by default, and the playbook field is validated', () => {
    expect(defaultPlaybook.learnedLayer).toBe(true);
    expect(parsePlaybook({}).learnedLayer).toBe(true);
    expect(() => parsePlaybook({ learnedLayer: 'no' })).toThrow(new PlaybookError('learnedLayer', 'must be true or false'));
  });
});
