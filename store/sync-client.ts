/**
 * The sync client: drains the outbox to the server and pulls what the manager changed.
 *
 *   syncNow(db?, opts?) -> SyncReport
 *     1. push: pending outbox rows in write order, batches of <= 500 rows, PII redacted when
 *        the setting is on, transcripts left out when syncing moments only. After the server's
 *        answer, in one transaction: rows it took are deleted, rows it refused are parked with
 *        its reason, lastAckSeq moves on. A 4xx for the whole batch parks the batch
 *        (401/403 park nothing: the token is wrong). Network errors, 5xx and 429 retry with
 *        exponential backoff and jitter, then give up until the next alarm.
 *     2. pull: GET /api/v1/sync?since=CURSOR -> manager comments into `comments`, the org
 *        playbook into settings (getPulledPlaybook), the new cursor into the sync state.
 *   A batch the server finds too large (413) is split in halves; only a lone row is parked.
 *   Inside the extension, a server origin without host permission stops early ('needs-permission').
 *   Runs one at a time across the extension's pages and service worker (Web Locks).
 *   Progress and problems land in the sync state: getSyncStatus(db) (store/sync-state.ts).
 */
import { commentSchema, type SyncItemResult, type SyncPullResponse } from '../core/sync-schema.ts';
import { db as defaultDb, type PitchsideDb } from './db.ts';
import type { Outcome } from './backoff.ts';
import { makeHttp, reason, type Http, type Reply, type SyncOptions } from './sync-http.ts';
import { pendingRows } from './outbox.ts';
import { getSettings, PLAYBOOK_KEY, type Settings } from './settings.ts';
import { buildBatch, type Batch } from './sync-payload.ts';
import { serverOriginPattern } from './server-permission.ts';
import { readSyncState, writeSyncState, type SyncPhase } from './sync-state.ts';

export const BATCH_ROWS = 500;
const MAX_BATCHES_PER_RUN = 200;

export type { SyncOptions } from './sync-http.ts';

export interface SyncReport {
  phase: SyncPhase;
  /** Outbox rows acknowledged (sent, or skipped by the moments-only setting). */
  acked: number;
  parked: number;
  comments: number;
  error?: string;
}

async function settle(db: PitchsideDb, batch: Batch, results: SyncItemResult[] | null, refusal?: string): Promise<{ acked: number; parked: number }> {
  const park = new Map<number, string>(batch.invalid.map((i) => [i.seq, i.problem]));
  const ack: number[] = [...batch.skipped];
  const refused = new Map((results ?? []).filter((r) => r.status === 'rejected').map((r) => [`${r.type}:${r.id}`, r.error ?? 'rejected']));
  for (const [key, seqs] of batch.seqsByItem) {
    const why = refusal ?? refused.get(key);
    for (const seq of seqs) {
      if (why) park.set(seq, why);
      else ack.push(seq);
    }
  }
  const at = Date.now();
  await db.transaction('rw', db.outbox, db.settings, async () => {
    await db.outbox.bulkDelete(ack);
    for (const [seq, problem] of park) await db.outbox.update(seq, { state: 'parked', problem, parkedAt: at });
    const state = await readSyncState(db);
    const top = Math.max(state.lastAckSeq, ...ack, ...park.keys());
    await writeSyncState(db, { lastAckSeq: top });
  });
  return { acked: ack.length, parked: park.size };
}

async function push(db: PitchsideDb, settings: Settings, http: Http, report: SyncReport): Promise<boolean> {
  let limit = BATCH_ROWS;
  for (let i = 0; i < MAX_BATCHES_PER_RUN; i++) {
    const rows = await pendingRows(db, limit);
    if (rows.length === 0) return true;
    const batch = buildBatch(rows, { redact: settings.redactPii, momentsOnly: settings.syncScope === 'moments' });
    const empty = batch.seqsByItem.size === 0;
    const outcome: Outcome<Reply> = empty ? { kind: 'done', value: { status: 200, body: { results: [] } } } : await http('POST', '/api/v1/sync', batch.body);
    if (outcome.kind === 'retry') return fail(report, 'offline', outcome.error);
    const reply = outcome.value;
    if (reply.status === 401 || reply.status === 403) return fail(report, 'unauthorized', `the server refused the token (${reason(reply)})`);
    if (reply.status === 413 && rows.length > 1) {
      limit = Math.ceil(rows.length / 2); // too big for this server: send it in halves, park only a lone row
      continue;
    }
    const ok = reply.status >= 200 && reply.status < 300;
    const results = ok ? ((reply.body as { results?: SyncItemResult[] } | null)?.results ?? []) : null;
    const { acked, parked } = await settle(db, batch, results, ok ? undefined : reason(reply));
    report.acked += acked;
    report.parked += parked;
  }
  return true;
}

