import type { Rule } from './define-rule.ts';
import objectionPrice from './objection.price.ts';
import objectionTiming from './objection.timing.ts';
import objectionAuthority from './objection.authority.ts';
import objectionCompetitor from './objection.competitor.ts';
import objectionNeed from './objection.need.ts';
import objectionSecurity from './objection.security.ts';
import buyingSignal from './buying_signal.ts';
import nextSteps from './next_steps.ts';
import nextStepsMissing from './next_steps.missing.ts';
import riskChurn from './risk.churn.ts';
import riskNegativeSentiment from './risk.negative_sentiment.ts';
import pricingDiscussed from './pricing.discussed.ts';
import talkMonologue from './talk.monologue.ts';
import talkRatio from './talk.ratio.ts';
import talkFiller from './talk.filler.ts';
import talkInterruption from './talk.interruption.ts';
import tracker from './tracker.ts';

/** Every coaching rule, listed explicitly (the CLI runs in plain Node: no bundler globbing). */
export const rules: readonly Rule[] = [
  objectionPrice,
  objectionTiming,
  objectionAuthority,
  objectionCompetitor,
  objectionNeed,
  objectionSecurity,
  buyingSignal,
  nextSteps,
  nextStepsMissing,
  riskChurn,
  riskNegativeSentiment,
  pricingDiscussed,
  talkMonologue,
  talkRatio,
  talkFiller,
  talkInterruption,
  tracker,
];
