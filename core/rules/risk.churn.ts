/**
 * risk.churn: the customer threatens to cancel, leave, switch vendors or not renew.
 * "We have no plans to leave" and "we're not thinking of cancelling" are negated.
 */
import { defineRule } from './define-rule.ts';
import { cueMoments, type CueRuleSpec } from '../text/cue-moment.ts';
import { phrases } from '../text/find-cue.ts';
import { generalLayer, CHURN } from '../text/general-layer.ts';
import { findCue, type Cue } from '../text/find-cue.ts';
import { memoByText } from '../text/memo.ts';
import { segmentMoment } from '../text/cue-moment.ts';
import type { MomentDraft } from '../types.ts';

const US_PRODUCT = '(?:you|you guys|y\'all|your (?:\\w+ )?(?:platform|product|tool|service|software|solution|company|team)|the (?:platform|tool|product|service|software)|this (?:platform|tool|product|service))';

const spec: CueRuleSpec = {
  kind: 'risk.churn',
  severity: 'critical',
  speaker: 'customer',
  general: generalLayer(CHURN),
  cues: [
    {
      // round 2 classes: planning to cancel, out to bid instead of renewing, switching at renewal ("not sure we can justify renewing" is below)
      re: phrases(
        `(?:planning|plan|planned|going|decided|intend|intending|want|wanting|looking|ready|about) (?:on |to )(?:cancel|cancell?ing|not renew|leave|switch|move on)`,
        `instead of (?:just )?renewing|rather than (?:just )?renew(?:ing)?\\b`,
      ),
    },
    {
      re: phrases(
        `cancel(?:l?ing|l?ed|lation|s)?(?= *(?:$|[.,!?;]|(?:our|the|my|this|your|all) (?:\\w+ )?(?:subscription|contract|account|plan|licen[cs]es?|seats|service|agreement|renewal|product|platform|tool|deal)|it\\b|(?:at|before) (?:the )?(?:end|renewal)|altogether|entirely))`,
        `switch(?:ing)? (?:over )?(?:vendors|providers|tools|platforms|away|to (?:another|a different|a competitor|someone else|something else|a cheaper|one of your competitors|other|an alternative|a new (?:vendor|provider|tool|platform)|\\w+ instead))`,
        `(?:leave|leaving|move away from|moving away from|move off|moving off|migrate off|migrating off|get off|getting off|walk away from|walking away from|drop|dropping|ditch|ditching|replace|replacing|rip out|ripping out|sunset|sunsetting|phase out|phasing out|churn from|stop using|stopping using|quit using) ${US_PRODUCT}`,
        `(?:leave|leaving) for (?:another|a different|a competitor|someone else|one of)|churn(?:ing)?\\b`,
        `terminat\\w* (?:the|our|this|my) (?:\\w+ )?(?:contract|agreement|subscription|account|relationship|partnership|service)`,
        `(?:end|ending|exit|exiting|get out of|getting out of|break|breaking) (?:the|our|this) (?:\\w+ )?(?:contract|agreement|subscription|relationship|partnership)(?: early)?`,
        `pull(?:ing)? the plug|(?:looking|look|shopping) for (?:a |an )?(?:replacement|alternative|new vendor|new provider)s?|(?:we're|we are|i'm|i am) (?:done|finished) with ${US_PRODUCT}`,
        `(?:last|final) (?:year|term|renewal|contract) with ${US_PRODUCT}|(?:give|giving|send|sending|serve|serving|submit|submitting) (?!them\\b)(?:\\w+ )?(?:notice|termination notice)`,
        `(?:downgrad(?:e|ing)|scal(?:e|ing) back|cut(?:ting)? (?:back )?(?:our |the )?(?:seats|licenses|users))`,
        // "if the price goes up again we're out"
        `(?:we're|we are|we'll be|we will be|i'm) (?:gone|moving on|out(?: of here)?)(?= ?[.!,;]|$)|why (?:we're|we are|are we) (?:still )?(?:using|paying for|with|on) (?:this|you|it|them)|we(?:'ll| will) walk(?: away)?\\b`,
        `cutting (?:every|all|our|some|back on|back) (?:\\w+ )?(?:subscriptions?|tools|vendors|software|spend|services)`,
        `(?:mov(?:e|ing)|migrat(?:e|ing)|go(?:ing)?|switch(?:ing)?) (?:over )?to (?:a |another |some )?(?:different|new|other|another|cheaper) (?:vendor|provider|tool|platform|solution|system|product|company)`,
        // "we'll probably let the contract lapse"
        `let (?:the |our |this |it |them )?(?:\\w+ )?(?:contract|subscription|licen[cs]es?|renewal|agreement|account|it)? ?(?:lapse|expire|run out)`,
        // "leadership is asking whether we should renew at all"
        `(?:whether|if) (?:we|to) (?:should |even |will |would )?(?:renew(?! (?:the |our |their )(?:\\w+ )?(?:deal|lease|supply|insurance)\\b)|keep (?:you|paying|using)|stay)|renew at all|(?:question(?:ing)?|rethink(?:ing)?|reconsider(?:ing)?|re-?evaluat(?:e|ing)|review(?:ing)?) (?:the |our )?(?:renewal|contract|subscription|relationship)`,
        // "we're going to have to look at moving to Snowflake"
        `(?:look(?:ing)? at|consider(?:ing)?|think(?:ing)? (?:about|of)|explor(?:e|ing)|have to|going to|gonna|will|might|may) (?:\\w+ )?(?:moving|move|switching|switch|migrating|migrate) (?:over )?(?:to|away)(?! (?:you|your)\\b)`,
        // taking the business elsewhere: "we'll go with someone else", "take our business elsewhere"
        `(?:go|going|gonna go|went|move|moving) (?:with|to) (?:someone|somebody|something|another (?:vendor|provider|company|platform|tool|option)|a different (?:vendor|provider|company|platform|tool)|one of (?:your|the) competitors|a competitor|whoever|whatever)(?: else)?(?! (?:for|in addition|as well))|go(?:ing)? elsewhere|take (?:our|my|the) business (?:elsewhere|somewhere else)|(?:look|looking|shop|shopping) elsewhere`,
        `(?:find|found|finding|source|sourcing|identify|line up|lining up|pick|choose) (?:a |an )?(?:replacement|alternative|new vendor|new provider|different vendor|different provider|another vendor|another provider)(?: for (?:you|this|the \\w+))?`,
        `(?:cut|cutting|drop|dropping|kill|killing|axe|axing) (?:this|the|your|that) (?:\\w+ )?(?:subscription|contract|service|line item|renewal)`,
        `(?:want|wants|wanted|need|needs|asked|told|get|getting|got|be|us|everyone) (?:\\w+ )?off (?:of )?(?:the|this|your) (?:platform|tool|system|product|service|software|app|contract)`,
        `(?<!(?:was|were) (?:going|planning|about) to )(?:mov(?:e|ing)|migrat(?:e|ing)|shift(?:ing)?|transition(?:ing)?|port(?:ing)?) (?:everything|it all|all of (?:it|this|that|our \\w+)|(?:all )?our (?:\\w+ )?(?:data|accounts?|users|people|team|business|stuff|workloads?|backups?|sites?|locations?|clients))(?: \\w+)? (?:over )?(?:to|onto|into)\\b(?! (?:you|your)\\b)`,
        `wind(?:ing)? down (?:our |the |this )?(?:use|usage|account|contract|subscription|relationship)|(?:moving|move|drop|dropping|going|go|cut(?:ting)? back|scal(?:e|ing) (?:back|down)) (?:down )?to (?:just )?(?:the )?(?:basic|starter|cheaper|lower|smaller|free|lite|essentials?|standard|bare[- ]bones) (?:plan|tier|package|version|edition|level)`,
        `(?:rethink(?:ing)?|reconsider(?:ing)?|re-?evaluat(?:e|ing)|question(?:ing)?) (?:the |our |this )?(?:whole |entire )?(?:relationship|partnership|arrangement|vendor|investment in (?:you|this))`,
      ),
    },
    {
      re: phrases(
        `(?:won't|will not|wouldn't|would not|not (?:going to|planning to|planning on|gonna|looking to|likely to|sure (?:we'll|we will|we're going to|about))|don't (?:plan|intend|expect|want|think we(?:'ll| will)?) to|do not (?:plan|intend|expect|want) to|unlikely to|no plans to|can't|cannot|may not|might not|probably (?:won't|not)|not) (?:be )?renew(?:ing|al|ed)?`,
        `(?:not sure|doubt|don't know if|don't see how|unsure) (?:we|i) (?:can|could) (?:still )?justify (?:renewing|keeping|staying|continuing|the renewal|another)`,
        `(?:we're|we are|we'll be|we will be|we'd be) (?:probably |likely |definitely )?switching(?! (?:on|off|to you|over to you))\\b`,
        `(?:not|never) to renew|(?:decided|deciding|leaning) against renew\\w*`,
        `(?:not sure|don't know if|doubt) (?:we'll|we will|we're going to|if we'll|we want to|we'd) (?:stay|renew|continue|keep (?:using|paying))|(?:won't|not going to|don't plan to|don't want to) (?:stay on|continue with|keep using|keep paying for)`,
        `(?:won't|don't|will not|do not|wouldn't) (?:really )?need (?:all|as many|the|those|that many|all (?:of )?(?:the|our|those)) (?:\\w+ )?(?:seats|licen[cs]es|users|accounts)`,
        `renewal (?:is|looks) (?:\\w+ )?(?:unlikely|in question|at risk|doubtful|on the line|not happening|off the table|up in the air)`,
        // round 3: not sure it renews, give them another chance, everything's on the table and that includes you
        `(?:not sure|don't know if|doubt|not convinced|can't promise) (?:it|this|that|the (?:contract|renewal|subscription))(?:'ll| will| would| is going to)? (?:gets? )?renew(?:s|ed)?\\b`,
        `(?:give|giving|gave) (?:you|them|you guys|you folks|y'all) (?:another|a second|one more|a last|a final) (?:chance|shot|try|go)`,
        `(?:that|which|this|and that) (?:also )?includes (?:you|your (?:\\w+ )?(?:contract|subscription|platform|tool|product|service|renewal))\\b|(?:you're|you are|you guys are|your (?:\\w+ )?(?:contract|subscription|renewal) is) (?:on the (?:table|list|chopping block)|up for (?:review|cuts?|the chop))|on the chopping block`,
        `(?:can't|cannot|couldn't|hard to|tough to|difficult to|struggl\\w+ to|no longer|not able to|unable to) (?:\\w+ )?justify (?:keeping (?:you|this|it|the \\w+)|renewing|staying|continuing with|the renewal|another year)`,
      ),
      polarity: 'inherent',
    },
  ],
};

