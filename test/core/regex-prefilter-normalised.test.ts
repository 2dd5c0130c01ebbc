/**
 * The prefilter for regexes that run on a segment's original text, asked with its normalised
 * form (mayMatchNormalised in core/text/regex-prefilter.ts): never false for a text the regex matches.
 */
import { describe, expect, it } from 'vitest';
import { mayMatchNormalised } from '../../core/text/regex-prefilter.ts';
import { normalizeText } from '../../core/text/text-analysis.ts';

function passesAll(re: RegExp, matching: string[]): void {
  for (const text of matching) {
    re.lastIndex = 0;
    expect(re.test(text), `${re} should match ${JSON.stringify(text)}`).toBe(true);
    expect(mayMatchNormalised(re, normalizeText(text)), `${re} prefilter on ${JSON.stringify(text)}`).toBe(true);
  }
}

describe('prefilter on normalised text', () => {
  it('never rules out a text the regex matches, whatever its case, quotes and white space', () => {
    passesAll(/\bwe're (?:still )?on ([A-Z]\w+)/g, ["We said we're still on Procore", "  we're on Gong\t"]);
    passesAll(/\bWe're on ([A-Z]\w+)/gi, ['\u201cWE\u2019RE on Gong\u201d'.replace('\u2019', "'")]);
    passesAll(/(?:^|[.?!]\s+)([A-Z]\w+) (?:came in|quoted)\b/g, ['Motive came in  \n', 'Yes.\n\nMotive quoted x']);
    passesAll(/ on\tX| a  b/, ['go on\tX', 'x a  b']);
    passesAll(/it`s Y/, ['it`s Y']);
  });

  it('rules out a text without the literals', () => {
    expect(mayMatchNormalised(/\bwe're (?:still )?on ([A-Z]\w+)/g, normalizeText('We use Gong'))).toBe(false);
  });
});
