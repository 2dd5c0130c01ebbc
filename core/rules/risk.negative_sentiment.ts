/** risk.negative_sentiment: a customer utterance scored at or below the playbook's limit. */
import { defineRule } from './define-rule.ts';
import { segmentMoment } from '../text/cue-moment.ts';

export default defineRule({
  kind: 'risk.negative_sentiment',
  evaluate({ segments, playbook, at }) {
    const seg = segments[at];
    const score = seg?.sentiment?.score;
    if (!seg || seg.speaker !== 'customer' || score === undefined) return [];
    return score <= playbook.limits.negativeSentiment ? [segmentMoment(seg, 'risk.negative_sentiment', 'warning')] : [];
  },
});
