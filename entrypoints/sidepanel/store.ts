/**
 * The side panel's state: @preact/signals fed by Dexie liveQuery (the truth) and by the
 * recorder's status messages (elapsed time, lag, backend). Components get values as props.
 *
 * First render: `ready` turns true once the recorder's state and the call to show (or that there
 * is none) are read; App renders an empty frame until then. Only what that needs is loaded with
 * the page: the call is read with plain IndexedDB (first-read.ts) and the playbook comes from the
 * copy the last panel kept (playbook-cache.ts). Dexie and the live queries (live-queries.ts), the
 * settings and playbook code (zod), the calls list and the sync state load once the frame is painted.
 */
import { computed, effect, signal, untracked } from '@preact/signals';
import type { Subscription } from 'dexie';
import { listen, send, type CaptureStatus } from '../../core/meeting/capture-messages.ts';
import { computeMetrics } from '../../core/metrics/metrics-tracker.ts';
import type { CallMetrics, Playbook } from '../../core/types.ts';
import type { StoredCall } from '../../store/db.ts';
import type { CallDetail } from '../../store/calls.ts';
import type { Settings } from '../../store/settings.ts';
import type { SyncStatus } from '../../store/sync-state.ts';
import { firstRead, readCall, type ShownCall } from './first-read.ts';
import { readCachedPlaybook, writeCachedPlaybook } from './playbook-cache.ts';

export type View = 'call' | 'history' | 'settings';

export const view = signal<View>('call');
export const status = signal<CaptureStatus | undefined>(undefined);
export const captureError = signal<string | undefined>(undefined);
/** The call picked in the history; while recording, the live call wins. */
export const pickedCallId = signal<string | undefined>(undefined);
export const search = signal('');
export const calls = signal<StoredCall[]>([]);
/**
 * The call shown: the live one, else the one picked, else the latest; undefined when there is none.
 * On the first frame a finished call may come with only a screenful of its transcript
 * (`segmentCount` set, see first-read.ts); the live query brings all of it right after.
 */
export const detail = signal<ShownCall | undefined>(undefined);
/** Undefined until read (after the first render). */
export const settings = signal<Settings | undefined>(undefined);
export type SyncStatusValue = SyncStatus;
export const syncStatus = signal<SyncStatus | undefined>(undefined);
/** The playbook in force: the team's, pulled from the server, else the built-in one; undefined until read. */
export const playbook = signal<Playbook | undefined>(undefined);
/** Whether `playbook` is the team's. */
export const teamPlaybook = signal(false);
export const dismissed = signal<ReadonlySet<string>>(new Set());
export const selectedMomentId = signal<string | undefined>(undefined);
/** A passing message for the rep (e.g. read-aloud has no voice); not an error of the recording. */
export const notice = signal<string | undefined>(undefined);
/** Ticks once a second so elapsed time re-renders. */
export const now = signal(Date.now());

/** The recorder answered (or there is no recorder). */
const statusKnown = signal(false);
/** `detail` holds the answer for the current choice of call. */
const detailKnown = signal(false);
/**
 * True from the moment the panel can show what it is for: whether the recorder runs, and the call
 * to show (live, picked or latest) with its transcript, or that there is none. Until then the panel
 * renders an empty frame, not a "Not recording · No call yet" that may be false. Stays true.
 */
export const ready = signal(false);
/** The first frame with the panel's content has been painted (set by main.tsx). Stays true. */
export const painted = signal(false);

export const recording = computed(() => status.value?.recording === true);
/** The live call, else the picked one; undefined means the latest. */
const chosenCallId = computed(() => (recording.value ? status.value?.callId : pickedCallId.value));
export const liveMetrics = computed<CallMetrics | undefined>(() => {
  const d = detail.value;
  if (!d) return undefined;
  return d.call.metrics ?? computeMetrics(d.segments);
});

/** Dexie and the live queries: after the first frame (first-read.ts reads the one before). */
const liveCode = () => import('./live-queries.ts');

/**
 * The settings and playbook code (with zod, whose schemas take a while to set up), fetched after
 * the first frame; before it only when a call is to be shown and no playbook copy was kept.
 */
let settingsCode: Promise<[typeof import('../../store/settings.ts'), typeof import('../../core/playbook.ts')]> | undefined;
function loadSettingsCode(): NonNullable<typeof settingsCode> {
  if (!settingsCode) {
    settingsCode = Promise.all([import('../../store/settings.ts'), import('../../core/playbook.ts')]);
    void Promise.all([settingsCode, liveCode()]).then(([[{ getPulledPlaybook }, { defaultPlaybook }], { db, subscribe }]) =>
      subscribe(() => getPulledPlaybook(db), (v) => {
        const next = { playbook: v ?? defaultPlaybook, team: !!v };
        // Unchanged from the kept copy the panel shows: nothing to re-render.
        if (!writeCachedPlaybook(next) && playbook.peek()) return;
        playbook.value = next.playbook;
        teamPlaybook.value = next.team;
      }),
    );
  }
  return settingsCode;
}

