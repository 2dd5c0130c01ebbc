/**
 * Scheduling speech acts for next_steps: a commitment with a date ("I'll send the proposal by
 * Friday"), a proposal ("Can we meet Thursday at 2?"), and a reply that accepts one
 * ("Thursday works") or deflects it ("let me check my calendar and get back to you").
 */
import { analyzeText } from './text-analysis.ts';
import { hasConcreteDate } from './date-expression.ts';
import { negatedAt } from './negation.ts';

const COMMIT =
  /\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i am going to|we are going to|i'm gonna|we're gonna|let me|i'd be happy to|i'll make sure to|i'll be sure to|you'll (?:have|get|see|receive)|expect)\b(?:\s+\S+){0,6}?\s+(?:send|share|get|have|set up|schedule|book|put together|prepare|draft|follow up|circle back|call|email|ping|loop|introduce|review|sign|deliver|return|confirm|finalize|submit|reach out|come back|get back|present|bring|walk (?:you|them|your)|run|hop on|jump on|call)\b/;
const PROPOSE =
  /\b(?:let's|let us|how about|what about|shall we|why don't we|could we|can we|would|does|do you|are you|is|i'm free|i am free|we're free|i'm available|we're available|i can do|we can do|i could do|maybe|we could|i propose|i suggest|works? for you|good for you)\b/;
const SCHEDULING =
  /\b(?:meet|meeting|call|chat|talk|sync|demo|follow[- ]?up|session|catch up|reconnect|regroup|touch base|review|walk ?through|work|works|free|available|time|slot|schedule|book|calendar|invite|send|start|kick ?off|get together|hop on|jump on|do|connect|circle back|go over|present|workshop|good)\b/;
const PAST = /\b(?:did|was|were|last|ago|yesterday|have you|had)\b/;
const ACCEPT =
  /^(?:yes|yeah|yep|yup|sure|absolutely|definitely|perfect|great|sounds good|sounds great|that works|works for me|ok|okay|deal|done|good|fine|of course|certainly|excellent|brilliant|lovely|cool|awesome)\b|\b(?:works|work for (?:me|us)|works for (?:me|us)|sounds (?:good|great|perfect|fine)|see you (?:then|on|at|there|\w+day)|(?:is|are|'s) (?:good|fine|great|perfect)(?: for (?:me|us))?|let's do (?:it|that)|lock it in|book it|i'll be there|we'll be there|calendar invite|send (?:me |us |over )?(?:an |the |a )?invite|put it (?:in|on) the calendar|it's a date|count me in)\b/;
const DEFLECT =
  /\b(?:check (?:my|our|with)|get back to you|let you know|not sure|i'll see|have to see|need to see|need to check|can't|cannot|won't work|doesn't work|don't think|busy|not available|tentative|confirm later|no,|unfortunately|might not|may not|probably not|hard to say|not great|isn't great|won't be able|out of (?:the )?office|ooo)\b/;

function clauses(text: string): readonly string[] {
  return analyzeText(text).clauses.map((c) => c.text);
}

/** A first-person commitment to a concrete step with a day or time. */
export function isDatedCommitment(text: string): boolean {
  return clauses(text).some((c) => {
    const m = COMMIT.exec(c);
    return m !== null && !negatedAt(c, m.index, m[0]) && hasConcreteDate(c) && !PAST.test(c);
  });
}

/** A proposal of a concrete meeting or step with a day or time. */
export function isDatedProposal(text: string): boolean {
  return clauses(text).some((c) => hasConcreteDate(c) && SCHEDULING.test(c) && !PAST.test(c) && (PROPOSE.test(c) || c.endsWith('?')));
}

/** A reply that accepts what was proposed, without deflecting. */
export function isAcceptance(text: string): boolean {
  const lower = analyzeText(text).lower;
  return ACCEPT.test(lower) && !DEFLECT.test(lower);
}
