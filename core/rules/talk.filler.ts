/**
 * talk.filler: a rep utterance of ten words or more whose filler words per 100 words exceed
 * the playbook's limit.
 */
import { defineRule } from './define-rule.ts';
import { segmentMoment } from '../text/cue-moment.ts';
import { countFillers } from '../text/count-fillers.ts';
import { memoByText } from '../text/memo.ts';

const MIN_WORDS = 10;
/** The metrics and a re-analysis count the same utterances again. */
const fillersIn = memoByText(countFillers);

export default defineRule({
  kind: 'talk.filler',
  evaluate({ segments, playbook, at }) {
    const seg = segments[at];
    if (!seg || seg.speaker !== 'rep') return [];
    const { fillers, words } = fillersIn(seg.text);
    if (words < MIN_WORDS || (fillers * 100) / words <= playbook.limits.fillerPer100Words) return [];
    return [segmentMoment(seg, 'talk.filler', 'warning')];
  },
});
