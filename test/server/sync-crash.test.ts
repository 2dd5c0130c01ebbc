/**
 * kill -9 of the server in the middle of a sync: the client retries everything it did not get an
 * answer for, against the restarted server, and every item ends up stored exactly once, with the
 * full-text index and the database intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@libsql/client';
import { startServer, type RunningServer } from '../harness/start-server.ts';
import { tempDb, type TempDb } from '../harness/temp-db.ts';
import { api } from './api-client.ts';
import { makeCallBatch } from './make-sync-items.ts';
import { seedTeam, type Team } from './seed-team.ts';

describe('sync survives kill -9 of the server (real process, libsql file)', () => {
  let db: TempDb;
  let team: Team;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    db = tempDb();
    team = await seedTeam(db.url);
  });
  afterAll(async () => {
    await server?.stop();
    db?.cleanup();
  });

  it('stores every item exactly once after a crash mid-batch and a retry', async () => {
    const batches = Array.from({ length: 12 }, () => makeCallBatch(500));
    server = await startServer(db.url);
    const first = server;
    const push = (url: string, b: (typeof batches)[number]) =>
      api(url, { token: team.rep1.token })('POST', '/api/v1/sync', b).then(
        (r) => r.status,
        () => 0, // connection reset by the crash: no answer
      );
    // Three clients in flight at a time; the server dies as soon as the first batch is answered.
    const statuses: number[] = new Array(batches.length).fill(0);
    let killed: Promise<void> | undefined;
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const i = next++;
        statuses[i] = await push(first.url, batches[i]);
        if (statuses[i] === 200) killed ??= first.kill9();
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    await killed;
    const unanswered = statuses.filter((s) => s !== 200).length;
    expect(unanswered, 'the crash should leave batches without an answer').toBeGreaterThan(0);

    // Restart on the same database; the client re-sends every batch it has no answer for,
    // and (to prove replays are harmless) the answered ones too.
    server = await startServer(db.url);
    for (const b of batches) {
      const res = await api(server.url, { token: team.rep1.token })('POST', '/api/v1/sync', b);
      expect(res.status).toBe(200);
      expect(res.body.results.every((r: { status: string }) => r.status === 'applied' || r.status === 'unchanged')).toBe(true);
    }

    const client = createClient({ url: db.url });
    try {
      const ids = batches.map((b) => b.calls[0].id);
      const inList = ids.map(() => '?').join(',');
      const count = async (sql: string) => Number((await client.execute({ sql, args: ids })).rows[0][0]);
      expect(await count(`SELECT count(*) FROM calls WHERE id IN (${inList})`)).toBe(12);
      expect(await count(`SELECT count(*) FROM segments WHERE call_id IN (${inList})`)).toBe(6000);
      expect(await count(`SELECT count(DISTINCT id) FROM segments WHERE call_id IN (${inList})`)).toBe(6000);
      expect(await count(`SELECT count(*) FROM moments WHERE call_id IN (${inList})`)).toBe(600);
      const fts = await client.execute("SELECT count(*) FROM segments_fts WHERE segments_fts MATCH 'onboarding'");
      expect(Number(fts.rows[0][0])).toBe(6000);
      expect((await client.execute('PRAGMA integrity_check')).rows[0][0]).toBe('ok');
    } finally {
      client.close();
    }
    const hits = await api(server.url, { token: team.rep1.token })('GET', '/api/v1/search?q=onboarding&limit=5');
    expect(hits.status).toBe(200);
    expect(hits.body.hits.length).toBeGreaterThan(0);
  });
});
