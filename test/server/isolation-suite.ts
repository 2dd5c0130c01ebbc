import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './api-client.ts';
import { makeCall, makeMoment, makeSegment } from './make-sync-items.ts';
import type { Team } from './seed-team.ts';

type Who = keyof Team | 'anonymous';
interface Data {
  c1: string;
  m1: string;
  cB: string;
}
interface Row {
  who: Who;
  what: string;
  method: 'GET' | 'POST' | 'PUT';
  path: (d: Data) => string;
  body?: (d: Data) => unknown;
  status: number;
  check?: (body: any, d: Data) => void;
}

const ALL: Who[] = ['rep1', 'rep2', 'manager', 'admin', 'otherManager', 'otherRep', 'anonymous'];
const ids = (body: any) => (body.calls as { id: string }[]).map((c) => c.id);
const hitCalls = (body: any) => [...new Set((body.hits as { callId: string }[]).map((h) => h.callId))];
const expectStatus = (expectations: Partial<Record<Who, number>>, base: Omit<Row, 'who' | 'status'>) =>
  ALL.map((who) => ({ ...base, who, status: expectations[who] ?? 401 }));

/** Who may read and write what: one row per (user, action), every row a real HTTP request. */
const ROWS: Row[] = [
  ...expectStatus({ rep1: 200, rep2: 404, manager: 200, admin: 200, otherManager: 404, otherRep: 404 }, { what: "rep1's call detail", method: 'GET', path: (d) => `/api/v1/calls/${d.c1}` }),
  ...expectStatus({ rep1: 404, rep2: 404, manager: 404, admin: 404, otherManager: 200, otherRep: 200 }, { what: "globex rep's call detail", method: 'GET', path: (d) => `/api/v1/calls/${d.cB}` }),
  { who: 'rep1', what: 'calls list', method: 'GET', path: () => '/api/v1/calls', status: 200, check: (b, d) => expect(ids(b)).toEqual([d.c1]) },
  { who: 'rep2', what: 'calls list', method: 'GET', path: () => '/api/v1/calls', status: 200, check: (b) => expect(ids(b)).toEqual([]) },
  { who: 'manager', what: 'calls list', method: 'GET', path: () => '/api/v1/calls', status: 200, check: (b, d) => expect(ids(b)).toEqual([d.c1]) },
  { who: 'admin', what: 'calls list', method: 'GET', path: () => '/api/v1/calls', status: 200, check: (b, d) => expect(ids(b)).toEqual([d.c1]) },
  { who: 'otherManager', what: 'calls list', method: 'GET', path: () => '/api/v1/calls', status: 200, check: (b, d) => expect(ids(b)).toEqual([d.cB]) },
  { who: 'otherRep', what: 'calls list', method: 'GET', path: () => '/api/v1/calls', status: 200, check: (b, d) => expect(ids(b)).toEqual([d.cB]) },
  { who: 'anonymous', what: 'calls list', method: 'GET', path: () => '/api/v1/calls', status: 401 },
  { who: 'rep1', what: 'search "budget"', method: 'GET', path: () => '/api/v1/search?q=budget', status: 200, check: (b, d) => expect(hitCalls(b)).toEqual([d.c1]) },
  { who: 'rep2', what: 'search "budget"', method: 'GET', path: () => '/api/v1/search?q=budget', status: 200, check: (b) => expect(hitCalls(b)).toEqual([]) },
  { who: 'manager', what: 'search "budget"', method: 'GET', path: () => '/api/v1/search?q=budget', status: 200, check: (b, d) => expect(hitCalls(b)).toEqual([d.c1]) },
  { who: 'otherManager', what: 'search "budget"', method: 'GET', path: () => '/api/v1/search?q=budget', status: 200, check: (b, d) => expect(hitCalls(b)).toEqual([d.cB]) },
  { who: 'otherRep', what: 'search "budget"', method: 'GET', path: () => '/api/v1/search?q=budget', status: 200, check: (b, d) => expect(hitCalls(b)).toEqual([d.cB]) },
  ...expectStatus({ rep1: 403, rep2: 403, manager: 200, admin: 200, otherManager: 200, otherRep: 403 }, { what: 'team analytics', method: 'GET', path: () => '/api/v1/analytics/team' }),
  { who: 'otherManager', what: 'team analytics names no acme rep', method: 'GET', path: () => '/api/v1/analytics/team', status: 200, check: (b) => expect(b.reps.map((r: any) => r.name)).toEqual(['otherRep']) },
  ...expectStatus({ rep1: 403, rep2: 403, manager: 200, admin: 200, otherManager: 200, otherRep: 403 }, { what: 'playbook', method: 'GET', path: () => '/api/v1/playbook' }),
  ...expectStatus({ rep1: 403, rep2: 403, manager: 200, admin: 200, otherManager: 200, otherRep: 403 }, { what: 'users of own org', method: 'GET', path: () => '/api/v1/users' }),
  { who: 'otherManager', what: 'users list shows only globex', method: 'GET', path: () => '/api/v1/users', status: 200, check: (b) => expect(b.users.map((u: any) => u.name).sort()).toEqual(['otherManager', 'otherRep']) },
  ...expectStatus({ rep1: 403, rep2: 403, manager: 403, admin: 201, otherManager: 403, otherRep: 403 }, {
    what: 'add a user',
    method: 'POST',
    path: () => '/api/v1/users',
    body: () => ({ email: `new-${Math.random().toString(36).slice(2)}@example.test`, role: 'rep' }),
  }),
  ...expectStatus({ rep1: 403, rep2: 403, manager: 201, admin: 201, otherManager: 404, otherRep: 403 }, {
    what: "comment on rep1's moment",
    method: 'POST',
    path: (d) => `/api/v1/moments/${d.m1}/comments`,
    body: () => ({ body: 'Try anchoring on ROI here.' }),
  }),
  { who: 'rep2', what: "push a segment into rep1's call", method: 'POST', path: () => '/api/v1/sync', body: (d) => ({ segments: [makeSegment(d.c1, { text: 'injected' })] }), status: 200, check: (b) => expect(b.results[0].status).toBe('rejected') },
  { who: 'otherRep', what: "push a call with rep1's call id", method: 'POST', path: () => '/api/v1/sync', body: (d) => ({ calls: [makeCall({ id: d.c1, title: 'hijacked', updatedAt: 9e12 })] }), status: 200, check: (b) => expect(b.results[0].status).toBe('rejected') },
  { who: 'rep2', what: "overwrite rep1's moment id", method: 'POST', path: () => '/api/v1/sync', body: (d) => ({ moments: [makeMoment('rep2-call', { id: d.m1, updatedAt: 9e12 })] }), status: 200, check: (b) => expect(b.results[0].status).toBe('rejected') },
  ...expectStatus({ rep1: 200, rep2: 200, manager: 200, admin: 200, otherManager: 200, otherRep: 200 }, { what: 'sync pull', method: 'GET', path: () => '/api/v1/sync' }),
];

