/**
 * The extension's local database (Dexie 4 over IndexedDB), named 'pitchside'.
 * Dexie owns the truth: the side panel renders from it (liveQuery), the sync client
 * drains its outbox. Model files live in their own database (store/model-files.ts).
 *
 * Tables and indexes (all liveQuery-friendly):
 *   calls     id, startedAt, status, updatedAt
 *   segments  id, callId, [callId+start]
 *   moments   id, callId, [callId+start], kind
 *   comments  id, momentId, callId, createdAt     (manager comments pulled from the server)
 *   settings  key                                 (settings, sync state, pulled playbook)
 *   audio     [callId+seq], callId                (recording chunks; never synced)
 *   outbox    ++seq, [state+seq], entityId        (one row per domain write, see outbox.ts)
 *
 * Write only through the repositories (store/calls.ts, store/transcript.ts, store/settings.ts):
 * each writes the entity and its outbox row in one transaction.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Call, CallMetrics, Moment, Segment } from '../core/types.ts';
import type { SyncComment } from '../core/sync-schema.ts';

/** A call as stored locally: the domain call plus its computed metrics. */
export interface StoredCall extends Call {
  metrics?: CallMetrics;
}

/** A manager's comment on one of the rep's moments, pulled from the server. */
export type StoredComment = SyncComment;

export interface SettingRow {
  key: string;
  value: unknown;
}

/** One chunk of a call's recording (e.g. a MediaRecorder `dataavailable` blob). */
export interface AudioChunk {
  callId: string;
  /** 0, 1, 2, ... in recording order. */
  seq: number;
  blob: Blob;
}

export type OutboxEntity = 'call' | 'segment' | 'moment';

/** 'pending' rows are sent by the next sync; 'parked' rows were refused (4xx) and wait for the user. */
export type OutboxState = 'pending' | 'parked';

export interface OutboxRow {
  /** Auto-increment: the order of writes. */
  seq?: number;
  state: OutboxState;
  entity: OutboxEntity;
  entityId: string;
  callId: string;
  op: 'put' | 'delete';
  /** Snapshot of the entity at write time (for deletes: the last known state). */
  data: StoredCall | Segment | Moment;
  /** Epoch ms of the write: the `updatedAt` the server compares (last writer wins). */
  updatedAt: number;
  /** Why the server (or local validation) refused the row, for parked rows. */
  problem?: string;
  parkedAt?: number;
}

export class PitchsideDb extends Dexie {
  calls!: EntityTable<StoredCall, 'id'>;
  segments!: EntityTable<Segment, 'id'>;
  moments!: EntityTable<Moment, 'id'>;
  comments!: EntityTable<StoredComment, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  audio!: Dexie.Table<AudioChunk, [string, number]>;
  outbox!: EntityTable<OutboxRow, 'seq'>;

  constructor(name = 'pitchside') {
    super(name);
    this.version(1).stores({
      calls: 'id, startedAt, status, updatedAt',
      segments: 'id, callId, [callId+start]',
      moments: 'id, callId, [callId+start], kind',
      comments: 'id, momentId, callId, createdAt',
      settings: 'key',
      audio: '[callId+seq], callId',
      outbox: '++seq, [state+seq], entityId',
    });
  }
}

/** The extension's database. Dexie opens lazily, so importing this costs nothing. */
export const db = new PitchsideDb();
