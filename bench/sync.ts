/**
 * Sync server speed on a real libsql file, through the real HTTP stack (createApp + @hono/node-server):
 * (a) ingest: POST /api/v1/sync from 4 concurrent clients, batches of 500 items as the extension
 *     sends them (store/sync-client.ts BATCH_ROWS: 1 call, 453 segments, 46 moments), next to a
 *     plain batched INSERT of the same rows into a fresh file with the same schema (FTS triggers
 *     included), in alternating rounds after a warm-up; medians over the rounds.
 *     Targets: >= 20,000 segments/s and >= 0.25 of the plain rate.
 * (b) read latency with 10,000 calls / 1,000,000 segments (seeded with SQL): calls list, call page
 *     and search, p50/p95 over sequential requests. Targets: calls list p95 < 20 ms, search p95 < 50 ms.
 * Env: BENCH_SYNC_CALLS / BENCH_SYNC_SEGMENTS_PER_CALL shrink (b) for a quick run; BENCH_SYNC_PARTS=ingest or reads runs one part.
 */
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.ts';
import { migrateDb, openDb, type Db } from '../server/db/open-db.ts';
import { parseEnv } from '../server/env.ts';
import { callDetail } from '../server/queries/call-detail.ts';
import { listCalls, listCallsQuery } from '../server/queries/list-calls.ts';
import { searchSegments, toFtsQuery } from '../server/queries/search-segments.ts';
import { tempDb } from '../test/harness/temp-db.ts';
import type { SyncPush } from '../core/sync-schema.ts';
import { makeCallBatch } from '../test/server/make-sync-items.ts';
import { seedBenchTeam, seedHistory, WORDS } from './sync-seed.ts';

const CLIENTS = 4;
/** Items per POST, as the extension sends them (store/sync-client.ts BATCH_ROWS = 500). */
const BATCH_ITEMS = 500;
/** makeCallBatch(n) adds one call and a moment per 10 segments: 1 + 453 + 46 = 500 items. */
const BATCH_SEGMENTS = 453;
const ROUNDS = 7;
const BATCHES_PER_ROUND = 4; // per client
const WARMUP_BATCHES = 2; // per client, and as many plain ones, before the clock starts
const INGEST_TARGET = 20_000;
const RATIO_TARGET = 0.25;
const LIST_P95_TARGET = 20;
const SEARCH_P95_TARGET = 50;

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const median = (xs: number[]) => quantile(xs, 0.5);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

async function startApp(db: Db) {
  const env = parseEnv({ DATABASE_URL: 'file:unused.db', LOG_LEVEL: 'silent', SYNC_RATE_LIMIT: '1000000', MANAGER_DIST: '/nonexistent' });
  const app = createApp({ db, env, clock: Date.now });
  return new Promise<{ url: string; close: () => void }>((ok) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => ok({ url: `http://127.0.0.1:${info.port}`, close: () => server.close() }));
  });
}

async function open(url: string): Promise<Db> {
  // The server's setting, parsed by its own schema (default full: fsync per commit), for both databases.
  const db = await openDb(url, undefined, parseEnv({ DATABASE_SYNCHRONOUS: process.env.DATABASE_SYNCHRONOUS }).DATABASE_SYNCHRONOUS);
  await migrateDb(db);
  return db;
}

/** Wall and CPU (this process: server and client) seconds of `fn`. */
async function measure(fn: () => Promise<void>): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

