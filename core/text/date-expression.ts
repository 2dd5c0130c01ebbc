/**
 * Concrete days and times in speech ("Thursday at 2", "tomorrow", "by end of week",
 * "the 15th", "the fourteenth", "January twenty-seventh", "10am"). Vague horizons ("next
 * quarter", "after the holidays") are not concrete: those are deferrals, not next steps.
 * "Today" in a present-tense question or statement ("how do you review calls today?",
 * "what we use today") means "currently", not a date. Works on lower-cased text.
 */
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const CLOCK = '(?:\\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.|o\'clock)|\\d{1,2}:\\d{2}|noon|midday)';
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const ORDINAL_WORD =
  '(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth';
/** After "the <ordinal>" as a day of the month: end of clause or a word that cannot be its noun. */
const AFTER_DAY_ORDINAL = "(?=\\s*(?:[.,;:?!]|$)|\\s+(?:works?|work|is|'s|at|of|or|and|would|could|should|then|instead|sounds?|might|in|if|for|good|okay|ok|fine|perfect|too)\\b)";

export const CONCRETE_DATE = new RegExp(
  [
    `(?<!last )\\b${DAY}\\b(?!\\.com)`,
    `\\b(?:tonight|tomorrow|tmrw)\\b`,
    `\\bthis (?:afternoon|morning|evening)\\b`,
    // "next week" / "this week" alone name no day: "let's talk next week" is not a booked step
    `\\b(?:early|end of|middle of|mid|later) (?:next|this) week\\b`,
    `\\b(?:end|close) of (?:the )?(?:day|week|business)\\b|\\b(?:eod|eow|cob)\\b`,
    `\\b${CLOCK}`,
    `\\b(?:at|around|say) (?:\\d{1,2}|${NUMBER_WORD})(?: ?(?:thirty|fifteen|forty-five|o'clock))?\\b(?! (?:percent|%|seats?|users?|people|reps|dollars|minutes|hours|days|weeks|months|years))`,
    `\\b${MONTH} (?:\\d{1,2}(?:st|nd|rd|th)?|the (?:${ORDINAL_WORD})|${ORDINAL_WORD})\\b`,
    `\\bthe \\d{1,2}(?:st|nd|rd|th)\\b`,
    `\\bthe (?:${ORDINAL_WORD})${AFTER_DAY_ORDINAL}`,
    `\\b(?:end|beginning|start|middle) of (?:${MONTH})\\b`,
    `\\bthe week of (?:the )?(?:${MONTH}|\\d|${ORDINAL_WORD})`,
    `\\b\\d{1,2}/\\d{1,2}\\b`,
    `\\bin (?:a|one|two|three|\\d) (?:days?|business days?)\\b|\\b(?:in|within) (?:24|48) hours\\b`,
  ].join('|'),
);

const TODAY = /\btoday\b/;
/** "Today" is a date when the clause looks ahead: a future or modal, a deadline, a time of day. */
const TODAY_AS_DATE =
  /\b(?:by|until|before|after|later|sometime|end of|rest of)\s+today\b|\btoday (?:at|by|before|after|around)\b|\b(?:i'll|we'll|you'll|will|going to|gonna|can|could|shall|let's|let me|i'm (?:sending|sharing|calling)|we're (?:sending|meeting|talking))\b/;

/** Whether `text` (lower-cased) names a concrete day or time. */
export function hasConcreteDate(text: string): boolean {
  if (CONCRETE_DATE.test(text)) return true;
  return TODAY.test(text) && TODAY_AS_DATE.test(text);
}
