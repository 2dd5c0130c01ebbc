/**
 * Seeding for the sync benchmark: a team, and a large history inserted directly with SQL
 * (recursive CTEs run inside SQLite, so 1,000,000 segments take seconds, not minutes).
 * Segment text is drawn from a word list, so full-text search sees realistic term frequencies.
 */
import type { Client } from '@libsql/client';
import { addOrg, addUser } from '../server/accounts.ts';
import type { Db } from '../server/db/open-db.ts';

export interface BenchUser {
  userId: string;
  token: string;
}

/** One org with `reps` reps and a manager (API tokens for both). */
export async function seedBenchTeam(db: Db, reps: number): Promise<{ orgId: string; reps: BenchUser[]; manager: BenchUser }> {
  const { orgId } = await addOrg(db, `Bench ${Math.random().toString(36).slice(2, 8)}`);
  const out: BenchUser[] = [];
  for (let i = 0; i < reps; i++) out.push(await addUser(db, { orgId, email: `rep${i}-${orgId}@bench.test`, name: `Rep ${i}`, role: 'rep' }));
  const manager = await addUser(db, { orgId, email: `manager-${orgId}@bench.test`, name: 'Manager', role: 'manager' });
  return { orgId, reps: out, manager };
}

/** Common sales-call words first (so they match many rows), then rarer ones. */
export const WORDS = (
  'the we our you your team pricing budget quarter call next week onboarding contract security review ' +
  'integration demo pilot renewal discount timeline decision approval legal procurement competitor ' +
  'dashboard reporting workflow training rollout migration support invoice seats license annual monthly ' +
  'forecast pipeline champion stakeholder roadmap feature request feedback problem value outcome ' +
  'implementation kickoff deadline proposal quote agreement signature compliance audit privacy sso ' +
  'salesforce hubspot gong chorus slack zoom teams meet calendar email followup agenda recap'
).split(' ');

const DAY = 86_400_000;

/**
 * `calls` calls spread over the reps and the last year, each with `perCall` segments and 5
 * moments, in transactions of `chunk` calls.
 */
export async function seedHistory(client: Client, orgId: string, repIds: string[], calls: number, perCall: number, chunk = 1000, onProgress?: (done: number) => void): Promise<void> {
  await client.execute('CREATE TEMP TABLE IF NOT EXISTS bench_words (i INTEGER PRIMARY KEY, w TEXT)');
  await client.execute('DELETE FROM bench_words');
  await client.execute({ sql: `INSERT INTO bench_words (i, w) SELECT key, value FROM json_each(?)`, args: [JSON.stringify(WORDS)] });
  await client.execute({ sql: `CREATE TEMP TABLE IF NOT EXISTS bench_reps (i INTEGER PRIMARY KEY, id TEXT)` });
  await client.execute('DELETE FROM bench_reps');
  await client.execute({ sql: `INSERT INTO bench_reps (i, id) SELECT key, value FROM json_each(?)`, args: [JSON.stringify(repIds)] });
  const now = Date.now();
  const n = WORDS.length;
  // A word picked with a skewed distribution: low indices (common words) far more often.
  // `0 * (k.i + s.j)` correlates the subquery with the row, so SQLite evaluates it per row, not once.
  const word = (salt: number) => `(SELECT w FROM bench_words WHERE i = (abs(random()) % ${n}) * (abs(random()) % ${n}) / ${n} + ${salt % 2} + 0 * (k.i + s.j))`;
  const text = Array.from({ length: 9 }, (_, k) => word(k)).join(` || ' ' || `);
  for (let first = 0; first < calls; first += chunk) {
    const last = Math.min(calls, first + chunk);
    const tx = await client.transaction('write');
    try {
      await tx.execute({
        sql: `WITH RECURSIVE k(i) AS (SELECT CAST(? AS INTEGER) UNION ALL SELECT i + 1 FROM k WHERE i + 1 < CAST(? AS INTEGER))
          INSERT INTO calls (id, user_id, org_id, title, platform, status, started_at, duration, metrics, updated_at, deleted,
            rep_talk_seconds, customer_talk_seconds, sentiment_mean)
          SELECT 'bench-call-' || i, (SELECT id FROM bench_reps WHERE bench_reps.i = k.i % ${repIds.length}), ?, 'Call ' || i, 'meet', 'done',
            ? - (i * 3163) % (365 * ${DAY}), ${perCall * 6}, json_object('longestMonologue', 20 + i % 90, 'questionRate', (i % 30) / 10.0),
            1, 0, ${perCall * 3} + i % 60, ${perCall * 3} - i % 60, ((i % 200) - 100) / 100.0
          FROM k`,
        args: [first, last, orgId, now],
      });
      await tx.execute({
        sql: `WITH RECURSIVE k(i) AS (SELECT CAST(? AS INTEGER) UNION ALL SELECT i + 1 FROM k WHERE i + 1 < CAST(? AS INTEGER)),
            s(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM s WHERE j + 1 < ${perCall})
          INSERT INTO segments (id, call_id, user_id, speaker, start, "end", text, sentiment_score, sentiment_label, updated_at, deleted)
          SELECT 'bench-seg-' || i || '-' || j, 'bench-call-' || i, (SELECT id FROM bench_reps WHERE bench_reps.i = k.i % ${repIds.length}),
            CASE j % 2 WHEN 0 THEN 'rep' ELSE 'customer' END, j * 6.0, j * 6.0 + 5, ${text},
            CASE j % 2 WHEN 1 THEN ((i + j) % 21 - 10) / 10.0 END, CASE j % 2 WHEN 1 THEN 'neutral' END, 1, 0
          FROM k, s`,
        args: [first, last],
      });
      await tx.execute({
        sql: `WITH RECURSIVE k(i) AS (SELECT CAST(? AS INTEGER) UNION ALL SELECT i + 1 FROM k WHERE i + 1 < CAST(? AS INTEGER)),
            m(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM m WHERE j + 1 < 5)
          INSERT INTO moments (id, call_id, user_id, kind, speaker, start, "end", text, severity, segment_id, updated_at, deleted)
          SELECT 'bench-mom-' || i || '-' || j, 'bench-call-' || i, (SELECT id FROM bench_reps WHERE bench_reps.i = k.i % ${repIds.length}),
            json_extract('["objection.price","objection.timing","buying_signal","next_steps","talk.monologue","objection.competitor","risk.churn"]', '$[' || ((i + j * 3) % 7) || ']'),
            'customer', (j * 20 + 1) * 6.0, (j * 20 + 1) * 6.0 + 5, 'moment text', 'warning', 'bench-seg-' || i || '-' || (j * 20 + 1), 1, 0
          FROM k, m`,
        args: [first, last],
      });
      await tx.commit();
    } finally {
      tx.close();
    }
    onProgress?.(last);
  }
}
