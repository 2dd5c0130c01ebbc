/**
 * Concrete days and times in speech ("Thursday at 2", "tomorrow", "by end of week",
 * "the 15th", "10am"). Vague horizons ("next quarter", "after the holidays") are not
 * concrete: those are deferrals, not next steps. Works on lower-cased text.
 */
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const CLOCK = '(?:\\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.|o\'clock)|\\d{1,2}:\\d{2}|noon|midday)';
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

export const CONCRETE_DATE = new RegExp(
  [
    `(?<!last )\\b${DAY}\\b`,
    `\\b(?:today|tonight|tomorrow|tmrw)\\b`,
    `\\bthis (?:afternoon|morning|evening|week)\\b`,
    `\\b(?:early |later |end of |middle of |mid )?next week\\b`,
    `\\b(?:end|close) of (?:the )?(?:day|week|business)\\b|\\b(?:eod|eow|cob)\\b`,
    `\\b${CLOCK}`,
    `\\b(?:at|around|say) (?:\\d{1,2}|${NUMBER_WORD})(?: ?(?:thirty|fifteen|forty-five|o'clock))?\\b`,
    `\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\bthe \\d{1,2}(?:st|nd|rd|th)\\b`,
    `\\b\\d{1,2}/\\d{1,2}\\b`,
    `\\bin (?:a|one|two|three|\\d) (?:days?|business days?)\\b|\\b(?:in|within) (?:24|48) hours\\b`,
  ].join('|'),
);

/** Whether `text` (lower-cased) names a concrete day or time. */
export function hasConcreteDate(text: string): boolean {
  return CONCRETE_DATE.test(text);
}
