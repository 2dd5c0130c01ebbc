/** Every export format by name, as the CLI and the side panel's export menu offer them. */
import type { CallReport } from './call-report.ts';
import { toJson } from './json.ts';
import { toMarkdown } from './markdown.ts';
import { toSrt } from './srt.ts';
import { toVtt } from './vtt.ts';

export const FORMATS = ['json', 'md', 'srt', 'vtt'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMAT_MIME: Record<Format, string> = {
  json: 'application/json',
  md: 'text/markdown',
  srt: 'application/x-subrip',
  vtt: 'text/vtt',
};

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function formatReport(report: CallReport, format: Format): string {
  switch (format) {
    case 'json':
      return toJson(report);
    case 'md':
      return toMarkdown(report);
    case 'srt':
      return toSrt(report);
    case 'vtt':
      return toVtt(report);
  }
}
