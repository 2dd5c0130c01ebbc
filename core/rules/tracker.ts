/**
 * tracker.*: the playbook's custom trackers. Each tracker whose phrases occur in a segment
 * (either speaker, case-insensitive, whole words) gives one `tracker.<name>` moment.
 */
import { defineRule } from './define-rule.ts';
import type { MomentDraft } from '../types.ts';
import { segmentMoment } from '../text/cue-moment.ts';
import { compilePhrases } from '../text/match-phrases.ts';
import { analyzeText } from '../text/text-analysis.ts';

export default defineRule({
  kind: 'tracker.*',
  evaluate({ segments, playbook, at }): MomentDraft[] {
    const seg = segments[at];
    if (!seg) return [];
    const out: MomentDraft[] = [];
    let text: string | undefined;
    for (const [name, list] of Object.entries(playbook.trackers)) {
      const re = compilePhrases(list);
      if (!re) continue;
      text ??= analyzeText(seg.text).lower; // normalised, and cached for the other rules
      re.lastIndex = 0;
      if (re.test(text)) out.push(segmentMoment(seg, `tracker.${name}`, 'info'));
    }
    return out;
  },
});
