import { sql } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** 1970-01-05 was a Monday: weeks start on Mondays (UTC). */
const MONDAY = 4 * DAY;

export interface RepAnalytics {
  userId: string;
  name: string;
  email: string;
  calls: number;
  /** Rep share of talk time over all their calls (0..1), null without talk time. */
  talkRatio: number | null;
  longestMonologue: number | null;
  questionRate: number | null;
  sentimentMean: number | null;
  objections: Record<string, number>;
  sentimentByWeek: { weekStart: number; mean: number | null; calls: number }[];
}

/** Per-rep team analytics for one org over [from, to). */
export async function teamAnalytics(db: Db, orgId: string, from = 0, to = Number.MAX_SAFE_INTEGER): Promise<RepAnalytics[]> {
  const inRange = sql`c.deleted = 0 AND c.started_at >= ${from} AND c.started_at < ${to}`;
  const reps = await db.all<{ userId: string; name: string; email: string; calls: number; rep: number; customer: number; longest: number | null; questionRate: number | null; sentiment: number | null }>(sql`
    SELECT u.id AS userId, u.name AS name, u.email AS email, count(c.id) AS calls,
      total(c.rep_talk_seconds) AS rep, total(c.customer_talk_seconds) AS customer,
      max(json_extract(c.metrics, '$.longestMonologue')) AS longest,
      avg(json_extract(c.metrics, '$.questionRate')) AS questionRate,
      avg(c.sentiment_mean) AS sentiment
    FROM users u LEFT JOIN calls c ON c.user_id = u.id AND ${inRange}
    WHERE u.org_id = ${orgId}
    GROUP BY u.id
    HAVING u.role = 'rep' OR count(c.id) > 0
    ORDER BY u.name`);
  const objections = await db.all<{ userId: string; kind: string; n: number }>(sql`
    SELECT c.user_id AS userId, m.kind AS kind, count(*) AS n
    FROM calls c JOIN moments m ON m.call_id = c.id AND m.user_id = c.user_id AND m.deleted = 0
    WHERE c.org_id = ${orgId} AND ${inRange} AND m.kind LIKE 'objection.%'
    GROUP BY 1, 2`);
  const weeks = await db.all<{ userId: string; weekStart: number; mean: number | null; calls: number }>(sql`
    SELECT c.user_id AS userId, ((c.started_at - ${MONDAY}) / ${WEEK}) * ${WEEK} + ${MONDAY} AS weekStart,
      avg(c.sentiment_mean) AS mean, count(*) AS calls
    FROM calls c WHERE c.org_id = ${orgId} AND ${inRange}
    GROUP BY 1, 2 ORDER BY 2`);
  return reps.map((r) => ({
    userId: r.userId,
    name: r.name,
    email: r.email,
    calls: r.calls,
    talkRatio: r.rep + r.customer > 0 ? r.rep / (r.rep + r.customer) : null,
    longestMonologue: r.longest,
    questionRate: r.questionRate,
    sentimentMean: r.sentiment,
    objections: Object.fromEntries(objections.filter((o) => o.userId === r.userId).map((o) => [o.kind, o.n])),
    sentimentByWeek: weeks.filter((w) => w.userId === r.userId).map(({ weekStart, mean, calls }) => ({ weekStart, mean, calls })),
  }));
}
