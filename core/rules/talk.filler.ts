/**
 * talk.filler: a rep utterance of ten words or more whose filler words per 100 words exceed
 * the playbook's limit.
 */
import { defineRule } from './define-rule.ts';
import { segmentMoment } from '../text/cue-moment.ts';
import { countFillers } from '../text/count-fillers.ts';

const MIN_WORDS = 10;

export default defineRule({
  kind: 'talk.filler',
  evaluate({ segments, playbook, at }) {
    const seg = segments[at];
    if (!seg || seg.speaker !== 'rep') return [];
    const { fillers, words } = countFillers(seg.text);
    if (words < MIN_WORDS || (fillers * 100) / words <= playbook.limits.fillerPer100Words) return [];
    return [segmentMoment(seg, 'talk.filler', 'warning')];
  },
});
