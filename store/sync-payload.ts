/**
 * Outbox rows -> the sync contract (core/sync-schema.ts). Redacts PII when asked, strips
 * local-only fields (validation with the shared zod schemas drops unknown keys), and refuses
 * locally what the server would refuse, so one bad row never blocks a batch.
 */
import { redactPii } from '../core/redact.ts';
import {
  firstIssue,
  syncCallSchema,
  syncMomentSchema,
  syncSegmentSchema,
  type SyncPush,
} from '../core/sync-schema.ts';
import type { Moment, Segment } from '../core/types.ts';
import type { OutboxRow, StoredCall } from './db.ts';

export type PushItemType = 'call' | 'segment' | 'moment';
export type MappedRow = { ok: true; type: PushItemType; item: SyncPush[keyof SyncPush][number] } | { ok: false; problem: string };

function redactCall(c: StoredCall): StoredCall {
  return { ...c, title: redactPii(c.title), notes: c.notes === undefined ? undefined : redactPii(c.notes) };
}

export function toSyncItem(row: OutboxRow, redact: boolean): MappedRow {
  const deleted = row.op === 'delete' ? { deleted: true } : {};
  const base = { updatedAt: row.updatedAt, ...deleted };
  const text = (t: string) => (redact ? redactPii(t) : t);
  const parsed =
    row.entity === 'call'
      ? syncCallSchema.safeParse({ ...(redact ? redactCall(row.data as StoredCall) : row.data), ...base })
      : row.entity === 'segment'
        ? syncSegmentSchema.safeParse({ ...row.data, text: text((row.data as Segment).text), ...base })
        : syncMomentSchema.safeParse({ ...row.data, text: text((row.data as Moment).text), ...base });
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return { ok: false, problem: `invalid ${row.entity} (${field}: ${message})` };
  }
  return { ok: true, type: row.entity, item: parsed.data };
}

export interface Batch {
  body: SyncPush;
  /** Outbox seqs acknowledged by this batch, per item key `type:id`. */
  seqsByItem: Map<string, number[]>;
  /** Rows that failed local validation, with why. */
  invalid: { seq: number; problem: string }[];
  /** Rows not sent by choice (transcripts when syncing moments only): acknowledged without sending. */
  skipped: number[];
}

/** Builds one POST body from outbox rows; several rows of one entity send its latest state once. */
export function buildBatch(rows: OutboxRow[], opts: { redact: boolean; momentsOnly: boolean }): Batch {
  const body: SyncPush = { calls: [], segments: [], moments: [] };
  const latest = new Map<string, { type: PushItemType; item: MappedRow & { ok: true } }>();
  const batch: Batch = { body, seqsByItem: new Map(), invalid: [], skipped: [] };
  for (const row of rows) {
    const seq = row.seq!;
    if (opts.momentsOnly && row.entity === 'segment') {
      batch.skipped.push(seq);
      continue;
    }
    const mapped = toSyncItem(row, opts.redact);
    if (!mapped.ok) {
      batch.invalid.push({ seq, problem: mapped.problem });
      continue;
    }
    const key = `${row.entity}:${row.entityId}`;
    latest.set(key, { type: row.entity, item: mapped });
    batch.seqsByItem.set(key, [...(batch.seqsByItem.get(key) ?? []), seq]);
  }
  for (const { type, item } of latest.values()) {
    if (type === 'call') body.calls.push(item.item as SyncPush['calls'][number]);
    else if (type === 'segment') body.segments.push(item.item as SyncPush['segments'][number]);
    else body.moments.push(item.item as SyncPush['moments'][number]);
  }
  return batch;
}
