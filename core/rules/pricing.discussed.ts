/**
 * pricing.discussed: a neutral tracker for whenever price, cost, quotes, budget, discounts or
 * license fees come up, by either speaker (one moment per segment): every price objection, and a
 * reply that weighs the number just given ("that's in the range we expected"). "It costs us
 * hours", "to quote our CEO" and "a twenty percent no-show rate" are not pricing.
 */
import { defineRule } from './define-rule.ts';
import type { MomentDraft, Playbook, Segment } from '../types.ts';
import { cueMoments, segmentMoment, type CueRuleSpec } from '../text/cue-moment.ts';
import { findCue, phrases, type Cue } from '../text/find-cue.ts';
import priceObjection from './objection.price.ts';
import { memoByText } from '../text/memo.ts';

const spec: CueRuleSpec = {
  kind: 'pricing.discussed',
  severity: 'info',
  cues: [
    {
      polarity: 'inherent',
      re: phrases(
        `price|prices|priced|pricing|pricey|overpriced|price tag`,
        `costs?(?! (?:us|me|them|you|the team|our team|our reps)(?: \\w+){0,3}? (?:time|hours|days|weeks|deals|sleep|momentum|productivity|minutes))(?! of (?:doing nothing|inaction|delay))|costing|costly`,
        `(?<!\\bto )quote(?! (?:you|him|her|them|me|us|our|my|the (?:ceo|founder|boss)|someone|somebody)\\b)|quoted|(?:the|your|their|our|two|three|several|a few|other|competing|price|pricing|vendor|insurance) quotes|quotes (?:coming |in )?from`,
        `(?:year[- ]one|first[- ]year|annual|current|same|flat|discounted|hourly|monthly|day|daily|per[- ]seat|introductory|list) rates?|uplift|(?:price|rate|cost)s? (?:increase|hike|lock|protection)|(?:\\d+|\\w+) percent (?:increase|higher|more|cheaper|lower|less|off|discount|uplift|of the (?:price|cost|license))`,
        `dollars?|bucks|euros?|(?:hundred|thousand|grand|k|\\d) (?:a|per|an) (?:month|year|seat|user|head|license|device|vehicle|agent|rep)`,
        `(?:processing|transaction|hosting|platform|setup|set-up|onboarding|implementation) (?:rates?|fees?|costs?)|line items?|bills\\b|(?:the|our|a|monthly|annual|hosting|current|phone) bill\\b|credit (?:for|on|back|note|memo)\\b|(?:a|the|some|service|account|kind of) credits?\\b(?! (?:union|card|score|check|report|rating|history))|(?:paying|pay|paid|pays) (?:for|separately|extra|more|less|per|monthly|annually|upfront|up front)\\b`,
        `(?:our|your|the|annual|cloud|total|current|software|marketing|it) spend\\b|net (?:\\d+|thirty|forty-five|sixty|ninety)\\b|month[- ]to[- ]month|per[- ]\\w+ (?:rate|price|cost|fee|number)s?|(?<!in )charges? (?:us|you|them|per|a |an |for|extra|more|less)|charging (?:us|you|them|per|for|extra|more|less)|cents\\b|overages?|billing (?:cycle|terms|frequency|starts?|date|period)|(?:quarterly|monthly|annual|annually|yearly|usage-based) billing|billed|charges\\b(?! (?:against|of|were filed))|payments?\\b|funding|grant money|the monthly\\b|monthly (?:fee|cost|price|payment|rate)|(?:another|a new|a|the|our|your|annual|monthly) subscription|(?:starter|basic|pro|team|business|enterprise|premium|paid|free|annual|monthly|growth) plans?\\b|(?:what kind of|that kind of|a lot of|much|the|enough|any|real|more|less|extra|serious|save|saves|saving) money\\b|(?:we|i|you|they) (?:currently |now |only |already )?pay\\b|(?:technology|software|it|tech|marketing|annual|capital) (?:spend|spending|budget)|(?:a third|half|a quarter|a fraction|twice|double) (?:of )?(?:the |what )?(?:\\w+ )?(?:proposal|price|cost|quote|we pay|you pay)|free (?:for|of charge|trial|pilot)|at no (?:cost|charge)|no charge|for free|(?:want|willing|able|looking|expecting|planning|prepared) to (?:spend|pay|invest)|(?:hundred|thousand) (?:dollars|a year|per year|for the year|annually|a month|per month)`,
        `(?:hundred|thousand|fifty|twenty|thirty|forty|sixty|seventy|eighty|ninety|\\d+) (?:a|per) (?:month|year|seat|user|head|license)`,
        `(?:get|bring|drop|take) (?:it|that|this|you|the price) (?:down )?to (?:about |around |just )?(?:\\$?\\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)`,
        `premiums?\\b|(?:smaller|bigger|larger|cheaper|lower|higher|different|other|new) plan\\b`,
        // asking the number without a pricing word: "what would that run us?", "how much are we talking?", "what's the damage?"
        `(?:run|set) (?:us|me|you|them)(?: back)?(?= ?[?.!,;]|$| (?:per|a|each|annually|monthly|for|about|around|roughly))|how much (?:are we|we're|are you|would we be) (?:talking|looking at)|what(?:'s| is| would be) the damage|ballpark(?: figure| number)?|(?:the )?numbers? (?:make sense|work out|works? for|add up|pencil out)|billed (?:monthly|annually|yearly|quarterly|per|by|at|up ?front|separately)|billing (?:cycle|terms|frequency|monthly|annually)|(?:do|does|would|will) (?:you|they|it) charge|charge (?:for|extra|separately)|(?:what|how much) (?:do|does|would|will) (?:you|they|it) charge|(?:pay|paid) (?:monthly|annually|yearly|quarterly|up ?front|per)\\b|what kind of (?:money|investment|budget|numbers?)`,
        `tiers?|brings? (?:it|that|this|the \\w+) (?:down|up) to|service credits?|credits? for the (?:outage|downtime|incident)s?|refunds?`,
        `license (?:fees?|costs?)|licensing (?:fees?|costs?|model)|per (?:seat|user|rep|license|head)|subscription (?:fees?|costs?|price)|fees?|discount\\w*|budget\\w*|expensive|cheap|cheaper|afford\\w*|invoice\\w*|payment terms`,
        `how much (?:does|would|will|do) (?:\\w+ ){1,4}?(?:cost|run|be)\\b|how much (?:is|does|would|will|do|are|did)(?: it| that| this| the \\w+| they)?(?= ?(?:[?.!,]|$)| (?:cost|costs|run|charge|come to|go for|per|a month|a year|for))|\\$ ?\\d[\\d,.]*k?|\\d[\\d,.]* ?(?:dollars|bucks|usd|euros?|pounds|grand)|\\d+k (?:a|per) (?:year|month|seat)|(?:per|a) (?:month|year) per (?:seat|user)`,
      ),
    },
  ],
};

