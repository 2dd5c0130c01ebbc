/**
 * pricing.discussed: a neutral tracker for whenever price, cost, quotes, budget, discounts or
 * license fees come up, by either speaker (one moment per segment): every price objection, and a
 * reply that weighs the number just given ("that's in the range we expected"). "It costs us
 * hours", "to quote our CEO" and "a twenty percent no-show rate" are not pricing.
 */
import { defineRule } from './define-rule.ts';
import type { MomentDraft, Playbook, Segment } from '../types.ts';
import { learnedSays, segmentMoment, type CueRuleSpec } from '../text/cue-moment.ts';
import { findCue, phrases, type Cue } from '../text/find-cue.ts';
import priceObjection from './objection.price.ts';
import { memoByText } from '../text/memo.ts';
import { analyzeText } from '../text/text-analysis.ts';
import { hasSpokenAmount, hasUnitPrice } from '../text/amounts.ts';
import { memoized, PrefixMemo } from './prefix-memo.ts';

const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';

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
        `(?:our|your|the|annual|cloud|total|current|software|marketing|it) spend\\b|net (?:\\d+|thirty|forty-five|sixty|ninety)\\b|month[- ]to[- ]month|per[- ]\\w+ (?:rate|price|cost|fee|number)s?|(?<!in )charges? (?:us|you|them|per|a |an |for|extra|more|less)|charging (?:us|you|them|per|for|extra|more|less)|cents\\b|overages?|billing (?:cycle|terms|frequency|starts?|starting|date|period)|(?:quarterly|monthly|annual|annually|yearly|usage-based) billing|billed|charges\\b(?! (?:against|of|were filed))|(?<!(?:and|card|online|mobile|take|takes|taking|accept|accepts|accepting|collect|collects|process|processes|processing) )payments?\\b(?! (?:processor|processing|gateway|provider|platform|module|data|page|portal))|funding|grant money|the monthly\\b|monthly (?:fee|cost|price|payment|rate)|(?:another|a new|a|the|our|your|annual|monthly) subscription|(?:starter|basic|pro|team|business|enterprise|premium|paid|free|annual|monthly|growth) plans?\\b|(?:what kind of|that kind of|a lot of|much|the|enough|any|real|more|less|extra|serious|save|saves|saving) money\\b|(?:we|i|you|they) (?:currently |now |only |already )?pay\\b|(?:technology|software|it|tech|marketing|annual|capital) (?:spend|spending|budget)|(?:a third|half|a quarter|a fraction|twice|double) (?:of )?(?:the |what )?(?:\\w+ )?(?:proposal|price|cost|quote|we pay|you pay)|free (?:for|of charge|trial|pilot)|at no (?:cost|charge)|no charge|for free|(?:want|willing|able|looking|expecting|planning|prepared) to (?:spend|pay|invest)|(?:hundred|thousand) (?:dollars|a year|per year|for the year|annually|a month|per month)`,
        `(?:hundred|thousand|fifty|twenty|thirty|forty|sixty|seventy|eighty|ninety|\\d+) (?:a|per) (?:month|year|seat|user|head|license)`,
        `(?:get|bring|drop|take) (?:it|that|this|you|the price) (?:down )?to (?:about |around |just )?(?:\\$?\\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)`,
        `premiums?\\b|(?:smaller|bigger|larger|cheaper|lower|higher|different|other|new) plan\\b`,
        // asking the number without a pricing word: "what would that run us?", "how much are we talking?", "what's the damage?"
        `(?:that|it|this|which|would|will|'ll|gonna|going to|does|did|might|could) (?:\\w+ )?(?:run|set) (?:us|me|you|them)(?: back)?(?= ?[?.!,;]|$| (?:per|a|each|annually|monthly|for|about|around|roughly))|how much (?:are we|we're|are you|would we be) (?:talking|looking at)|what(?:'s| is| would be) the damage|ballpark(?: figure| number)?|(?:the )?numbers? (?:make sense|work out|works? for|add up|pencil out)|billed (?:monthly|annually|yearly|quarterly|per|by|at|up ?front|separately)|billing (?:cycle|terms|frequency|monthly|annually)|(?:do|does|would|will) (?:you|they|it) charge|charge (?:for|extra|separately)|(?:what|how much) (?:do|does|would|will) (?:you|they|it) charge|(?:pay|paid) (?:monthly|annually|yearly|quarterly|up ?front|per)\\b|what kind of (?:money|investment|budget|numbers?)`,
        // v12 classes: "what's this run?", "getting charged for it", "for basically nothing", "we credit you two months",
        // "the per-booking thing", "the twelve-five cap", "anything over a hundred and fifty thousand goes to an RFP"
        `what(?:'s| does| will| would| is) (?:this|that|it|all this|all that) (?:going to |gonna )?run(?: us| me| you)?(?= ?[?.!,;]|$)|(?:getting|get|got|being|been|be) charged\\b|for (?:basically |practically |next to |almost |close to )?nothing\\b|credit (?:you|us|them|your account)\\b|\\bper-\\w+ (?:thing|model|pricing|price|rate|fee|basis|option|deal|cost|charge|plan|structure)\\b|\\bper-(?:seat|user|license|licence|head|booking|turn|device|vehicle|truck|unit|transaction|student|door|agent|rep)\\b(?! (?:breakdown|report|view|dashboard))|(?:${NUMBER_WORD}|grand|thousand|k|\\d)(?:-\\w+)? cap\\b|(?:price|rate|spend|cost|fee|billing|usage|monthly|annual) caps?\\b|(?:anything|everything|any purchase|purchases|spend|spending|contracts?|deals?) (?:over|above|under|below|north of|more than|less than|bigger than) (?:\\$ ?\\d|a hundred|a thousand|(?:${NUMBER_WORD})[\\w -]{0,20}? (?:thousand|hundred|grand|k|million)\\b(?!(?: \\w+)? (?:people|users|seats|employees|members|students|guests|trucks|units|sites|locations|staff|records|customers|patients|rooms|beds)))`,
        `tiers?|brings? (?:it|that|this|the \\w+) (?:down|up) to|service credits?|credits? for the (?:outage|downtime|incident)s?|refunds?`,
        `license (?:fees?|costs?)|licensing (?:fees?|costs?|model)|per (?:seat|user|rep|license|head)|subscription (?:fees?|costs?|price)|fees?|discount\\w*|budget\\w*|expensive|cheap|cheaper|afford\\w*|invoice\\w*|payment terms`,
        `(?:pricing|price|cost|budget|quote)'s|(?:savings|save) on (?:the |our |your )?(?:license|licenses|licensing|subscription|contract|renewal|cost|price|fees?)|what number|(?:about|over|on|for|of) money\\b|(?:reduced|lower|better|special|locked|old|new|higher|same|flat) rates?\\b|paying (?:twice|double)|(?:start|end) of (?:the )?billing|grants? (?:was|were|got|is|has been) (?:cut|reduced|slashed|pulled)`,
        // the number itself: "what's the year-two number?", "where we're stuck is the number", "your best number"
        `(?:(?:the|that|this|your|our|their|a|final|best|new|revised|total|monthly|annual|all-in|bottom[- ]line|right|real|(?:year|phase)[- ](?:one|two|three|\\d)|first[- ]year|second[- ]year|renewal|target)(?: \\w+)? )number(?! (?:of|one|two|three|for (?:the|your) (?:\\w+ )?(?:team|office|line|desk)))(?<!(?:phone|account|case|serial|tracking|order|part|ticket|reference|policy|claim|permit|license|record|model) number)`,
        // money kept and approved: "that keeps it under my signing authority", "I can't encumber funds"
        `(?:signing|spending|purchasing|approval|signature) (?:authority|limit|threshold)|discretionary (?:account|budget|funds?|money|spend)|encumber(?:ed|ing)?|(?:the|our|those|these|any|free up|release|allocate|allocated) funds\\b|(?:held|hold|holding|keep|keeping|kept) (?:us|you|them|it|the price|the rate) (?:flat|at)\\b|(?:extra|more|less|real|that) money\\b|(?:expect|plan|planning|looking|willing|want|hoping|prepared) to invest|investment\\b|(?:\\w+ )?bucks? (?:over|under|more|less|cheaper|higher)`,
        `how much (?:does|would|will|do) (?:\\w+ ){1,4}?(?:cost|run|be)\\b|how much (?:is|does|would|will|do|are|did)(?: it| that| this| the \\w+| they)?(?= ?(?:[?.!,]|$)| (?:cost|costs|run|charge|come to|go for|per|a month|a year|for))|\\$ ?\\d[\\d,.]*k?|\\d[\\d,.]* ?(?:dollars|bucks|usd|euros?|pounds|grand)|\\d+k (?:a|per) (?:year|month|seat)|(?:per|a) (?:month|year) per (?:seat|user)`,
      ),
    },
  ],
};

