/** The Markdown call report: title, metrics table, moments with times, transcript with speakers. */
import type { CallMetrics } from '../types.ts';
import type { CallReport } from './call-report.ts';
import { clockTime } from './timestamp.ts';
import { speakerLabel } from './speaker-label.ts';
import { momentLabel } from './moment-label.ts';

/** Escapes what Markdown would otherwise read as formatting, links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

const percent = (x: number) => `${Math.round(x * 100)} %`;
const fixed = (x: number | null, digits = 2) => (x === null ? 'n/a' : x.toFixed(digits));

function metricRows(m: CallMetrics): [string, string][] {
  return [
    ['Duration', clockTime(m.duration)],
    ['Talk ratio (rep)', percent(m.talkRatio)],
    ['Rep / customer talk time', `${clockTime(m.repTalkSeconds)} / ${clockTime(m.customerTalkSeconds)}`],
    ['Longest rep monologue', clockTime(m.longestMonologue)],
    ['Interactivity', `${fixed(m.interactivity, 1)} switches/min`],
    ['Patience', `${fixed(m.patience, 1)} s`],
    ['Question rate', `${fixed(m.questionRate, 1)} questions/min`],
    ['Filler rate', `${fixed(m.fillerRate, 1)} per 100 words`],
    ['Words per minute (rep)', `${Math.round(m.wordsPerMinute)}`],
    ['Customer sentiment (mean / min)', `${fixed(m.customerSentimentMean)} / ${fixed(m.customerSentimentMin)}`],
  ];
}

export function toMarkdown(report: CallReport): string {
  const { call, segments, moments, metrics } = report;
  const lines: string[] = [`# ${escapeMarkdown(call.title || call.id)}`, ''];
  const about = [call.startedAt > 0 ? new Date(call.startedAt).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '',
    call.participants?.length ? `Participants: ${call.participants.map(escapeMarkdown).join(', ')}` : ''].filter(Boolean);
  if (about.length) lines.push(about.join(' · '), '');

  lines.push('## Metrics', '', '| Metric | Value |', '| --- | --- |');
  for (const [name, value] of metricRows(metrics)) lines.push(`| ${name} | ${value} |`);

  lines.push('', `## Moments (${moments.length})`, '');
  if (moments.length === 0) lines.push('No coaching moments.');
  for (const m of moments) {
    const who = m.speaker === 'rep' ? 'Rep' : 'Customer';
    const competitor = m.competitor ? ` (${escapeMarkdown(m.competitor)})` : '';
    lines.push(`- **${clockTime(m.start)}** ${momentLabel(m.kind)}${competitor} · ${m.severity} · ${who}: “${escapeMarkdown(m.text)}”`);
    if (m.suggestion) lines.push(`  - Suggestion: ${escapeMarkdown(m.suggestion)}`);
  }

  lines.push('', '## Transcript', '');
  if (segments.length === 0) lines.push('No speech.');
  for (const seg of segments) {
    lines.push(`**${clockTime(seg.start)} ${escapeMarkdown(speakerLabel(seg))}:** ${escapeMarkdown(seg.text)}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
