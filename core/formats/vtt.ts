/**
 * WebVTT (.vtt) per the W3C spec: `WEBVTT` header, cues with `HH:MM:SS.mmm` times and the
 * speaker as a voice span (`<v Rep>`), cue text escaped (`&`, `<`, `>`).
 */
import type { CallReport } from './call-report.ts';
import { cueTime } from './timestamp.ts';
import { cueText, sortedByStart } from './cue-text.ts';
import { speakerLabel } from './speaker-label.ts';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A voice annotation ends at `>` and parsers do not decode references in it: plain words only. */
const voiceName = (name: string) => name.replace(/[<>&\s]+/g, ' ').trim() || 'Speaker';

export function toVtt(report: Pick<CallReport, 'call' | 'segments'>): string {
  const title = cueText(report.call.title).replace(/-->/g, '');
  const header = title ? `WEBVTT - ${title}\n` : 'WEBVTT\n';
  const cues = sortedByStart(report.segments)
    .filter((seg) => seg.text.trim())
    .map((seg, i) => {
      const end = Math.max(seg.end, seg.start + 0.001);
      return `${i + 1}\n${cueTime(seg.start, '.')} --> ${cueTime(end, '.')}\n<v ${voiceName(speakerLabel(seg))}>${escapeText(cueText(seg.text))}\n`;
    });
  return [header, ...cues].join('\n');
}