/** Invoices and payments as data the product moves ("invoices sync both ways", "does it pull the invoices?"). */
const RECORDS = /^(?:invoice|payment)/;
const MOVES_DATA = /\b(?:sync\w*|connector|native(?:ly)?|integrat\w*|pull\w*|push\w*|import\w*|export\w*|api|both ways)\b/;

const hasPricingCue = memoByText((text: string) => {
  const hit = findCue(text, spec.cues);
  if (!hit) return false;
  if (!RECORDS.test(hit.match) || !MOVES_DATA.test(hit.clause.text)) return true;
  return findCue(text.replace(/\b(?:invoice|payment)\w*/gi, 'records'), spec.cues) !== undefined;
});

/** A reply that weighs a number the other side just gave: "that's more reasonable than I thought". */
const WEIGHS_NUMBER: readonly Cue[] = [
  {
    polarity: 'inherent',
    re: phrases(
      `(?:that's|it's|that is) (?:closer|movement|progress|more like it|not crazy|not bad|not terrible|workable|manageable)|more like it|(?:could|can|would|might) (?:probably )?make (?:that |it |this )?work|(?:i|we) can work with|(?:work|live) with (?:that|this)|reasonable|in (?:the |our |that )?(?:range|ballpark)|ballpark|doable|affordable|steep|(?:more|less|lower|higher|cheaper|closer|better|worse) than (?:i|we)(?: \\w+){0,3}? (?:thought|expected|budgeted|feared|figured|afraid|worried|hoped)|what (?:i|we) (?:expected|budgeted|figured)`,
    ),
  },
];

