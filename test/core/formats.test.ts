import { parseSync } from 'subtitle';
import { describe, expect, it } from 'vitest';
import { WebVTTParser } from 'webvtt-parser';
import entities from 'webvtt-parser/html-entities.json' with { type: 'json' };
import { analyzeCall } from '../../core/analyze.ts';
import type { CallReport } from '../../core/formats/call-report.ts';
import { FORMATS, formatReport } from '../../core/formats/format-report.ts';
import { parsePlaybook } from '../../core/playbook.ts';
import { parseTranscript } from '../../core/transcript-input.ts';
import { fakeRules } from './analyze-fake-rules.ts';
import { generateDialogue } from './analyze-dialogue.ts';

const transcript = parseTranscript({
  id: 'call-acme',
  title: 'Acme <discovery> & pricing',
  startedAt: Date.UTC(2026, 10, 24, 15, 0),
  segments: [
    { speaker: 'rep', start: 0, end: 4.2, text: 'Thanks for joining, um, how is the quarter?' },
    { speaker: 'customer', speakerName: 'Dana <CFO>', start: 4.5, end: 9.25, text: 'Busy. Honestly the price --> is *too* high & we use Gong.' },
    { speaker: 'rep', start: 9.3, end: 9.3, text: 'Right.' },
    { speaker: 'customer', start: 3605.5, end: 3611, text: 'Line one\nline two | with a pipe' },
    { speaker: 'rep', start: 3612, end: 3613, text: '   ' },
  ],
});
const playbook = parsePlaybook({ competitors: ['Gong'] });
const result = analyzeCall({ call: transcript.call, segments: transcript.segments, playbook, rules: fakeRules });
const report: CallReport = { call: transcript.call, segments: result.segments, moments: result.moments, metrics: result.metrics };
const spoken = report.segments.filter((s) => s.text.trim());

describe('JSON export', () => {
  it('round-trips the call, transcript, moments and metrics', () => {
    expect(JSON.parse(formatReport(report, 'json'))).toEqual(report);
  });
});

describe('SRT export', () => {
  it('parses as SubRip with every spoken segment, its times and speaker', () => {
    const cues = parseSync(formatReport(report, 'srt')).filter((n) => n.type === 'cue');
    expect(cues).toHaveLength(spoken.length);
    expect(cues.map((c) => c.data)).toEqual(
      spoken.map((s) => expect.objectContaining({ start: Math.round(s.start * 1000), end: Math.max(Math.round(s.end * 1000), Math.round(s.start * 1000) + 1) })),
    );
    const texts = cues.map((c) => (typeof c.data === 'string' ? c.data : c.data.text));
    expect(texts[1]).toBe('Dana <CFO>: Busy. Honestly the price -> is *too* high & we use Gong.');
    expect(texts[3]).toBe('Customer: Line one line two | with a pipe');
    expect(formatReport(report, 'srt')).toMatch(/^1\n00:00:00,000 --> 00:00:04,200\nRep: /);
    expect(formatReport(report, 'srt')).toContain('01:00:05,500 --> 01:00:11,000');
  });
});

describe('WebVTT export', () => {
  it('passes the W3C WebVTT parser without errors, with voices and unescaped text', () => {
    const tree = new WebVTTParser(entities).parse(formatReport(report, 'vtt'), 'metadata');
    expect(tree.errors).toEqual([]);
    expect(tree.cues).toHaveLength(spoken.length);
    expect(tree.cues.map((c) => [c.startTime, c.endTime])).toEqual(spoken.map((s) => [s.start, Math.max(s.end, s.start + 0.001)]));
    const voice = tree.cues[1].tree.children[0];
    expect(voice).toMatchObject({ name: 'v', value: 'Dana CFO' });
    expect(voice.children?.[0].value).toBe('Busy. Honestly the price -> is *too* high & we use Gong.');
  });

  it('stays valid for a generated hour-long call', () => {
    const segments = generateDialogue({ seed: 9, seconds: 3600, callId: 'gen' });
    const tree = new WebVTTParser(entities).parse(formatReport({ ...report, segments }, 'vtt'), 'metadata');
    expect(tree.errors).toEqual([]);
    expect(tree.cues).toHaveLength(segments.length);
  });
});

describe('Markdown report', () => {
  const md = formatReport(report, 'md');

  it('has the title, a metrics table, the moments with times and cards, and the transcript with speakers', () => {
    expect(md.startsWith('# Acme \\<discovery\\> & pricing\n')).toBe(true);
    expect(md).toContain('2026-11-24 15:00 UTC');
    expect(md).toMatch(/\| Talk ratio \(rep\) \| \d+ % \|/);
    expect(md).toContain('| Duration | 1:00:13 |');
    expect(md).toMatch(/## Moments \(\d+\)/);
    expect(md).toMatch(/- \*\*0:04\*\* Objection: price · warning · Customer: “Busy\. Honestly the price --\\> is \\\*too\\\* high/);
    expect(md).toMatch(/- \*\*0:04\*\* Objection: competitor \(Gong\)/);
    expect(md).toContain(`  - Suggestion: ${playbook.cards['objection.price'].replace(/([*_[\]<>#|~`\\])/g, '\\$1')}`);
    expect(md).toContain('**1:00:05 Customer:** Line one line two \\| with a pipe');
    expect(md).toContain('**0:04 Dana \\<CFO\\>:**');
  });

  it('lists every format the CLI offers', () => {
    expect(FORMATS).toEqual(['json', 'md', 'srt', 'vtt']);
  });
});
