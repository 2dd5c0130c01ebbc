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
    await db.run(sql`
      UPDATE calls SET
        rep_talk_seconds = (SELECT total(s."end" - s.start) FROM segments s
          WHERE s.call_id = calls.id AND s.user_id = calls.user_id AND s.speaker = 'rep' AND s.deleted = 0),
        customer_talk_seconds = (SELECT total(s."end" - s.start) FROM segments s
          WHERE s.call_id = calls.id AND s.user_id = calls.user_id AND s.speaker = 'customer' AND s.deleted = 0),
        sentiment_mean = coalesce(json_extract(metrics, '$.customerSentimentMean'),
          (SELECT avg(s.sentiment_score) FROM segments s
            WHERE s.call_id = calls.id AND s.user_id = calls.user_id AND s.speaker = 'customer' AND s.deleted = 0))
      WHERE user_id = ${userId} AND id IN (${sql.join(part.map((id) => sql`${id}`), sql`, `)})`);
  }
}
