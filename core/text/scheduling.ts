/**
 * Scheduling speech acts for next_steps: a commitment with a date ("I'll send the proposal by
 * Friday"), a proposal ("Can we meet Thursday at 2?"), and a reply that accepts one
 * ("Thursday works") or deflects it ("let me check my calendar and get back to you").
 */
import { analyzeText } from './text-analysis.ts';
import { memoByText } from './memo.ts';
import { CONCRETE_DATE, hasConcreteDate } from './date-expression.ts';
import { negatedAt } from './negation.ts';
import { testFast } from './regex-prefilter.ts';

const COMMIT =
  /\b(?:i|we|he|she|they)(?: says? (?:he|she|they))? (?:can|could|will|'ll) (?:have|get) (?:[\w-]+ ){1,4}?(?:back )?(?:over )?to (?:you|him|her|them|your \w+)\b|\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i am going to|we are going to|i'm gonna|we're gonna|let me|i'd be happy to|i'll make sure to|i'll be sure to|you'll (?:have|get|see|receive)|expect)\b(?:\s+\S+){0,6}?\s+(?:send|share|get|have|set up|schedule|book|put together|put|add|forward|prepare|draft|follow up|circle back|call|email|ping|loop|introduce|review|sign|deliver|return|confirm|finalize|submit|reach out|come back|get back|present|bring|take|walk (?:you|them|your)|run|hop on|jump on|call|include|let you know|turn (?:it|this|that|them) around|turn around)\b/;
/** Sending information only ("I'll email you some info today") commits the customer to nothing. */
const INFO_ONLY =
  /\b(?:send|share|email|e-mail|shoot|drop|forward|pass along)\b(?:\s+\S+){0,3}?\s+(?:an?\s+|the\s+|that\s+|this\s+|some\s+|a few\s+|a quick\s+|a short\s+|over\s+|more\s+)*(?:email|e-mail|info|information|details|materials?|deck|slides|one-pager|video|case stud(?:y|ies)|customer stories|stories|recap|summary|notes|links?|resources|overview|brochure|literature|documentation|docs|collateral|recording|comparison)\b/;
const DEAL_DOC = /\b(?:sign|signed|proposal|quote|contract|order form|agreement|sow|msa|redlines?|paperwork|purchase order)\b/;
const DEAL_STEP =
  /\b(?:proposal|pricing|quote|contract|order form|agreement|invite|invitation|sow|msa|redlines?|paperwork|po|purchase order|trial|pilot|accounts?|meeting|call|demo|session)\b/;
const PROPOSE =
  /\b(?:let's|let us|how about|what about|shall we|why don't we|could we|can we|would|does|do you|are you|is|i'm free|i am free|we're free|i'm available|we're available|i can do|we can do|i could do|maybe|we could|i propose|i suggest|works? for you|good for you|if you)\b/;
const SCHEDULING =
  /\b(?:meet|meeting|call|chat|talk|sync|demo|follow[- ]?up|session|catch up|reconnect|regroup|touch base|review|walk ?through|work|works|free|available|time|slot|schedule|book|calendar|invite|send|start|kick ?off|get together|hop on|jump on|do|connect|circle back|go over|present|workshop|good|deep[- ]dive|dive|walkthrough|minutes|set (?:it|this|things|you) up|check-?in|kick-?off|kickoff|onboarding|training|presentation|debrief|look|meet|okay|ok|fine|best)\b/;
/** Strong proposal openers: with a concrete date they propose a step whatever the activity. */
const PROPOSE_STRONG =
  /\b(?:how about|what about|maybe|shall we|let's|let us|why don't we|could we|can we|are you free|are you available|(?:does|would|will) (?:\w+ ){1,4}(?:work|suit)|(?:is|would) (?:\w+ ){1,4}(?:good|okay|ok|better))\b/;
/** Dates of the same day: a commitment due then is a courtesy follow-up, not a next step. */
const SAME_DAY_ONLY = /^(?:today|tonight|this (?:afternoon|morning|evening)|end of (?:the )?day|eod)$/;
const PAST = /\b(?:did|was|were|last|ago|yesterday|have you|had)\b/;
/** A reply that only opens with an agreeing word ("Okay. To be honest…") accepts nothing by itself. */
const ACCEPT_LEAD =
  /^(?:yes|yeah|yep|yup|sure|absolutely|definitely|perfect|great|ok|okay|deal|done|good|fine|of course|certainly|excellent|brilliant|lovely|cool|awesome)\b/;
const ACCEPT =
  /^(?:sounds good|sounds great|that works|works for me)\b|\b(?:(?<!\b(?:what|whatever|when|whichever|whenever|if (?:that|it)|see (?:what|if)) )works|work for (?:me|us)|works for (?:me|us)|(?:should|would|could|will|can) work|sounds (?:good|great|perfect|fine)|see you (?:then|on|at|there|\w+day)|(?:is|are|'s) (?:good|fine|great|perfect)(?: for (?:me|us))?|let's do (?:it|that|the|\w+day)|lock it in|book it|i'll be there|we'll be there|calendar invite|send (?:me |us |over )?(?:an |the |a )?invite|put it (?:in|on) the calendar|it's a date|count me in|i'll make (?:it|sure)|we'll make it)\b/;
/** What makes a bare "yeah" / "okay" an acceptance: a short reply, or one that names the slot. */
const ACCEPT_CONTEXT = /\b(?:then|there|invite|calendar|slot|booked|confirmed|talk soon|see you)\b/;
export const DEFLECT =
  /\b(?:check (?:my|our|with)|get back to you|let you know|not sure|i'll see|have to see|need to see|need to check|can't|cannot|won't work|doesn't work|don't think|busy|not available|tentative|confirm later|no(?=,)|unfortunately|might not|may not|probably not|hard to say|not great|isn't great|won't be able|out of (?:the )?office|ooo|let me ask|i'll ask|need to ask|have to ask|let's see|we'll see|tough|tricky|might say|circle back|after the holidays|push (?:it|this|that) (?:out|back)|hold off)\b/;

function clauses(text: string): readonly string[] {
  return analyzeText(text).clauses.map((c) => c.text);
}

/** A first-person commitment to a concrete step with a day or time (not a mere send of information). */
export const isDatedCommitment = memoByText((text: string): boolean => {
  if (!testFast(COMMIT, analyzeText(text).lower)) return false;
  const parts = clauses(text);
  // "I'll send the agreement today. Can we plan to sign on Monday?" asks for agreement: a proposal.
  const last = parts[parts.length - 1];
  if (last !== undefined && last.endsWith('?') && isDatedProposal(last) && !parts.slice(0, -1).some(
    // unless the commitment names its own day: "I can have it to you by next Friday. Could we then meet Tuesday?"
    (c) => hasConcreteDate(c) && !sameDayOnly(c) && COMMIT.test(c),
  )) return false;
  // "Hold it until next Friday. I'll let you know by then."
  const datedElsewhere = parts.some((c) => hasConcreteDate(c));
  return parts.some((c) => {
    const m = COMMIT.exec(c);
    const dated =
      hasConcreteDate(c) ||
      (datedElsewhere && /\b(?:by|before|until) then\b/.test(c)) ||
      // a signature promised for this week is a dated step
      (/\bsign(?:ed|ing)?\b/.test(c) && /\b(?:this|next) week\b/.test(c));
    if (m === null || negatedAt(c, m.index, m[0]) || !dated || PAST.test(c)) return false;
    // "If you send me the chapter today, I can have the sample back to you by Friday" offers a step: a proposal
    if (/^(?:and |so |well |okay,? )?if\b/.test(c) && /\b(?:can|could) have\b/.test(c)) return false;
    if (INFO_ONLY.test(c) && !DEAL_STEP.test(c)) return false;
    return !sameDayOnly(c) || DEAL_DOC.test(c);
  });
});

/** Whether the turn ends by asking for a dated step ("…by Friday. Could we then meet Tuesday?"). */
export const endsWithDatedAsk = memoByText((text: string): boolean => {
  const parts = clauses(text);
  const last = parts[parts.length - 1];
  return last !== undefined && last.endsWith('?') && isDatedProposal(last);
});

/** A proposal of a concrete meeting or step with a day or time. */
export const isDatedProposal = memoByText((text: string): boolean => {
  const parts = clauses(text);
  if (parts.some(
    (c) => hasConcreteDate(c) && !PAST.test(c) && !DEFLECT.test(c) && (PROPOSE_STRONG.test(c) || (SCHEDULING.test(c) && (PROPOSE.test(c) || c.endsWith('?')))),
  )) return true;
  // "I can set you up on Monday. Does nine work for a quick kickoff?": the date and the ask in two sentences.
  return parts.some((c) => hasConcreteDate(c) && !PAST.test(c) && !DEFLECT.test(c) && SCHEDULING.test(c)) &&
    parts.some((c) => c.endsWith('?') && PROPOSE_STRONG.test(c) && !DEFLECT.test(c) && !PAST.test(c));
});

const CONCRETE_DATE_ALL = new RegExp(CONCRETE_DATE.source, 'g');

/** Whether the only dates in a clause fall on the same day ("I'll confirm the amount today"). */
function sameDayOnly(clause: string): boolean {
  const dates = clause.match(CONCRETE_DATE_ALL) ?? [];
  const today = /\b(?:today|tonight)\b/.test(clause);
  return (dates.length === 0 && today) || (dates.length > 0 && dates.every((d) => SAME_DAY_ONLY.test(d.trim())) );
}

/** Whether `lower.split(' ')` has at most `n` pieces, counted without splitting. */
function wordsAtMost(lower: string, n: number): boolean {
  let spaces = 0;
  for (let i = lower.indexOf(' '); i >= 0; i = lower.indexOf(' ', i + 1)) if (++spaces >= n) return false;
  return true;
}

/**
 * A reply that accepts what was proposed, without deflecting. Clause by clause, the last clause
 * that agrees or deflects decides ("let me check with him, but Thursday should work" accepts).
 * An opening "yeah" / "okay" accepts only in a short reply or one that names the slot.
 */
export const isAcceptance = memoByText((text: string): boolean => {
  const { lower, clauses: parts } = analyzeText(text);
  const short = wordsAtMost(lower, 6);
  let verdict = false;
  for (const { text: c } of parts) {
    if (DEFLECT.test(c)) verdict = false;
    else if (ACCEPT.test(c)) verdict = true;
    else if (ACCEPT_LEAD.test(c) && (short || ACCEPT_CONTEXT.test(lower) || hasConcreteDate(lower))) verdict = true;
  }
  return verdict;
});