const MAX_PULL_PAGES = 50;

async function pull(db: PitchsideDb, http: Http, report: SyncReport): Promise<boolean> {
  for (let page = 0; page < MAX_PULL_PAGES; page++) {
    const { cursor } = await readSyncState(db);
    const outcome = await http('GET', `/api/v1/sync${cursor ? `?since=${encodeURIComponent(cursor)}` : ''}`);
    if (outcome.kind === 'retry') return fail(report, 'offline', outcome.error);
    const reply = outcome.value;
    if (reply.status === 401 || reply.status === 403) return fail(report, 'unauthorized', `the server refused the token (${reason(reply)})`);
    if (reply.status !== 200) return fail(report, 'problem', `pull failed: ${reason(reply)}`);
    const body = reply.body as Partial<SyncPullResponse>;
    const comments = (body.comments ?? []).flatMap((c) => {
      const parsed = commentSchema.safeParse(c);
      return parsed.success ? [parsed.data] : [];
    });
    await db.transaction('rw', db.comments, db.settings, async () => {
      await db.comments.bulkPut(comments);
      if (body.playbook != null) await db.settings.put({ key: PLAYBOOK_KEY, value: body.playbook });
      if (typeof body.cursor === 'string') await writeSyncState(db, { cursor: body.cursor });
    });
    report.comments += comments.length;
    if (!body.hasMore || body.cursor === cursor) return true;
  }
  return true;
}

function fail(report: SyncReport, phase: SyncPhase, error: string): false {
  report.phase = phase;
  report.error = error;
  return false;
}

/** The origin pattern to check, inside the extension (chrome.permissions exists); else undefined. */
function permissionProblem(url: string): string | undefined {
  if (typeof chrome === 'undefined' || !chrome.permissions?.contains) return undefined;
  return serverOriginPattern(url);
}

async function run(db: PitchsideDb, opts: SyncOptions): Promise<SyncReport> {
  const settings = await getSettings(db);
  const report: SyncReport = { phase: 'idle', acked: 0, parked: 0, comments: 0 };
  if (!settings.syncEnabled || !settings.serverUrl || !settings.token) {
    await writeSyncState(db, { phase: 'off' });
    return { ...report, phase: 'off' };
  }
  if (!URL.canParse(settings.serverUrl)) {
    const error = `the server URL is not a URL: ${settings.serverUrl}`;
    await writeSyncState(db, { phase: 'problem', lastError: error });
    return { ...report, phase: 'problem', error };
  }
  const origin = permissionProblem(settings.serverUrl);
  if (origin && !(await chrome.permissions.contains({ origins: [origin] }))) {
    const error = `Pitchside may not reach ${settings.serverUrl} yet: allow it in the settings (host permission ${origin})`;
    await writeSyncState(db, { phase: 'needs-permission', lastError: error });
    return { ...report, phase: 'needs-permission', error };
  }
  const startedAt = Date.now();
  await writeSyncState(db, { phase: 'syncing', lastAttemptAt: startedAt });
  const http = makeHttp(settings, opts);
  const done = (await push(db, settings, http, report)) && (await pull(db, http, report));
  if (done && report.parked > 0) fail(report, 'problem', `${report.parked} item(s) refused by the server`);
  const finishedAt = Date.now();
  await writeSyncState(db, {
    phase: report.phase,
    lastError: report.error,
    ...(done ? { lastSuccessAt: finishedAt } : {}),
  });
  return report;
}

export async function syncNow(db: PitchsideDb = defaultDb, opts: SyncOptions = {}): Promise<SyncReport> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return run(db, opts);
  return locks.request(`pitchside-sync:${db.name}`, () => run(db, opts));
}
