import { sql } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';

type Runner = Pick<Db, 'run'>;

/**
 * Recomputes the derived columns of the user's calls (talk seconds per speaker, customer sentiment
 * mean) from their segments; the extension's own metrics.customerSentimentMean wins when sent.
 */
export async function refreshCallStats(db: Runner, userId: string, callIds: string[]): Promise<void> {
  for (let i = 0; i < callIds.length; i += 500) {
    const part = callIds.slice(i, i + 500);
    // One pass over each call's segments (a row-value SET), not one subquery per derived column.
    await db.run(sql`
      UPDATE calls SET (rep_talk_seconds, customer_talk_seconds, sentiment_mean) = (
        SELECT total(CASE WHEN s.speaker = 'rep' THEN s."end" - s.start END),
          total(CASE WHEN s.speaker = 'customer' THEN s."end" - s.start END),
          coalesce(json_extract(calls.metrics, '$.customerSentimentMean'), avg(CASE WHEN s.speaker = 'customer' THEN s.sentiment_score END))
        FROM segments s WHERE s.call_id = calls.id AND s.user_id = calls.user_id AND s.deleted = 0)
      WHERE user_id = ${userId} AND id IN (${sql.join(part.map((id) => sql`${id}`), sql`, `)})`);
  }
}