/** Asks the recorder where it stands; with no offscreen document there is none (and the service worker is not woken). */
async function recorderStatus(): Promise<CaptureStatus | undefined> {
  const recorders = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] }).catch(() => undefined);
  if (recorders?.length === 0) return undefined;
  const s = await send<CaptureStatus>({ target: 'offscreen', type: 'status' });
  return s && 'recording' in s ? s : undefined;
}

export function dismiss(momentId: string): void {
  dismissed.value = new Set([...dismissed.value, momentId]);
}

/** Runs `fn` once, when the panel's first frame is painted (right away if it is). */
export function afterFirstPaint(fn: () => void): void {
  let done = false;
  effect(() => {
    if (done || !painted.value) return;
    done = true;
    untracked(fn);
  });
}

/** Whether a live query's first answer is the call already shown (read a moment before), so nothing re-renders. */
function sameDetail(a: ShownCall | undefined, b: CallDetail | undefined): boolean {
  if (!a || !b) return a === b;
  return a.segmentCount === undefined && a.call.id === b.call.id && a.call.updatedAt === b.call.updatedAt && a.segments.length === b.segments.length &&
    a.moments.length === b.moments.length && a.comments.length === b.comments.length && a.segments.at(-1)?.id === b.segments.at(-1)?.id;
}

/** Shows `v`; after a first frame with part of the transcript, marks when all of it is painted. */
function showCall(v: ShownCall | undefined): void {
  // bench/sidepanel.ts reads this mark: the whole transcript and the sentiment line painted.
  if (detail.peek()?.segmentCount !== undefined && v?.segmentCount === undefined) {
    requestAnimationFrame(() => setTimeout(() => performance.mark('pitchside:whole-call')));
  }
  detail.value = v;
}

/** Wires the signals to Dexie and the recorder. Call once from main.tsx. */
export function startStore(): void {
  const kept = readCachedPlaybook();
  if (kept) {
    playbook.value = kept.playbook;
    teamPlaybook.value = kept.team;
  }

  // The call to show. Before the first paint a plain IndexedDB read (first-read.ts): Dexie is not
  // loaded yet, and a live query also records every row it read (hundreds for a long call) to know
  // when to answer again, work the first frame need not wait for. The live query takes over once
  // that frame is painted; its first answer is the same call.
  let detailSub: Subscription | undefined;
  let choice = 0;
  effect(() => {
    const id = chosenCallId.value;
    const mine = ++choice;
    detailSub?.unsubscribe();
    detailSub = undefined;
    detailKnown.value = false;
    detail.value = undefined;
    const live = () =>
      void liveCode().then(({ watchCall }) => {
        if (mine !== choice) return;
        let first = true;
        detailSub = watchCall(id, (v) => {
          if (!first || !sameDetail(detail.peek(), v)) showCall(v);
          first = false;
          detailKnown.value = true;
        });
      });
    if (painted.peek()) {
      live();
      return;
    }
    firstRead(id).then((v) => {
      performance.mark('pitchside:first-read');
      if (mine !== choice) return;
      // A call's gauges need the playbook: without a kept copy, fetch zod now.
      if (v && !playbook.peek()) void loadSettingsCode();
      detail.value = v;
      detailKnown.value = true;
      // Part of the transcript: the database reads the rest while the first frame is drawn, shown
      // once that is painted (not after Dexie and the other post-paint code have loaded).
      if (v?.segmentCount !== undefined) {
        const whole = readCall(v.call.id);
        afterFirstPaint(() =>
          void whole.then((w) => {
            if (mine === choice && detail.peek()?.segmentCount !== undefined && w?.call.id === v.call.id) showCall(w);
          }, () => undefined),
        );
      }
      afterFirstPaint(live);
    }, (err: unknown) => {
      console.warn('pitchside first read', err);
      if (mine !== choice) return;
      detailKnown.value = true;
      afterFirstPaint(live);
    });
  });

  effect(() => {
    // A call is shown with its gauges, which need the playbook's limits.
    if (!ready.value && statusKnown.value && detailKnown.value && (!detail.value || playbook.value)) ready.value = true;
  });

  // Not needed for the first frame: read once it is painted, so they do not compete with it.
  afterFirstPaint(() => {
    void Promise.all([loadSettingsCode(), liveCode()]).then(([[{ getSettings }], { db, subscribe }]) =>
      subscribe(() => getSettings(db), (v) => (settings.value = v)),
    );
    void liveCode().then(({ watchCalls, watchSyncStatus }) => {
      watchSyncStatus((v) => (syncStatus.value = v));
      let listSub: Subscription | undefined;
      effect(() => {
        const q = search.value;
        listSub?.unsubscribe();
        listSub = watchCalls(q, (v) => (calls.value = v));
      });
    });
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
  void recorderStatus().then((s) => {
    if (s) status.value = s;
    statusKnown.value = true;
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
