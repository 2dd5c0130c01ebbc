/**
 * talk.interruption: the rep starts speaking while the customer is still speaking (more than
 * 0.3 s before the customer's utterance ends). A rep backchannel ("mm-hmm") is not one.
 */
import { defineRule } from './define-rule.ts';
import { segmentMoment } from '../text/cue-moment.ts';
import { isBackchannel } from '../text/backchannel.ts';

const TOLERANCE_SECONDS = 0.3;
/** Utterances are at most ~30 s: no earlier segment can still be going. */
const MAX_UTTERANCE_SECONDS = 60;

export default defineRule({
  kind: 'talk.interruption',
  evaluate({ segments, at }) {
    const seg = segments[at];
    if (!seg || seg.speaker !== 'rep' || isBackchannel(seg)) return [];
    for (let k = at - 1; k >= 0 && segments[k].start >= seg.start - MAX_UTTERANCE_SECONDS; k--) {
      const other = segments[k];
      if (other.speaker === 'customer' && other.start < seg.start && seg.start < other.end - TOLERANCE_SECONDS) {
        return [segmentMoment(seg, 'talk.interruption', 'warning')];
      }
    }
    return [];
  },
});
