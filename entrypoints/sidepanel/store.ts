/**
 * The side panel's state: @preact/signals fed by Dexie liveQuery (the truth) and by the
 * recorder's status messages (elapsed time, lag, backend). Components get values as props.
 */
import { computed, effect, signal } from '@preact/signals';
import { liveQuery, type Subscription } from 'dexie';
import { listen, send, type CaptureStatus } from '../../core/meeting/capture-messages.ts';
import { computeMetrics } from '../../core/metrics/metrics-tracker.ts';
import type { CallMetrics, Playbook } from '../../core/types.ts';
import { db, type StoredCall } from '../../store/db.ts';
import { getCall, listCalls, type CallDetail } from '../../store/calls.ts';
import { DEFAULT_SETTINGS, getPulledPlaybook, getSettings, type Settings } from '../../store/settings.ts';
import { getSyncStatus, type SyncStatus } from '../../store/sync-state.ts';

export type View = 'call' | 'history' | 'settings';

export const view = signal<View>('call');
export const status = signal<CaptureStatus | undefined>(undefined);
export const captureError = signal<string | undefined>(undefined);
/** The call picked in the history; while recording, the live call wins. */
export const pickedCallId = signal<string | undefined>(undefined);
export const search = signal('');
export const calls = signal<StoredCall[]>([]);
export const latestCallId = signal<string | undefined>(undefined);
export const detail = signal<CallDetail | undefined>(undefined);
export const settings = signal<Settings>({ ...DEFAULT_SETTINGS });
export type SyncStatusValue = SyncStatus;
export const syncStatus = signal<SyncStatus | undefined>(undefined);
/** The team's playbook pulled from the server, if any. */
export const playbook = signal<Playbook | null>(null);
export const dismissed = signal<ReadonlySet<string>>(new Set());
export const selectedMomentId = signal<string | undefined>(undefined);
/** A passing message for the rep (e.g. read-aloud has no voice); not an error of the recording. */
export const notice = signal<string | undefined>(undefined);
/** Ticks once a second so elapsed time re-renders. */
export const now = signal(Date.now());

export const recording = computed(() => status.value?.recording === true);
export const shownCallId = computed(() =>
  recording.value ? status.value?.callId : (pickedCallId.value ?? latestCallId.value),
);
export const liveMetrics = computed<CallMetrics | undefined>(() => {
  const d = detail.value;
  if (!d) return undefined;
  return d.call.metrics ?? computeMetrics(d.segments);
});

function subscribe<T>(query: () => Promise<T>, onValue: (v: T) => void): Subscription {
  return liveQuery(query).subscribe({ next: onValue, error: (err: unknown) => console.warn('pitchside liveQuery', err) });
}

export function dismiss(momentId: string): void {
  dismissed.value = new Set([...dismissed.value, momentId]);
}

/** Wires the signals to Dexie and the recorder. Call once from main.tsx. */
export function startStore(): void {
  subscribe(() => getSettings(db), (v) => (settings.value = v));
  subscribe(() => getSyncStatus(db), (v) => (syncStatus.value = v));
  subscribe(() => getPulledPlaybook(db), (v) => (playbook.value = v));
  subscribe(() => db.calls.orderBy('startedAt').last(), (c) => (latestCallId.value = c?.id));

  let listSub: Subscription | undefined;
  effect(() => {
    const q = search.value;
    listSub?.unsubscribe();
    listSub = subscribe(() => listCalls(db, { search: q, limit: 100 }), (v) => (calls.value = v));
  });

  let detailSub: Subscription | undefined;
  effect(() => {
    const id = shownCallId.value;
    detailSub?.unsubscribe();
    detail.value = undefined;
    if (id) detailSub = subscribe(() => getCall(db, id), (v) => (detail.value = v));
  });

  listen('panel', {
    status: ({ status: s }) => {
      status.value = s;
      if (s.recording) captureError.value = undefined;
    },
    'capture-error': ({ message }) => {
      captureError.value = message;
    },
  });
  // Reopened panel: ask the recorder (if any) where it stands, and show a pending error.
  void send<CaptureStatus>({ target: 'offscreen', type: 'status' }).then((s) => {
    if (s && 'recording' in s) status.value = s;
  });
  void chrome.storage.session.get('captureError').then((v) => {
    const e = v.captureError as { message?: string } | undefined;
    if (e?.message) captureError.value = e.message;
  });
  chrome.storage.session.onChanged.addListener((changes) => {
    if ('captureError' in changes) captureError.value = (changes.captureError.newValue as { message?: string } | undefined)?.message;
  });
  setInterval(() => (now.value = Date.now()), 1000);
}
