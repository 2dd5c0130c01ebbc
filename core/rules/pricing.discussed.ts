/**
 * pricing.discussed: a neutral tracker for whenever price, cost, quotes, budget, discounts or
 * license fees come up, by either speaker (one moment per segment). "It costs us hours" and
 * "to quote our CEO" are not pricing.
 */
import { defineRule } from './define-rule.ts';
import { cueMoments, type CueRuleSpec } from '../text/cue-moment.ts';
import { phrases } from '../text/find-cue.ts';

const spec: CueRuleSpec = {
  kind: 'pricing.discussed',
  severity: 'info',
  cues: [
    {
      polarity: 'inherent',
      re: phrases(
        `price|prices|priced|pricing|pricey|overpriced|price tag`,
        `costs?(?! (?:us|me|them|you|the team|our team|our reps)(?: \\w+){0,3}? (?:time|hours|days|weeks|deals|sleep|momentum|productivity|minutes))(?! of (?:doing nothing|inaction|delay))|costing|costly`,
        `(?:a|the|your|our|formal|written|that|this|their|updated|new|revised|final|custom) quote|quote (?:for|on)|quoted`,
        `license (?:fees?|costs?)|licensing (?:fees?|costs?|model)|per (?:seat|user|rep|license|head)|subscription (?:fees?|costs?|price)|fees?|discount\\w*|budget\\w*|expensive|cheap|cheaper|afford\\w*|invoice\\w*|payment terms`,
        `how much (?:is|does|would|will|do|are|did|it)|\\$ ?\\d[\\d,.]*k?|\\d[\\d,.]* ?(?:dollars|bucks|usd|euros?|pounds|grand)|\\d+k (?:a|per) (?:year|month|seat)|(?:per|a) (?:month|year) per (?:seat|user)`,
      ),
    },
  ],
};

export default defineRule({ kind: spec.kind, evaluate: ({ segments, at }) => cueMoments(spec, segments[at]) });
