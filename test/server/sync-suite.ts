import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@libsql/client';
import { api } from './api-client.ts';
import { makeCall, makeCallBatch, makeSegment } from './make-sync-items.ts';
import type { Team } from './seed-team.ts';

export interface SyncTarget {
  /** One or more server instances over the same database; requests rotate across them. */
  urls: string[];
  /** URL of the database itself (file: or a sqld http: URL), for counting rows. */
  dbUrl: string;
  team: Team;
  cleanup: () => Promise<void>;
}

/**
 * The sync API's behaviour (idempotent replay, last writer wins, concurrency, bad input, pull),
 * run against whatever `setup` starts: one server on a libsql file, or two on one sqld.
 * The servers must be started with MAX_SYNC_BYTES=262144.
 */
export function syncSuite(label: string, setup: () => Promise<SyncTarget>) {
  describe(`sync API (${label})`, () => {
    let target: SyncTarget;
    let team: Team;
    let turn = 0;
    const server = { get url() { return target.urls[turn++ % target.urls.length]; } };
    const rep = () => api(server.url, { token: team.rep1.token });
    const manager = () => api(server.url, { token: team.manager.token });
    const countRows = async (sql: string, args: (string | number)[] = []) => {
      const client = createClient({ url: target.dbUrl });
      try {
        return Number((await client.execute({ sql, args })).rows[0][0]);
      } finally {
        client.close();
      }
    };

    beforeAll(async () => {
      target = await setup();
      team = target.team;
    });
    afterAll(async () => {
      await target?.cleanup();
    });

    it('applies a batch once; the same batch again changes nothing', async () => {
      const batch = makeCallBatch(40);
      const first = await rep()('POST', '/api/v1/sync', batch);
      expect(first.status).toBe(200);
      expect(first.body.results.every((r: any) => r.status === 'applied')).toBe(true);
      const before = await manager()('GET', `/api/v1/calls/${batch.calls[0].id}`);
      const replay = await rep()('POST', '/api/v1/sync', batch);
      expect(replay.body.results.map((r: any) => r.status)).toEqual(first.body.results.map(() => 'unchanged'));
      const after = await manager()('GET', `/api/v1/calls/${batch.calls[0].id}`);
      expect(after.body).toEqual(before.body);
      expect(after.body.segments).toHaveLength(40);
      expect(after.body.moments).toHaveLength(4);
      expect(await countRows('SELECT count(*) FROM segments WHERE call_id = ?', [batch.calls[0].id])).toBe(40);
    });

    it('keeps the newest updatedAt per item (last writer wins) and says which items were stale', async () => {
      const call = makeCall({ updatedAt: 2_000 });
      const seg = makeSegment(call.id, { text: 'first words', updatedAt: 2_000 });
      await rep()('POST', '/api/v1/sync', { calls: [call], segments: [seg] });
      const newer = await rep()('POST', '/api/v1/sync', { segments: [{ ...seg, text: 'corrected words', updatedAt: 3_000 }] });
      const older = await rep()('POST', '/api/v1/sync', { calls: [{ ...call, title: 'old title', updatedAt: 1_500 }], segments: [{ ...seg, text: 'stale words', updatedAt: 2_500 }] });
      expect(newer.body.results[0].status).toBe('applied');
      expect(older.body.results.map((r: any) => r.status)).toEqual(['stale', 'stale']);
      const detail = await rep()('GET', `/api/v1/calls/${call.id}`);
      expect(detail.body.call.title).toBe(call.title);
      expect(detail.body.segments[0].text).toBe('corrected words');
      const hits = await rep()('GET', '/api/v1/search?q=corrected');
      expect(hits.body.hits.map((h: any) => h.segmentId)).toEqual([seg.id]);
      expect((await rep()('GET', '/api/v1/search?q=first')).body.hits).toEqual([]);
    });

    it('takes concurrent batches from many clients and stores every item exactly once', async () => {
      const clients = [team.rep1, team.rep2, team.manager, team.admin].map((u) => api(server.url, { token: u.token }));
      const batches = Array.from({ length: 16 }, () => makeCallBatch(100));
      const answers = await Promise.all(batches.map((b, i) => clients[i % clients.length]('POST', '/api/v1/sync', b)));
      expect(answers.map((a) => a.status)).toEqual(batches.map(() => 200));
      const ids = batches.map((b) => b.calls[0].id);
      const placeholders = ids.map(() => '?').join(',');
      expect(await countRows(`SELECT count(*) FROM segments WHERE call_id IN (${placeholders})`, ids)).toBe(1600);
      expect(await countRows(`SELECT count(*) FROM moments WHERE call_id IN (${placeholders})`, ids)).toBe(160);
      const listed = await manager()('GET', '/api/v1/calls?limit=100');
      expect(listed.body.calls.filter((c: any) => ids.includes(c.id))).toHaveLength(16);
    });

    it('answers a malformed batch with 400 naming the field, and writes nothing', async () => {
      const batch = makeCallBatch(3);
      (batch.segments[2] as any).speaker = 'narrator';
      const res = await rep()('POST', '/api/v1/sync', batch);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: 'invalid_request', field: 'segments.2.speaker' });
      expect(res.body.message).toEqual(expect.any(String));
      const notJson = await rep()('POST', '/api/v1/sync', '{"calls": [');
      expect(notJson.status).toBe(400);
      expect(notJson.body.field).toBe('(body)');
      expect(await countRows('SELECT count(*) FROM calls WHERE id = ?', [batch.calls[0].id])).toBe(0);
    });

    it('answers an oversized batch with 413 and writes nothing', async () => {
      const batch = makeCallBatch(10);
      batch.segments.forEach((s) => (s.text = 'x'.repeat(9_000) + ' big'));
      batch.segments.push(...batch.segments.map((s, i) => ({ ...s, id: `${s.id}-b${i}` })), ...batch.segments.map((s, i) => ({ ...s, id: `${s.id}-c${i}` })));
      const res = await rep()('POST', '/api/v1/sync', batch);
      expect(res.status).toBe(413);
      expect(await countRows('SELECT count(*) FROM calls WHERE id = ?', [batch.calls[0].id])).toBe(0);
    });

    it('pulls manager comments after the cursor and the playbook only when it changed', async () => {
      const batch = makeCallBatch(11);
      await rep()('POST', '/api/v1/sync', batch);
      const first = await rep()('GET', '/api/v1/sync');
      expect(first.body.playbook).toMatchObject({ limits: { monologueSeconds: 60 } });
      const posted = await manager()('POST', `/api/v1/moments/${batch.moments[0].id}/comments`, { body: 'Nice recovery here' });
      expect(posted.status).toBe(201);
      const second = await rep()('GET', `/api/v1/sync?since=${first.body.cursor}`);
      expect(second.body.comments).toEqual([expect.objectContaining({ momentId: batch.moments[0].id, body: 'Nice recovery here', authorName: 'manager' })]);
      expect(second.body.playbook).toBeNull();
      const put = await manager()('PUT', '/api/v1/playbook', { competitors: ['Gong'], limits: { talkRatio: 0.6 } });
      expect(put.status).toBe(200);
      const third = await rep()('GET', `/api/v1/sync?since=${second.body.cursor}`);
      expect(third.body.comments).toEqual([]);
      expect(third.body.playbook).toMatchObject({ competitors: ['Gong'], limits: { talkRatio: 0.6 } });
      const bad = await manager()('PUT', '/api/v1/playbook', { limits: { talkRatio: 3 } });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ error: 'invalid_request', field: 'limits.talkRatio' });
      expect((await rep()('GET', '/api/v1/sync?since=nonsense')).body.field).toBe('since');
    });
  });
}
