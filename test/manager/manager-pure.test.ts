/** The manager app's pure pieces: routes, filters as API queries, the playbook form round trip. */
import { describe, expect, it } from 'vitest';
import { defaultPlaybook, parsePlaybook } from '../../core/playbook.ts';
import { dayToMs, sentimentTone } from '../../manager/format.ts';
import { filtersToQuery } from '../../manager/pages/call-filters.ts';
import { fromDraft, toDraft } from '../../manager/pages/playbook-draft.ts';
import { EMPTY_FILTERS, hrefFor, parseRoute, type Route } from '../../manager/store.ts';

describe('manager routes', () => {
  const routes: Route[] = [
    { page: 'calls' },
    { page: 'call', id: 'call 1/x' },
    { page: 'call', id: 'c2', segmentId: 'seg-9' },
    { page: 'dashboard' },
    { page: 'search', q: 'budget next quarter' },
    { page: 'playbook' },
  ];
  it.each(routes)('%o survives hrefFor -> parseRoute', (r) => {
    expect(parseRoute(hrefFor(r))).toEqual(r.page === 'call' && !r.segmentId ? { ...r, segmentId: undefined } : r);
  });
  it('sends anything unknown to the calls list', () => {
    expect(parseRoute('')).toEqual({ page: 'calls' });
    expect(parseRoute('#/nope/1')).toEqual({ page: 'calls' });
  });
});

describe('calls filters as a query', () => {
  it('leaves out empty filters', () => {
    expect(filtersToQuery(EMPTY_FILTERS)).toEqual({ rep: undefined, from: undefined, to: undefined, kind: undefined, limit: 25 });
  });
  it('makes the "to" day inclusive and maps sentiment presets to bounds', () => {
    const q = filtersToQuery({ rep: 'u1', from: '2026-11-02', to: '2026-11-02', kind: 'objection', sentiment: 'neutral' });
    expect(q).toMatchObject({ rep: 'u1', kind: 'objection', minSentiment: -0.2, maxSentiment: 0.2 });
    expect(Number(q.to) - Number(q.from)).toBe(dayToMs('2026-11-03')! - dayToMs('2026-11-02')!);
    expect(filtersToQuery({ ...EMPTY_FILTERS, sentiment: 'negative' })).toMatchObject({ maxSentiment: -0.2 });
  });
  it('rejects malformed days', () => {
    expect(dayToMs('11/02/2026')).toBeUndefined();
  });
});

describe('playbook form', () => {
  it('round-trips a playbook through the draft unchanged', () => {
    const book = parsePlaybook({ competitors: ['Gong', 'Chorus'], trackers: { sso: ['single sign-on', 'SAML'] }, cards: { 'competitor:Gong': 'Ask what fell short.' } });
    expect(fromDraft(toDraft(book))).toEqual(book);
  });
  it('drops empty rows and splits phrases on commas and lines', () => {
    const draft = toDraft(defaultPlaybook);
    draft.competitors = ' Gong \n\nChorus';
    draft.trackers.push({ name: 'sso', phrases: 'single sign-on,\nSAML, ' }, { name: '  ', phrases: 'x' });
    draft.cards.push({ key: '', text: 'orphan' });
    const out = fromDraft(draft);
    expect(out.competitors).toEqual(['Gong', 'Chorus']);
    expect(out.trackers).toEqual({ sso: ['single sign-on', 'SAML'] });
    expect(Object.keys(out.cards)).toEqual(Object.keys(defaultPlaybook.cards));
  });
});

describe('sentiment tone', () => {
  it.each([
    [0.5, 'positive'],
    [0.1, 'neutral'],
    [-0.2, 'negative'],
    [null, 'none'],
  ] as const)('%s -> %s', (score, tone) => expect(sentimentTone(score).tone).toBe(tone));
});