/**
 * The role/org isolation table, run against the servers `setup` starts. With several URLs,
 * requests rotate across them (the same database behind two server instances).
 */
export function isolationSuite(label: string, setup: () => Promise<{ urls: string[]; team: Team; cleanup: () => Promise<void> }>) {
  describe(`access (${label})`, () => {
    let urls: string[] = [];
    let team: Team;
    let cleanup = async () => {};
    let turn = 0;
    const d: Data = { c1: '', m1: '', cB: '' };
    const as = (who: Who) => api(urls[turn++ % urls.length], who === 'anonymous' ? {} : { token: team[who].token });

    beforeAll(async () => {
      ({ urls, team, cleanup } = await setup());
      const call = makeCall({ title: 'Acme x Initech' });
      const seg = makeSegment(call.id, { text: 'Our budget is really tight this year.' });
      const mom = makeMoment(call.id, { segmentId: seg.id });
      Object.assign(d, { c1: call.id, m1: mom.id });
      expect((await as('rep1')('POST', '/api/v1/sync', { calls: [call], segments: [seg], moments: [mom] })).status).toBe(200);
      const other = makeCall({ title: 'Globex renewal' });
      d.cB = other.id;
      const pushB = await as('otherRep')('POST', '/api/v1/sync', { calls: [other], segments: [makeSegment(other.id, { text: 'The budget was approved.' })] });
      expect(pushB.status).toBe(200);
    });
    afterAll(() => cleanup());

    it.each(ROWS.map((r) => [r.who, r.method, r.what, r] as const))('%s %s %s', async (_who, _m, _what, row) => {
      const res = await as(row.who)(row.method, row.path(d), row.body?.(d));
      expect(res.status, JSON.stringify(res.body)).toBe(row.status);
      if (res.status >= 400) expect(JSON.stringify(res.body)).not.toMatch(/Acme x Initech|Globex renewal|budget/);
      row.check?.(res.body, d);
    });

    it("leaves rep1's call as rep1 wrote it after the rejected writes, and only rep1 pulls the comments", async () => {
      const detail = await as('rep1')('GET', `/api/v1/calls/${d.c1}`);
      expect(detail.body.call.title).toBe('Acme x Initech');
      expect(detail.body.segments.map((s: any) => s.text)).toEqual(['Our budget is really tight this year.']);
      expect(detail.body.moments.map((m: any) => m.id)).toEqual([d.m1]);
      const pulled = await as('rep1')('GET', '/api/v1/sync');
      expect(pulled.body.comments.map((c: any) => c.momentId)).toEqual([d.m1, d.m1]);
      for (const who of ['rep2', 'otherRep'] as const) expect((await as(who)('GET', '/api/v1/sync')).body.comments).toEqual([]);
    });
  });
}
