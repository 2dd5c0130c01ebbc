/**
 * Amounts said in words, the way prices are spoken in a negotiation: "thirty-two to thirty-six
 * per truck per month", "forty-eight five", "Seventy-nine eight.", "Under eighty.", "twenty-nine
 * a truck", "a hundred and ten thousand", "I could do thirty", "four fifty a studio". A run of
 * number words is an amount when it holds a word of ten or more (a lone "two" or "three" is
 * too common: "two things", "three years") and what follows it is not a count or a span:
 * "two hundred and ten trucks", "ten weeks", "sixty timekeepers", "eight-thirty", "the
 * twenty-fourth" are not amounts. Digits the same way ("under 80", not "40 users").
 * Whether an amount is a price depends on the exchange it is said in: pricing.discussed counts it
 * only when the turn or one of the two turns before it is about pricing.
 */
import { analyzeText } from './text-analysis.ts';
import { memoByText } from './memo.ts';

const UNIT = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEEN = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const SCALE = '(?:hundred|thousand|grand|million|k)';
const WORD = `(?:${TENS}(?:-${UNIT})?|${TEEN}|${UNIT}|${SCALE}|a hundred|a thousand|\\d[\\d,.]*k?)`;
/** A run of number words: "a hundred and ten thousand", "forty-eight five", "thirty-two". */
const RUN = new RegExp(`(?<![\\w'-])${WORD}(?:(?: and | |-)${WORD})*(?![\\w'-]|-\\w)`, 'g');
const BIG = new RegExp(`${TENS}|${TEEN}|${SCALE}|\\d\\d`);
/** A cheap first look: a word of ten or more, or two digits (most turns have neither). */
const MAYBE = /ty\b|ty-|teen\b|\b(?:ten|eleven|twelve|hundred|thousand|grand|million)\b|\d\d|\dk\b/i;
/** A clock time: "eight-thirty", "two fifteen", "at ten". */
const CLOCK = new RegExp(`^(?:${UNIT}|ten|eleven|twelve)(?:[- ](?:thirty|fifteen|forty-five|o'clock))$`);

/** What a count or a span is followed by: a plural noun, a unit of time, "of", "people". */
const NOT_AFTER =
  /^(?:[a-z]+(?<!ss)s\b(?<!\b(?:bucks|dollars|cents|grand|thousands|hundreds|k|is|was|has|does|plus|less|us|this|its|yes|as|his))|(?:a\.m|p\.m)|(?:percent|%)? ?(?:year|month|week|day|hour|minute|second|person|people|time|times|o'clock|am|pm|of|th|st|nd|rd)\b|-(?:year|month|week|day|hour|minute)|(?:minutes?|hours?|days?|weeks?|months?|years?) )/;

/** Whether the lower-cased text says an amount in words or digits (not a count, time or date). */
export const hasSpokenAmount = memoByText((text: string): boolean => {
  if (!MAYBE.test(text)) return false;
  for (const { text: c } of analyzeText(text).clauses) {
    RUN.lastIndex = 0;
    for (let m = RUN.exec(c); m; m = RUN.exec(c)) {
      const run = m[0];
      if (!BIG.test(run) || CLOCK.test(run) || /^(?:19|20)\d\d$|^twenty (?:twenty|nineteen|thirty)/.test(run)) continue;
      const before = c.slice(Math.max(0, m.index - 12), m.index);
      // "Thursday at eleven", "let's say ten", "by nine-thirty": a time of day
      if (/\b(?:at|say|by|around|before|after|until|till) $/.test(before) && new RegExp(`^(?:${UNIT}|ten|eleven|twelve)(?:[- ](?:thirty|fifteen|forty-five))?$`).test(run)) continue;
      // "the twenty-fourth", "in the nineties", "at two" are dates and times; "number one" is no amount
      if (/\b(?:the|at|by|on|around) $/.test(before) && /^(?:[- ]?(?:th|st|nd|rd)|\s*(?:o'clock|a\.m|p\.m|am|pm))/.test(c.slice(m.index + run.length))) continue;
      const after = c.slice(m.index + run.length).replace(/^[ ]/, '');
      if (NOT_AFTER.test(after)) continue;
      return true;
    }
  }
  return false;
});

/**
 * An amount per unit, a price whatever the exchange: "twenty-nine a truck", "four fifty a
 * studio", "thirty-two to thirty-six per truck per month" (not "two a day", "ten per cent").
 */
export const hasUnitPrice = memoByText((text: string): boolean => {
  if (!MAYBE.test(text) || !/\b(?:a|an|per|each)\b/i.test(text)) return false;
  for (const { text: c } of analyzeText(text).clauses) {
    RUN.lastIndex = 0;
    for (let m = RUN.exec(c); m; m = RUN.exec(c)) {
      if (!BIG.test(m[0]) || CLOCK.test(m[0])) continue;
      const after = c.slice(m.index + m[0].length);
      if (/^(?: to [\w-]+(?: [\w-]+)?)? (?:a|an|per|each) (?!(?:day|week|hour|minute|second|time|while|lot|bit|few|couple|cent|percent|piece of)\b)[a-z]+(?<!s)\b/.test(after)) return true;
    }
  }
  return false;
});