const hasPricingCue = memoByText((text: string) => findCue(text, spec.cues) !== undefined);

/** A reply that weighs a number the other side just gave: "that's more reasonable than I thought". */
const WEIGHS_NUMBER: readonly Cue[] = [
  {
    polarity: 'inherent',
    re: phrases(
      `(?:that's|it's|that is) closer|(?:work|live) with (?:that|this)|reasonable|in (?:the|our|that) (?:range|ballpark)|ballpark|doable|affordable|steep|(?:more|less|lower|higher|cheaper|closer|better|worse) than (?:i|we)(?: \\w+){0,3}? (?:thought|expected|budgeted|feared|figured|afraid|worried|hoped)|what (?:i|we) (?:expected|budgeted|figured)`,
    ),
  },
];

const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';
const NUMBER: readonly Cue[] = [
  { polarity: 'inherent', re: phrases(`(?:\\d+|${NUMBER_WORD}(?:[- ]\\w+)?) (?:percent|%|thousand|hundred|k|grand)\\b(?!(?: \\w+)? (?:subscribers|people|users|employees|members|customers|contacts|records|emails|events|images|calls|units|sites|trucks|vehicles|students|patients|nurses|placements|devices|laptops))|(?:that|the|to|at|do|of|for) ${NUMBER_WORD}-\\w+\\b(?! (?:people|users|seats|reps|employees|years|days|weeks|months|minutes|hours|locations|sites))|\\bfree(?! (?:at|on|to|in|this|next|after|before|for a|tomorrow|today))\\b|\\d+ ?%|(?:hold|keep) the (?:\\$?\\d+|${NUMBER_WORD}(?:[- ]\\w+)?)\\b|${NUMBER_WORD}(?:-\\w+)?(?=, (?:okay|ok)\\b)`) },
];
/** How many segments back a pricing exchange stays open. */
const PRICING_CONTEXT = 3;

/** Whether one of the few segments before `at` discussed pricing (a cue or a price objection). */
function recentlyPriced(segments: readonly Segment[], at: number, playbook: Playbook): boolean {
  for (let k = at - 1; k >= 0 && k >= at - PRICING_CONTEXT; k--) {
    if (hasPricingCue(segments[k].text)) return true;
    if (segments[k].speaker === 'customer' && priceObjection.evaluate?.({ segments, playbook, at: k }).length) return true;
  }
  return false;
}

/** The other side's turn just before `at` (up to two segments back). */
function previousOtherTurn(segments: readonly Segment[], at: number): Segment | undefined {
  for (let k = at - 1; k >= 0 && k >= at - 2; k--) if (segments[k].speaker !== segments[at].speaker) return segments[k];
  return undefined;
}

export default defineRule({
  kind: spec.kind,
  evaluate({ segments, playbook, at }): MomentDraft[] {
    const seg = segments[at];
    if (!seg) return [];
    const own = cueMoments(spec, seg);
    if (own.length) return own;
    // A price objection is pricing talk even without a pricing word ("any flexibility there?").
    if (priceObjection.evaluate?.({ segments, playbook, at }).length) return [segmentMoment(seg, spec.kind, spec.severity)];
    const prev = previousOtherTurn(segments, at);
    if (prev && findCue(seg.text, WEIGHS_NUMBER) && hasPricingCue(prev.text)) return [segmentMoment(seg, spec.kind, spec.severity)];
    // In a pricing exchange, a number is a price: "for a two-year term I could do twenty-five percent".
    if (findCue(seg.text, NUMBER) && recentlyPriced(segments, at, playbook)) return [segmentMoment(seg, spec.kind, spec.severity)];
    return [];
  },
});