const NUMBER: readonly Cue[] = [
  // the price move under discussion: "the size of the increase", "All in.", "ask for more"
  { polarity: 'inherent', re: phrases(`(?:the|that|this|an?|any|another) (?:\\w+ )?(?:increase|hike|bump|jump)\\b|all-in\\b|all in(?= ?[?.!,;]|$| (?:price|cost|number|figure|total|for|at|with|is|it's|that's))|ask (?:them |the board |for )?(?:for )?more(?! (?:time|info|information|details|people|questions))`) },
  { polarity: 'inherent', re: phrases(`(?:\\d+|${NUMBER_WORD}(?:[- ]\\w+)?) (?:percent|%|thousand|hundred|k|grand)\\b(?!(?: \\w+)? (?:subscribers|people|users|employees|members|customers|contacts|records|emails|events|images|calls|units|sites|trucks|vehicles|students|patients|nurses|placements|devices|laptops))|(?:that|the|to|at|do|of|for) ${NUMBER_WORD}-\\w+\\b(?! (?:people|users|seats|reps|employees|years|days|weeks|months|minutes|hours|locations|sites))|(?<!(?:i'm|i am|she's|he's|we're|they're|you're|she is|he is) )\\bfree(?! (?:at|on|to|in|this|next|after|before|for a|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|all|most|any|whenever|until|from|then|later|now|up))\\b|\\d+ ?%|(?:hold|keep) the (?:\\$?\\d+|${NUMBER_WORD}(?:[- ]\\w+)?)\\b|${NUMBER_WORD}(?:-\\w+)?(?=, (?:okay|ok)\\b)`) },
];
/** A question that asks for a count, a span or a size. */
const COUNT_QUESTION = /\bhow (?:many|often|long|old|big|far|frequently)\b|\bhow much (?:time|of|volume|traffic)\b|\bwhat (?:age|ages|size|volume)\b/;

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

/** Turns back, over this rule's own verdicts, that an amount said in words may lean on. */
const AMOUNT_CONTEXT = 2;

/** Whether pricing is discussed at `segments[at]`: a pure function of `segments[0..at]`. */
function priced(segments: readonly Segment[], at: number, playbook: Playbook, memo: PrefixMemo): boolean {
  const seg = segments[at];
  if (hasPricingCue(seg.text) || hasUnitPrice(seg.text)) return true;
  // A price objection is pricing talk even without a pricing word ("any flexibility there?").
  if (seg.speaker === 'customer' && priceObjection.evaluate?.({ segments, playbook, at }).length) return true;
  const prev = previousOtherTurn(segments, at);
  if (prev && findCue(seg.text, WEIGHS_NUMBER) && (hasPricingCue(prev.text) || pricedThrough(segments, at - 1, playbook, memo)[segments.indexOf(prev)])) return true;
  // A number answering "how many?" or "how long?" is a count, not a price ("Forty, fifty?", "Ten? Twelve in September.")
  if (prev && COUNT_QUESTION.test(analyzeText(prev.text).lower)) return false;
  // In a pricing exchange, a number is a price: "for a two-year term I could do twenty-five percent".
  if (recentlyPriced(segments, at, playbook) && findCue(seg.text, NUMBER)) return true;
  // An amount said in words, in a turn that follows pricing talk: "Seventy-nine eight.", "Under eighty."
  if (hasSpokenAmount(seg.text) && at > 0) {
    const verdicts = pricedThrough(segments, at - 1, playbook, memo);
    for (let k = at - 1; k >= 0 && k >= at - AMOUNT_CONTEXT; k--) if (verdicts[k]) return true;
  }
  return false;
}

const MEMO_KEY = 'pricing.discussed';

/**
 * This rule's verdicts for `segments[0..i]`, from the engine's prefix memo when it has them,
 * else computed forward from the last known one (from the start when called without a memo).
 */
function pricedThrough(segments: readonly Segment[], i: number, playbook: Playbook, memo: PrefixMemo): readonly boolean[] {
  const series = memo.get<boolean>(MEMO_KEY);
  for (let k = series.length; k <= i; k++) {
    const v = priced(segments, k, playbook, memo);
    memoized(series, k, () => v);
  }
  return series;
}

export default defineRule({
  kind: spec.kind,
  evaluate(ctx): MomentDraft[] {
    const { segments, playbook, at, memo } = ctx;
    const seg = segments[at];
    if (!seg) return [];
    if (hasPricingCue(seg.text) || learnedSays(spec.kind, ctx)) return [segmentMoment(seg, spec.kind, spec.severity)];
    // without the engine's memo (a direct call), a memo of this call's own
    return pricedThrough(segments, at, playbook, memo ?? new PrefixMemo())[at] ? [segmentMoment(seg, spec.kind, spec.severity)] : [];
  },
});