/** The rows of one sync batch as plain multi-row INSERTs (100 rows a statement), for one `batch` transaction. */
function plainStatements(b: SyncPush, userId: string, orgId: string) {
  const call = b.calls[0];
  const stmts = [{ sql: `INSERT INTO calls (id, user_id, org_id, title, platform, status, started_at, duration, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, args: [call.id, userId, orgId, call.title, call.platform, call.status, call.startedAt, call.duration ?? null, call.updatedAt] as (string | number | null)[] }];
  for (let k = 0; k < b.segments.length; k += 100) {
    const part = b.segments.slice(k, k + 100);
    stmts.push({
      sql: `INSERT INTO segments (id, call_id, user_id, speaker, start, "end", text, updated_at) VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      args: part.flatMap((s) => [s.id, s.callId, userId, s.speaker, s.start, s.end, s.text, s.updatedAt]),
    });
  }
  stmts.push({
    sql: `INSERT INTO moments (id, call_id, user_id, kind, speaker, start, "end", text, severity, segment_id, updated_at) VALUES ${b.moments.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    args: b.moments.flatMap((m) => [m.id, m.callId, userId, m.kind, m.speaker, m.start, m.end, m.text, m.severity, m.segmentId ?? null, m.updatedAt]),
  });
  return stmts;
}

/**
 * (a) Sync ingest next to a plain insert of the same rows. The two alternate in ROUNDS rounds so
 * that load from other processes on a shared machine hits both alike; each round gives a rate and
 * a ratio, and the medians are reported. CPU seconds (this process: server and the in-process
 * clients) are reported too, since they depend less on that load.
 */
async function ingest(): Promise<void> {
  const tmp = tempDb('pitchside-bench-ingest-');
  const plainTmp = tempDb('pitchside-bench-plain-');
  const db = await open(tmp.url);
  const plain = await open(plainTmp.url);
  const team = await seedBenchTeam(db, CLIENTS);
  const server = await startApp(db);
  try {
    // Bodies are built and serialised up front: the clock measures the server, not the client.
    const perClient = WARMUP_BATCHES + ROUNDS * BATCHES_PER_ROUND;
    const batches = team.reps.map(() => Array.from({ length: perClient }, () => makeCallBatch(BATCH_SEGMENTS)));
    const bodies = batches.map((list) => list.map((b) => JSON.stringify(b)));
    if (batches[0][0].calls.length + batches[0][0].segments.length + batches[0][0].moments.length !== BATCH_ITEMS) throw new Error('batch is not BATCH_ITEMS items');
    const post = (token: string, body: string) =>
      fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body }).then(async (r) => {
        if (r.status !== 200) throw new Error(`sync answered ${r.status}: ${await r.text()}`);
        await r.arrayBuffer();
      });
    /** Batches [from, to) of every client: all clients at once through the API, then the same rows plainly. */
    const syncSlice = (from: number, to: number) => measure(() => Promise.all(team.reps.map(async (rep, i) => {
      for (const body of bodies[i].slice(from, to)) await post(rep.token, body);
    })).then(() => undefined));
    const plainSlice = (from: number, to: number) => measure(async () => {
      for (let i = 0; i < CLIENTS; i++) {
        for (const b of batches[i].slice(from, to)) await plain.$client.batch(plainStatements(b, team.reps[i].userId, team.orgId), 'write');
      }
    });
    await syncSlice(0, WARMUP_BATCHES);
    await plainSlice(0, WARMUP_BATCHES);
    const perRound = CLIENTS * BATCHES_PER_ROUND * BATCH_SEGMENTS;
    const rounds: { sync: Awaited<ReturnType<typeof measure>>; plain: Awaited<ReturnType<typeof measure>> }[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const from = WARMUP_BATCHES + r * BATCHES_PER_ROUND;
      rounds.push({ sync: await syncSlice(from, from + BATCHES_PER_ROUND), plain: await plainSlice(from, from + BATCHES_PER_ROUND) });
    }
    const stored = (await db.$client.execute(`SELECT count(*) AS n FROM segments`)).rows[0].n as number;
    const rates = (pick: (r: (typeof rounds)[number]) => number) => rounds.map((r) => perRound / pick(r));
    const syncWall = rates((r) => r.sync.wall);
    const plainWall = rates((r) => r.plain.wall);
    const ratios = rounds.map((r) => r.plain.wall / r.sync.wall);
    const cpuRatios = rounds.map((r) => r.plain.cpu / r.sync.cpu);
    const range = (xs: number[]) => `${fmt(Math.min(...xs))}..${fmt(Math.max(...xs))}`;
    const syncRate = median(syncWall);
    const ratio = median(ratios);
    const synchronous = (await db.$client.execute('PRAGMA synchronous')).rows[0][0] === 1 ? 'normal' : 'full';
    console.log(`ingest: ${CLIENTS} clients, batches of ${BATCH_ITEMS} items (1 call, ${BATCH_SEGMENTS} segments, ${batches[0][0].moments.length} moments); ${WARMUP_BATCHES} warm-up batches per client, then ${ROUNDS} rounds of ${fmt(perRound)} segments alternating with the plain insert; stored ${fmt(stored)} segments; WAL, synchronous=${synchronous} for both`);
    console.log(`  sync API:      ${fmt(syncRate)} segments/s wall, median of ${ROUNDS} rounds (${range(syncWall)}); ${fmt(median(rates((r) => r.sync.cpu)))} per CPU-second; target >= ${fmt(INGEST_TARGET)}: ${verdict(syncRate >= INGEST_TARGET)}`);
    console.log(`  plain INSERT:  ${fmt(median(plainWall))} segments/s wall (${range(plainWall)}); ${fmt(median(rates((r) => r.plain.cpu)))} per CPU-second (same schema and FTS triggers, 1 transaction per batch)`);
    console.log(`  sync / plain = ${ratio.toFixed(2)} wall, ${median(cpuRatios).toFixed(2)} CPU (medians of per-round ratios); target >= ${RATIO_TARGET}: ${verdict(ratio >= RATIO_TARGET)}`);
  } finally {
    server.close();
    db.$client.close();
    plain.$client.close();
    tmp.cleanup();
    plainTmp.cleanup();
  }
}

async function latency(url: string, path: string | (() => string), token: string, runs: number): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const p = typeof path === 'string' ? path : path();
    const t0 = performance.now();
    const r = await fetch(url + p, { headers: { authorization: `Bearer ${token}` } });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${p} answered ${r.status}`);
    if (i >= 5) times.push(performance.now() - t0);
  }
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

