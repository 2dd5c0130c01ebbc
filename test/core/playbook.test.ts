import { describe, expect, it } from 'vitest';
import { cardFor, defaultPlaybook, parsePlaybook, PlaybookError } from '../../core/playbook.ts';
import { MOMENT_KINDS } from '../../core/types.ts';

const errorOf = (input: unknown) => {
  try {
    parsePlaybook(input);
  } catch (err) {
    expect(err).toBeInstanceOf(PlaybookError);
    return (err as Error).message;
  }
  throw new Error('expected parsePlaybook to fail');
};

describe('default playbook', () => {
  it('has a coaching card for every objection, risk and talk kind, each short and with a question to ask', () => {
    const needed = [...MOMENT_KINDS.filter((k) => k.startsWith('objection.')), 'risk.churn', 'next_steps.missing', 'talk.monologue',
      'talk.ratio', 'talk.filler', 'talk.interruption', 'buying_signal'];
    for (const kind of needed) {
      const card = defaultPlaybook.cards[kind];
      expect(card, kind).toBeTruthy();
      expect(card.length, kind).toBeLessThan(240);
    }
    expect(needed.filter((k) => !defaultPlaybook.cards[k].includes('?'))).toEqual([]);
  });

  it('starts with no competitors and the documented limits', () => {
    expect(defaultPlaybook.competitors).toEqual([]);
    expect(defaultPlaybook.limits).toMatchObject({ monologueSeconds: 60, talkRatio: 0.65, talkRatioWindowSeconds: 300 });
  });
});

describe('parsePlaybook', () => {
  it('merges a partial team playbook over the defaults', () => {
    const p = parsePlaybook('{"competitors":["Gong","Chorus","Gong"],"limits":{"monologueSeconds":90},"cards":{"objection.price":"Ask about ROI."},"trackers":{"pilot":["pilot","trial"]}}');
    expect(p.competitors).toEqual(['Gong', 'Chorus']);
    expect(p.limits).toEqual({ ...defaultPlaybook.limits, monologueSeconds: 90 });
    expect(p.cards['objection.price']).toBe('Ask about ROI.');
    expect(p.cards['objection.timing']).toBe(defaultPlaybook.cards['objection.timing']);
    expect(p.trackers).toEqual({ pilot: ['pilot', 'trial'] });
    expect(parsePlaybook({})).toEqual(defaultPlaybook);
  });

  it('names the field in every error', () => {
    expect(errorOf({ limits: { talkRatio: 1.5 } })).toBe('limits.talkRatio: must be between 0 and 1');
    expect(errorOf({ limits: { monologueSeconds: 'long' } })).toBe('limits.monologueSeconds: must be a number');
    expect(errorOf({ limits: { talkRatoi: 0.5 } })).toBe('limits.talkRatoi: unknown field');
    expect(errorOf({ competitor: ['Gong'] })).toBe('competitor: unknown field');
    expect(errorOf({ competitors: 'Gong' })).toBe('competitors: must be a list of names');
    expect(errorOf({ competitors: ['Gong', ' '] })).toBe('competitors.1: must not be empty');
    expect(errorOf({ trackers: { pilot: [] } })).toBe('trackers.pilot: needs at least one phrase');
    expect(errorOf({ cards: { 'objection.pricing': 'x' } })).toMatch(/^cards\.objection\.pricing: unknown card key/);
    expect(errorOf('{"limits":')).toMatch(/^playbook: not valid JSON/);
    expect(errorOf([])).toBe('playbook: must be a JSON object');
  });
});

describe('cardFor', () => {
  it('prefers the competitor card, matched case-insensitively, then the kind card', () => {
    const p = parsePlaybook({ cards: { 'competitor:Gong': 'Gong is post-call; we coach live.' } });
    expect(cardFor(p, 'objection.competitor', 'GONG')).toBe('Gong is post-call; we coach live.');
    expect(cardFor(p, 'objection.competitor', 'Chorus')).toBe(defaultPlaybook.cards['objection.competitor']);
    expect(cardFor(p, 'tracker.pilot')).toBeUndefined();
  });
});
