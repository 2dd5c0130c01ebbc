import { sql } from 'drizzle-orm';
import type { Principal } from '../app-env.ts';
import type { Db } from '../db/open-db.ts';

/** Marks around matched words in `snippet`, so the client can highlight without parsing HTML. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** Turns what a user typed into a safe FTS5 query: every word quoted, all required; `word*` keeps a prefix search. */
export function toFtsQuery(input: string): string | undefined {
  const words = input.match(/[\p{L}\p{N}'-]+\*?/gu) ?? [];
  const terms = words.slice(0, 12).map((w) => (w.endsWith('*') ? `"${w.slice(0, -1).replaceAll('"', '')}"*` : `"${w.replaceAll('"', '')}"`));
  return terms.length ? terms.join(' ') : undefined;
}

export interface SearchHit {
  segmentId: string;
  callId: string;
  callTitle: string;
  startedAt: number;
  repName: string;
  speaker: 'rep' | 'customer';
  start: number;
  snippet: string;
}

/**
 * How many of the newest matching segments get ranked. FTS5 computes bm25 for every match before
 * `ORDER BY rank`: a common word in a million segments takes seconds. Walking the matches newest
 * first (rowid order, which FTS5 delivers without sorting) and ranking only this window keeps
 * search fast at any size; below this many matches the result is exactly the full ranking.
 */
export const RANK_WINDOW = 1_000;

/** Full-text search over the transcripts the user may read: the best matches among the newest RANK_WINDOW. */
export async function searchSegments(db: Db, user: Principal, query: string, limit: number): Promise<SearchHit[]> {
  const scope = user.role === 'rep' ? sql`c.user_id = ${user.id}` : sql`c.org_id = ${user.orgId}`;
  return db.all<SearchHit>(sql`
    WITH recent AS (
      SELECT segments_fts.rowid AS rid, bm25(segments_fts) AS score
      FROM segments_fts
      JOIN segments s ON s.rowid = segments_fts.rowid
      JOIN calls c ON c.id = s.call_id AND c.user_id = s.user_id
      WHERE segments_fts MATCH ${query} AND ${scope} AND s.deleted = 0 AND c.deleted = 0
      ORDER BY segments_fts.rowid DESC
      LIMIT ${RANK_WINDOW}
    ), best AS MATERIALIZED (SELECT rid, score FROM recent ORDER BY score LIMIT ${limit}),
    -- Snippets for the chosen rows only, in one FTS pass restricted to their rowids.
    snips AS MATERIALIZED (
      SELECT segments_fts.rowid AS rid, snippet(segments_fts, 0, ${MATCH_START}, ${MATCH_END}, '…', 16) AS snippet
      FROM segments_fts WHERE segments_fts MATCH ${query} AND segments_fts.rowid IN (SELECT rid FROM best)
    )
    SELECT s.id AS segmentId, s.call_id AS callId, c.title AS callTitle, c.started_at AS startedAt, u.name AS repName,
      s.speaker AS speaker, s.start AS start, snips.snippet AS snippet
    FROM best
    JOIN snips ON snips.rid = best.rid
    JOIN segments s ON s.rowid = best.rid
    JOIN calls c ON c.id = s.call_id AND c.user_id = s.user_id
    JOIN users u ON u.id = c.user_id
    ORDER BY best.score`);
}