/** (b) Read latency on a large history. */
async function reads(): Promise<void> {
  const calls = Number(process.env.BENCH_SYNC_CALLS ?? 10_000);
  const perCall = Number(process.env.BENCH_SYNC_SEGMENTS_PER_CALL ?? 100);
  const tmp = tempDb('pitchside-bench-reads-');
  try {
    const db = await open(tmp.url);
    const team = await seedBenchTeam(db, 20);
    const t0 = performance.now();
    let lastLog = 0;
    await seedHistory(db.$client, team.orgId, team.reps.map((r) => r.userId), calls, perCall, 500, (done) => {
      if (performance.now() - lastLog > 15_000) {
        lastLog = performance.now();
        process.stdout.write(`  seeding: ${fmt(done)} calls, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
      }
    });
    await db.$client.execute('ANALYZE');
    const count = async (t: string) => (await db.$client.execute(`SELECT count(*) AS n FROM ${t}`)).rows[0].n as number;
    const [nc, ns, nm] = [await count('calls'), await count('segments'), await count('moments')];
    console.log(`reads: seeded ${fmt(nc)} calls, ${fmt(ns)} segments, ${fmt(nm)} moments in ${((performance.now() - t0) / 1000).toFixed(1)} s (SQL inserts, FTS index included)`);
    const server = await startApp(db);
    try {
      await measureReads(server.url, db, team, calls, perCall);
    } finally {
      server.close();
      db.$client.close();
    }
  } finally {
    tmp.cleanup();
  }
}

type BenchTeam = Awaited<ReturnType<typeof seedBenchTeam>>;

/** The same queries called in-process, without HTTP: what the database work alone costs. */
async function directQueries(db: Db, team: BenchTeam, calls: number): Promise<[string, { p50: number; p95: number }][]> {
  const user = { id: team.manager.userId, orgId: team.orgId, role: 'manager' as const, email: '', name: '' };
  const time = async (fn: () => Promise<unknown>) => {
    const ts: number[] = [];
    for (let i = 0; i < 105; i++) {
      const t0 = performance.now();
      await fn();
      if (i >= 5) ts.push(performance.now() - t0);
    }
    return { p50: quantile(ts, 0.5), p95: quantile(ts, 0.95) };
  };
  const rnd = (n: number) => Math.floor(Math.random() * n);
  return [
    ['calls list, first page (25)', await time(() => listCalls(db, user, listCallsQuery.parse({})))],
    ['call page', await time(() => callDetail(db, user, `bench-call-${rnd(calls)}`))],
    ['search, one common word', await time(() => searchSegments(db, user, toFtsQuery(WORDS[rnd(10)])!, 50))],
    ['search, one rarer word', await time(() => searchSegments(db, user, toFtsQuery(WORDS[WORDS.length - 1 - rnd(30)])!, 50))],
  ];
}

async function measureReads(url: string, db: Db, team: BenchTeam, calls: number, perCall: number): Promise<void> {
  {
    const server = { url };
    const token = team.manager.token;
    const rnd = (n: number) => Math.floor(Math.random() * n);
    const rows: [string, Awaited<ReturnType<typeof latency>>, number?][] = [];
    rows.push(['HTTP floor: GET /healthz (SELECT 1)', await latency(server.url, '/healthz', token, 200)]);
    rows.push(['calls list, first page (25)', await latency(server.url, '/api/v1/calls', token, 200), LIST_P95_TARGET]);
    const first = (await (await fetch(`${server.url}/api/v1/calls`, { headers: { authorization: `Bearer ${token}` } })).json()) as { nextCursor: string };
    if (first.nextCursor) rows.push(['calls list, next page (cursor)', await latency(server.url, `/api/v1/calls?cursor=${first.nextCursor}`, token, 200), LIST_P95_TARGET]);
    rows.push(['calls list, rep filter', await latency(server.url, () => `/api/v1/calls?rep=${team.reps[rnd(20)].userId}`, token, 200), LIST_P95_TARGET]);
    rows.push(['calls list, kind=objection.price', await latency(server.url, '/api/v1/calls?kind=objection.price', token, 200), LIST_P95_TARGET]);
    rows.push(['calls list, negative sentiment', await latency(server.url, '/api/v1/calls?maxSentiment=-0.2', token, 200), LIST_P95_TARGET]);
    rows.push([`call page (${perCall} segments, 5 moments)`, await latency(server.url, () => `/api/v1/calls/bench-call-${rnd(calls)}`, token, 200)]);
    const common = WORDS.slice(0, 10);
    const rare = WORDS.slice(-30);
    rows.push(['search, one common word', await latency(server.url, () => `/api/v1/search?q=${common[rnd(common.length)]}`, token, 100), SEARCH_P95_TARGET]);
    rows.push(['search, one rarer word', await latency(server.url, () => `/api/v1/search?q=${rare[rnd(rare.length)]}`, token, 100), SEARCH_P95_TARGET]);
    rows.push(['search, two words', await latency(server.url, () => `/api/v1/search?q=${common[rnd(10)]}+${rare[rnd(30)]}`, token, 100), SEARCH_P95_TARGET]);
    const direct = await directQueries(db, team, calls);
    for (const [name, { p50, p95 }, target] of rows) {
      console.log(`  ${name.padEnd(42)} p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms${target ? `  target p95 < ${target} ms: ${verdict(p95 < target)}` : ''}`);
    }
    console.log('  the same queries in-process, without HTTP (database work alone):');
    for (const [name, { p50, p95 }] of direct) console.log(`  ${name.padEnd(42)} p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms`);
  }
}

export async function run(): Promise<void> {
  const parts = (process.env.BENCH_SYNC_PARTS ?? 'ingest,reads').split(',');
  if (parts.includes('ingest')) await ingest();
  if (parts.includes('reads')) await reads();
}
