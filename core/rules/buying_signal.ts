/**
 * buying_signal: the customer asks about implementation, onboarding, contracts, start dates or
 * who signs, asks for the paperwork, or agrees to move forward. Statements about a past vendor's
 * implementation are not signals; "we're not ready to move forward" is negated.
 */
import { defineRule } from './define-rule.ts';
import type { MomentDraft } from '../types.ts';
import { cueMoments, segmentMoment, type CueRuleSpec } from '../text/cue-moment.ts';
import { findCue, phrases, type Cue } from '../text/find-cue.ts';
import { isDatedProposal } from '../text/scheduling.ts';

const WHEN =
  '(?:next|this|in|by|before|on|early|around|from|the (?:first|start|beginning))(?: \\w+){0,2}? (?:week|month|quarter|q[1-4]|year|monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december|\\d+(?:st|nd|rd|th)?)';

const spec: CueRuleSpec = {
  kind: 'buying_signal',
  severity: 'info',
  speaker: 'customer',
  cues: [
    {
      // round 2 classes: liking an offer, terms of the deal (out clause, tier confirmed, if we do this), a signed form promised, we'd pick you
      polarity: 'plain',
      re: phrases(
        `(?:i|we) (?:really )?like that(?= ?[.!]|$)`,
        `(?:out|exit|termination|performance|opt-?out|escape) clause|what would the (?:\\w+ )?(?:clause|terms|contract|term) look like`,
        `confirm (?:that )?(?:we're|we are|we'd be|we'll be) (?:on|getting)|if we do (?:this|it|that)\\b|if we (?:go ahead|move forward|sign)\\b`,
        `(?:the |a )?signed (?:form|order form|contract|agreement|paperwork|copy|sow)|get (?:it|the \\w+(?: \\w+)?) signed`,
        `(?:we'd|we would|we'll|we will|i think we'd) (?:probably |definitely )?(?:pick|choose|go with|select|sign with) you`,
      ),
    },
    {
      form: 'question',
      re: phrases(
        `install(?:ation|ing|s)?|implementation|implementing|(?<!waive (?:the |your )?)implement (?:it|this)|onboarding|onboard (?:us|our|the|my)|rollout|roll-out|roll(?:ing)? (?:it |this )?out|deploy(?:ment|ing)?|set(?:ting)? (?:it |this |us |everything |things )?up|setup(?! (?:fee|fees|cost|costs|charge))|go(?:ing)?[- ]live|get(?:ting)? (?:us |everyone |the team )?(?:started|up and running|set up|going|live|rolled out|onboarded)|ramp(?:ing)? up|ramp[- ]up|training|train (?:our|the|my)|kick(?:ing)?[- ]?off|migrat\\w+|a pilot|the pilot|pilot (?:program|period|phase|with)|(?:free )?trial|proof of concept|poc`,
        `(?:add|adding) (?:it|this|that|the \\w+(?: \\w+)?)\\b|what (?:do|would|will) you need from (?:us|me|our side|our end)|multi-?year|(?:one|two|three|\\d)[- ]year (?:term|deal|contract|agreement|option|commitment|plan)|contract|contracts|paperwork|agreement|order form|msa|sow|purchase order|payment terms|billing|invoic\\w+|next steps?|timeline|time ?frame|lead time|sign(?:ing|ed)?|(?:add|adding) (?:more )?(?:users|seats|reps|people|licenses)|how many (?:seats|licenses|users)|minimum (?:seats|term|commitment)`,
        `(?:we|us|our team|i) (?:\\w+ ){0,2}?(?:start|begin|get started|kick off|go live|launch|roll (?:it |this )?out|sign up)`,
        // round 3: bringing the current data over, being live by a date, the terms of a longer deal at the quoted number
        `(?:can|could|will|would|does|do) (?:it|you|we) (?:import|migrate|bring over|move over|carry over|transfer|pull in) (?:our|the|all (?:of )?(?:our|the)|existing|current) |(?:do|would|will) we (?:have to )?(?:type|key|enter|re-?enter) (?:them|it|everything|all (?:of )?(?:them|it|that)) (?:all )?in again`,
        `(?:could|can|would|will) we (?:be )?(?:live|up and running|running|launched|set up|onboarded) (?:by|before|in time for|ahead of)`,
        // round 4: the same classes said another way: "we can bring over our existing templates, right?", "could you have bidding live for the November sale?", "could we lock it in for two?"
        `(?:we|you|it) (?:can|could|will) (?:import|migrate|bring over|move over|carry over|transfer|pull in) (?:our|the|all (?:of )?(?:our|the)|existing|current) |(?:could|can|would|will) (?:you|we) (?:have|get) (?:[\\w-]+ ){1,3}?(?:live|up and running|running|set up) (?:by|before|in time for|ahead of|for)`,
        `lock (?:it|that|this|the (?:price|rate|pricing)) in for (?:two|three|four|five|\\d|a couple|multiple|several)`,
        `(?:would|does|will|could|can) (?:the|a|that) (?:[\\w-]+ )?(?:years?|term|deal|contract) (?:also )?(?:lock|locks) (?:in )?(?:the|our|that) (?:price|rate|pricing)|(?:could|can|would) you do (?:it|that|a [\\w-]+|the [\\w-]+) at (?:that|this)(?: (?:price|number|rate))?(?= ?[?.!,]|$)`,
        `how long (?:until|till|before)|if we (?:picked|chose|went with|signed with|bought|moved forward with|go with|pick|choose) (?:you|your)|how (?:soon|quickly|fast) (?:can|could|would|will|do)|how long (?:does|would|will|did|do|is)(?: \\w+){0,4}? (?:take|implementation|onboarding|setup|set up|to get|to roll|to deploy|to implement|to go live|to ramp|to launch)`,
      ),
    },
    {
      re: phrases(
        `(?:let's|let us|we'd like to|we would like to|we want to|we're ready to|we are ready to|i'd like to|i want to|i'm ready to|ready to|we should|we're going to|we'll|we will|i think we can|we could|we can|we'd be able to|we should be able to|we've decided to|we decided to|happy to|excited to|keen to|eager to|good to|want to|like to|we can|we're gonna|we are going to) (?:\\w+ ){0,2}?(?:mov(?:e|ing) forward|go(?:ing)? ahead|proceed(?:ing)?|get started|get going|get this going|sign|buy|purchase|do (?:the|this) deal|start (?:the |a )?(?:pilot|trial|contract|paperwork|onboarding|implementation|rollout|process)|kick (?:things |this |it )?off|roll (?:it |this )?out|move ahead|go with (?:you|your|this)|pull the trigger|make it happen|get (?:the )?(?:paperwork|contract|ball) (?:going|started|moving|rolling)|sign (?:up|on|the)|start ${WHEN})`,
        `(?:start|begin|kick off|go live|roll out|launch|be live|up and running|onboard(?:ed)?)(?:ing)? ${WHEN}`,
        `(?:need|want|like|have|get|aiming|hoping) (?:to have )?(?:this|it|everything|us|the team|everyone)(?: \\w+)? (?:live|up and running|rolled out|in place|deployed|running|onboarded|set up) (?:by|before|in|for|ahead of)`,
        `leaning (?:towards?|toward) (?:going with|choosing|picking|signing with|moving forward with|buying from) (?:you|your)`,
        `(?:we|i) (?:can|could) (?:live with|sell|work with) (?:that|this|it)\\b|(?:we're|we are) in (?:good|great) shape|(?:i think )?we have a deal|we're good to go|this works for us`,
        // "adding our new branch staff", "add another forty people"
        `(?:add|adding|expand(?:ing)? (?:it )?to|roll(?:ing)? (?:it |this )?out to) (?:our |the |more |another |\\d+ |\\w+ more )(?:\\w+ ){0,3}?(?:staff|people|users|seats|teams?|employees|agents|reps|recruiters|locations?|branch(?:es)?|sites?|offices?|departments?)`,
        // "we'll want them on the system before April", "I'd want to be live well before then"
        `(?:want|need|like|get) (?:them|it|this|everyone|the (?:\\w+ )?(?:units|sites|locations|team|users|staff|buildings|stores)) (?:on|in|onto) (?:the|your) (?:system|platform|tool|app)`,
        `(?:want|need|like|hope|hoping|aim|aiming|plan|planning|expect|expecting) to (?:be |go |get |have (?:it|this|everything) )(?:live|up and running|rolled out|started)`,
        `(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|next (?:month|quarter)) (?:would|will) (?:be )?(?:perfect|great|ideal|good|work)`,
        `(?:run|start|do|set up|kick off|try) (?:a|the) (?:small |short |free )?(?:trial|pilot|proof of concept|poc)\\b`,
        `(?:i'll|we'll|i will|we will|ready to) sign (?:it|the|this|today|now)|(?:get|have) (?:it|this|that|the \\w+(?: \\w+)?) signed|(?:we'd|we would|we'll|i'd|i think we'd) (?:go for|take) (?:that|it|this)\\b`,
        // expansion: "we'd like to add about twenty seats"
        `(?:we'd like to|we would like to|we want to|we need to|we'll need to|looking to|planning to|we're going to|we plan to|i'd like to) (?:\\w+ )?(?:add|buy|get|purchase|expand(?: to)?)(?: \\w+){0,3}? (?:seats|licen[cs]es|users|agents|reps|accounts)`,
        // "we'd want the seats ready the week before"
        `(?:want|need|like|have)(?: to have)? (?:this|it|everything|the (?:\\w+ )?(?:seats|licen[cs]es|accounts|system|platform|tool|integration)) (?:ready|live|up and running|rolled out|in place|deployed|running|set up|provisioned|active|working)`,
        `send (?:me |us |over |me over |us over |through )?(?:the |a |your )?(?:\\w+ )?(?:contract|paperwork|agreement|order form|msa|sow|proposal|quote|docusign|invoice|redlines?|terms|purchase order)`,
        `(?:i think |i feel like )?(?:we're|we are) (?:very |really |pretty |so |getting )?(?:close|almost there|nearly there)(?= ?[.!,;]|$| to (?:a deal|signing|done|the finish))|(?:put|pull|draw|write|work) (?:together |up )?(?:a |an |the )(?:\\w+ )?(?:proposal|quote|order form|estimate|agreement|contract|sow)(?: for (?:\\d+|\\w+ (?:seats|users|licen[cs]es|locations|sites)|us|the \\w+))?|(?:i'm|we're|i am|we are) (?:sold|on board|convinced|ready to go|in\\b(?= ?[.!,]|$))|count (?:me|us) in|(?:sounds|looks) like (?:a|the|exactly the) (?:\\w+ )?(?:fit|no-brainer|no brainer)|exactly what we(?:'ve been| were| are)? (?:looking for|need|needed)|who (?:else )?(?:needs|has|would need|should|do i need) to (?:sign|approve)|(?:where|who) (?:do|should) (?:i|we) send (?:the )?(?:po|purchase order|signed)`,
      ),
    },
  ],
};

/** "Let's do it" agrees to buy only once there is something on the table, not in the opening exchange. */
const OPENING_SEGMENTS = 4;
const LETS_DO_IT: readonly Cue[] = [{ re: phrases(`(?:let's|let us|we should|we want to|we'd like to) (?:just )?do (?:it|this)`) }];

export default defineRule({
  kind: spec.kind,
  evaluate(ctx): MomentDraft[] {
    const { segments, at } = ctx;
    const seg = segments[at];
    const moments = cueMoments(spec, ctx);
    if (moments.length || !seg || seg.speaker !== 'customer' || at < OPENING_SEGMENTS) return moments;
    if (!findCue(seg.text, LETS_DO_IT)) return [];
    // "Let's do it" in reply to a proposed meeting agrees to the meeting, not to buy.
    for (let k = at - 1; k >= 0 && k >= at - 2; k--) if (segments[k].speaker !== seg.speaker && isDatedProposal(segments[k].text)) return [];
    return [segmentMoment(seg, spec.kind, spec.severity)];
  },
});
