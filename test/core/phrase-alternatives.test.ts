/**
 * Phrase regexes cut into their alternatives (core/text/phrase-alternatives.ts): the narrowed
 * regex a text runs finds exactly the matches of the whole one.
 */
import { describe, expect, it } from 'vitest';
import { narrowed, topLevelAlternatives } from '../../core/text/phrase-alternatives.ts';
import { phrases } from '../../core/text/find-cue.ts';

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe('phrase alternatives', () => {
  it('cuts a source at its top-level bars only', () => {
    expect(topLevelAlternatives('a|(?:b|c)d|[|(]e|\\|f')).toEqual(['a', '(?:b|c)d', '[|(]e', '\\|f']);
    expect(topLevelAlternatives('(?<!x|y)z')).toEqual(['(?<!x|y)z']);
    expect(topLevelAlternatives('a(b')).toBeUndefined();
    expect(topLevelAlternatives('a)|b')).toBeUndefined();
  });

  it('runs only the alternatives a text holds the literals of, with the same matches', () => {
    const re = phrases('too (?:expensive|pricey)', "can(?:'t|not) afford|out of (?:our )?budget", 'price (?:is|was) (?:high|steep)', '\\d+ ?%');
    for (const text of ["it's too pricey and we can't afford it", 'the price is steep, 20% over', 'out of our budget. too expensive', 'nothing here']) {
      const lower = text.toLowerCase();
      const run = narrowed(re, lower);
      expect(run === null ? [] : matches(run, lower), text).toEqual(matches(re, lower));
    }
    expect(narrowed(re, 'nothing here')).toBeNull();
    expect(narrowed(re, "too pricey")!.source).not.toBe(re.source);
  });

  it('leaves a regex it cannot cut whole', () => {
    const re = /too (?:expensive|pricey)/gi;
    expect(narrowed(re, 'too pricey')).toBe(re);
    expect(narrowed(re, 'fine')).toBeNull();
  });
});
