/**
 * Accepting a time the other side named: the customer turns down one slot and names another
 * ("Friday's tough, we're canning all day. Monday afternoon, say two?", "Tuesday the
 * twenty-fourth, first thing, like eight-thirty") and the reply takes it by saying it back with
 * an agreeing word ("Monday at two works great.", "Tuesday the twenty-fourth at eight-thirty, you
 * got it.", "Seven a.m. Friday, I'll be there with coffee."). The named time has to sit in a
 * clause that does not turn it down ("Tuesday's a zoo" names Tuesday only to refuse it) and the
 * reply must share a day or a time with it. Lower-cased text throughout.
 */
import { analyzeText } from './text-analysis.ts';
import { CONCRETE_DATE, hasConcreteDate } from './date-expression.ts';
import { DEFLECT, isAcceptance, isDatedCommitment } from './scheduling.ts';

const DAY_OR_TIME =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|noon|(?:the )?(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:the )?(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)|\d{1,2}(?::\d{2})?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[- ](?:thirty|fifteen|forty-five))?)\b/g;
/** Agreeing words a restated slot carries. */
const TAKES_IT =
  /\b(?:yep|yup|yeah|yes|put (?:it|me|us) down|pencil (?:it|me|us) in|you got it|got it|i'll be there|we'll be there|see you (?:then|there|\w+day)|done|deal|perfect|great|works?|it is|sounds (?:good|great)|count on it|booked|locked in|lock it in|on the calendar|confirmed|absolutely|definitely)\b/;
/** A clause that turns a slot down: "Friday's tough", "Mondays are brutal", "he's on the road Thursday". */
const REFUSES =
  /\b(?:not|no|can't|cannot|won't|tough|zoo|brutal|slammed|swamped|out of|away|on the road|booked|(?:i'm|we're|he's|she's|they're|i am|we are) busy|busy (?:all|that|then)|doesn't work|won't work|unfortunately|check|get back to you)\b/;
const PAST = /\b(?:did|was|were|last|ago|yesterday|had)\b/;

function slots(clause: string): Set<string> {
  const out = new Set<string>();
  for (const m of clause.match(DAY_OR_TIME) ?? []) out.add(m.replace(/^the /, '').replace(/s$/, ''));
  return out;
}

/** The days and times `text` names in clauses that do not turn them down. */
function offeredSlots(text: string): Set<string> {
  const out = new Set<string>();
  for (const { text: c } of analyzeText(text).clauses) {
    if (!hasConcreteDate(c) || PAST.test(c) || REFUSES.test(c)) continue;
    for (const s of slots(c)) out.add(s);
  }
  return out;
}

/** Whether the turn's last clause is a question naming a day or time. */
function endsWithDateQuestion(text: string): boolean {
  const parts = analyzeText(text).clauses;
  const last = parts[parts.length - 1];
  return last !== undefined && last.question && hasConcreteDate(last.text) && !PAST.test(last.text);
}

/** Whether `reply` takes a day or time that `prior` (the other side's turn) named. */
export function takesNamedTime(prior: string, reply: string): boolean {
  if (!CONCRETE_DATE.test(analyzeText(reply).lower)) return false;
  // restating a slot the other side just accepted is the proposer's own confirmation
  // and so is saying back the day of the other side's own promise ("I'll call you Friday" / "I'll keep Friday open")
  // unless the prior turn ends by asking for a slot ("Sure. … Tuesday the third, four o'clock?")
  if ((isAcceptance(prior) || isDatedCommitment(prior)) && !endsWithDateQuestion(prior)) return false;
  const { lower, clauses } = analyzeText(reply);
  if (!CONCRETE_DATE.test(lower) || DEFLECT.test(lower) || !(TAKES_IT.test(lower) || isAcceptance(reply))) return false;
  if (clauses.some((c) => c.question)) return false;
  const offered = offeredSlots(prior);
  if (offered.size === 0) return false;
  for (const s of slots(lower)) if (offered.has(s)) return true;
  return false;
}
