/**
 * The regex prefilter (core/text/regex-prefilter.ts): the literals a regex needs, and the rule
 * it must never break: a text the regex matches always passes `mayMatch`.
 */
import { describe, expect, it } from 'vitest';
import { mayMatch, requiredLiterals, testFast } from '../../core/text/regex-prefilter.ts';
import { phrases } from '../../core/text/find-cue.ts';

/** Every text in `matching` matches `re`, so each must pass the prefilter. */
function passesAll(re: RegExp, matching: string[]): void {
  for (const text of matching) {
    re.lastIndex = 0;
    expect(re.test(text), `${re} should match ${JSON.stringify(text)}`).toBe(true);
    expect(mayMatch(re, text), `${re} prefilter on ${JSON.stringify(text)}`).toBe(true);
  }
}

describe('regex prefilter', () => {
  it('reads the literals of a phrase list', () => {
    expect(requiredLiterals(phrases('too expensive', "can(?:'t|not) afford", 'costs? (?:too much|a lot)'))).toEqual([
      'cost a lot', 'costs a lot', "can't afford", 'cannot afford', 'cost too much', 'too expensive', 'costs too much',
    ]);
    expect(requiredLiterals(/year[- ]one/)).toEqual(['year one', 'year-one']);
    // a literal holding a shorter one adds nothing
    expect(requiredLiterals(/\b(?:um+|umm+|uh+|erm+|er)\b/)).toEqual(['er', 'uh', 'um']);
    // after a piece it cannot read, the words next to each other still count
    expect(requiredLiterals(/(?:\d+|grand) (?:a|per) (?:month|year)/)).toEqual([' a year', ' a month', ' per year', ' per month']);
  });

  it('needs nothing where any text may match', () => {
    expect(requiredLiterals(/\d\d|ty\b/)).toBeUndefined();
    expect(requiredLiterals(/(?<=[.?!;])\s+/)).toBeUndefined();
    expect(requiredLiterals(/(?:price)?/)).toBeUndefined();
    expect(requiredLiterals(/(a)\1|x*/)).toBeUndefined();
    // unicode case folding reaches beyond ASCII ("ſ" matches /s/iu): left alone
    expect(requiredLiterals(/price/iu)).toBeUndefined();
    // syntax the parser does not read: always run
    expect(requiredLiterals(/[]a|b/)).toBeUndefined();
  });

  it('never rules out a text the regex matches', () => {
    passesAll(phrases('price tag', 'costs?(?! us)', "(?<!\\bto )quote(?! you)"), ['The Price Tag', 'it costs', 'a quote', 'COST']);
    passesAll(/\b(?:at|around) (?:\d{1,2}|ten)(?: ?(?:thirty|o'clock))?\b/, ['at 10', 'around ten thirty']);
    passesAll(/\$ ?\d[\d,.]*k?|\d+ ?%|per[- ]seat/i, ['$ 40k', '12%', 'PER-SEAT', 'per seat']);
    passesAll(/a{2}b|c\{2\}|d{|e\.f|[.?]g|\u0041h|\x41i|\cJ?k/, ['aab', 'c{2}', 'd{', 'e.f', '?g', 'Ah', 'Ai', 'k']);
    passesAll(/(?<name>wo)rk\k<name>|x(?=yz)y|(?!a)bc/, ['workwo', 'xyz', 'bc']);
    passesAll(/[A-Z][a-z]+ (?:Inc|LLC)\b/, ['Acme Inc', 'Foo LLC']);
    passesAll(/don[’']t/, ['don’t', "don't"]);
  });

  it('rules out texts without the literals', () => {
    const re = phrases('too expensive', 'over (?:our|the) budget');
    expect(mayMatch(re, 'that is a fair price')).toBe(false);
    expect(mayMatch(re, 'way OVER THE BUDGET')).toBe(true);
    expect(mayMatch(/Gong/, 'we use gong')).toBe(false);
  });

  it('testFast answers as test does, lastIndex included', () => {
    const re = /price/g;
    re.lastIndex = 3;
    expect(testFast(re, 'nothing here')).toBe(false);
    expect(re.lastIndex).toBe(0);
    expect(testFast(re, 'the price')).toBe(true);
    expect(re.lastIndex).toBe(9);
  });
});