/**
 * Looking around is churn only for a customer who has something to leave ("we're looking at other
 * options" ahead of a renewal); from a prospect it is a competitor mention. So these cues need an
 * existing relationship named earlier in the call (renewal, our contract, cancelling).
 */
const LOOKING_AROUND: readonly Cue[] = [
  {
    re: phrases(
      `(?:look(?:ing)?|looked|explor(?:e|ing)|evaluat(?:e|ing)|consider(?:ing)?|talk(?:ing)? to|speak(?:ing)? (?:to|with)|get(?:ting)? (?:quotes|proposals|bids) from|shop(?:ping)?|weigh(?:ing)?|check(?:ing)? out|demo(?:ing)?|trial(?:l?ing)?) (?:\\w+ )?(?:at |around (?:at )?)?(?:other|alternative|different|cheaper|some other|a few other|a couple (?:of )?other|your) (?:options|vendors|providers|solutions|tools|platforms|companies|competitors|alternatives|products|systems)`,
      // a rival courting an existing customer: "Springshare has been pitching us LibCal as part of a bundle"
      `(?:been|keeps?|kept|are|'re|is|'s) (?:pitching|courting) us\\b`,
      `(?:shopping|looking) around|(?:testing|test) the (?:market|waters)|see(?:ing)? what else is out there|(?:bring(?:ing)?|tak(?:e|ing)|mov(?:e|ing)|do(?:ing)?) (?:this|it|that|everything|the work|things) (?:back )?in-?house|(?:go|going|switch(?:ing)?|mov(?:e|ing)) (?:to )?month[- ]to[- ]month`,
    ),
  },
];
const RELATIONSHIP = /\b(?:renew\w*|our (?:contract|subscription|account|plan)|cancel\w*|churn\w*|your (?:platform|product|service|tool|software|app)|(?:been|as) (?:a )?customers?|(?:outages?|downtime)\b)/;
const namesRelationship = memoByText((text: string) => RELATIONSHIP.test(text.toLowerCase()));
const RELATIONSHIP_LOOKBACK = 40;

export default defineRule({
  kind: spec.kind,
  evaluate(ctx): MomentDraft[] {
    const { segments, at } = ctx;
    const own = cueMoments(spec, ctx);
    const seg = segments[at];
    if (own.length || !seg || seg.speaker !== 'customer' || !findCue(seg.text, LOOKING_AROUND)) return own;
    for (let k = at; k >= 0 && k >= at - RELATIONSHIP_LOOKBACK; k--) if (namesRelationship(segments[k].text)) return [segmentMoment(seg, spec.kind, spec.severity)];
    return [];
  },
});
