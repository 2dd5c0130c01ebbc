import { describe, expect, it } from 'vitest';
import { analyzeCall } from '../../core/analyze.ts';
import { momentId } from '../../core/moment-id.ts';
import { defaultPlaybook, parsePlaybook } from '../../core/playbook.ts';
import { rules } from '../../core/rules/index.ts';
import { syncMomentSchema } from '../../core/sync-schema.ts';
import type { Segment } from '../../core/types.ts';
import { defineRule } from '../../core/rules/define-rule.ts';
import { generateDialogue } from './analyze-dialogue.ts';
import { fakeCompetitorRule, fakeNextStepsMissingRule, fakePriceRule, fakeRules } from './analyze-fake-rules.ts';

const seg = (id: string, speaker: Segment['speaker'], start: number, end: number, text: string): Segment => ({ id, callId: 'c1', speaker, start, end, text });

const call = [
  seg('s3', 'rep', 9.5, 14, 'Fair. Could we look at it together on Thursday at 10?'),
  seg('s1', 'rep', 0, 4, 'Thanks for joining. How is the team doing?'),
  seg('s2', 'customer', 4.4, 9, 'Honestly this is too expensive, and we already use Gong.'),
];
const playbook = parsePlaybook({ competitors: ['Gong'], cards: { 'competitor:gong': 'Gong records calls; we coach live, on the laptop.' } });

describe('analyzeCall', () => {
  it('sorts the transcript by start and scores sentiment where it is missing', () => {
    const given = { ...call[2], sentiment: { score: -0.9, label: 'negative' as const } };
    const { segments } = analyzeCall({ segments: [call[0], call[1], given], playbook, rules: [] });
    expect(segments.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(segments[1].sentiment).toEqual({ score: -0.9, label: 'negative' });
    expect(segments[0].sentiment?.label).toBe('positive');
  });

  it('gives each moment a stable id, its call, its anchor segment and the playbook card', () => {
    const { moments } = analyzeCall({ call: { id: 'c1' }, segments: call, playbook, rules: [fakePriceRule, fakeCompetitorRule] });
    expect(moments.map((m) => m.kind)).toEqual(['objection.competitor', 'objection.price']);
    const [competitor, price] = moments;
    expect(price).toMatchObject({ callId: 'c1', segmentId: 's2', start: 4.4, suggestion: defaultPlaybook.cards['objection.price'] });
    expect(price.id).toBe(momentId('c1', { kind: 'objection.price', start: 4.4 }));
    expect(competitor).toMatchObject({ competitor: 'Gong', suggestion: 'Gong records calls; we coach live, on the laptop.' });
    const again = analyzeCall({ call: { id: 'c1' }, segments: [...call].reverse(), playbook, rules: [fakePriceRule, fakeCompetitorRule] });
    expect(again.moments.map((m) => m.id)).toEqual(moments.map((m) => m.id));
    const otherCall = analyzeCall({ call: { id: 'c2' }, segments: call, playbook, rules: [fakePriceRule] });
    expect(otherCall.moments[0].id).not.toBe(price.id);
  });

  it('falls back to the kind card when a competitor has none, and keeps the first of duplicate moments', () => {
    const twice = defineRule({ kind: 'objection.price', evaluate: (ctx) => [...fakePriceRule.evaluate(ctx), ...fakePriceRule.evaluate(ctx)] });
    const { moments } = analyzeCall({ segments: call, playbook: parsePlaybook({ competitors: ['gong'] }), rules: [twice, fakeCompetitorRule] });
    expect(moments.filter((m) => m.kind === 'objection.price')).toHaveLength(1);
    expect(moments.find((m) => m.kind === 'objection.competitor')?.suggestion).toBe(defaultPlaybook.cards['objection.competitor']);
  });

  it('runs call-level rules as a finished call', () => {
    const missing = analyzeCall({ segments: call.slice(1), playbook, rules: [fakeNextStepsMissingRule] });
    expect(missing.moments.map((m) => m.kind)).toEqual(['next_steps.missing']);
    expect(missing.moments[0].suggestion).toContain('next step');
  });

  it('computes the call metrics', () => {
    const { metrics } = analyzeCall({ segments: call, playbook, rules: [] });
    expect(metrics.duration).toBe(14);
    expect(metrics.repTalkSeconds).toBe(8.5);
    expect(metrics.customerTalkSeconds).toBe(4.6);
  });

  it('produces moments the sync API accepts, from the registered and the fake rules alike', () => {
    const segments = generateDialogue({ seed: 5, seconds: 900, callId: 'call-sync' });
    for (const set of [rules, fakeRules]) {
      const { moments } = analyzeCall({ segments, playbook, rules: set });
      for (const m of moments) expect(syncMomentSchema.safeParse({ ...m, updatedAt: 1 }).success, JSON.stringify(m)).toBe(true);
      expect(new Set(moments.map((m) => m.id)).size).toBe(moments.length);
    }
  });
});
