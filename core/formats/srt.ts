/** SubRip (.srt): numbered cues, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, speaker-prefixed text. */
import type { CallReport } from './call-report.ts';
import { cueTime } from './timestamp.ts';
import { cueText, sortedByStart } from './cue-text.ts';
import { speakerLabel } from './speaker-label.ts';

export function toSrt(report: Pick<CallReport, 'segments'>): string {
  const cues = sortedByStart(report.segments)
    .filter((seg) => seg.text.trim())
    .map((seg, i) => {
      const end = Math.max(seg.end, seg.start + 0.001);
      return `${i + 1}\n${cueTime(seg.start, ',')} --> ${cueTime(end, ',')}\n${speakerLabel(seg)}: ${cueText(seg.text)}\n`;
    });
  return cues.join('\n');
}
