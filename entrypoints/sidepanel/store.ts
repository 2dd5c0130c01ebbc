/**
 * The side panel's state: @preact/signals fed by Dexie liveQuery (the truth) and by the
 * recorder's status messages (elapsed time, lag, backend). Components get values as props.
 *
 * First render: `ready` turns true once the recorder's state and the call to show (or that there
 * is none) are read; App renders an empty frame until then. Only what that needs is loaded with
 * the page: the settings and playbook code (zod validation) is fetched alongside, and the calls
 * list, settings and sync state are read once the panel is ready.
 */
import { computed, effect, signal, untracked } from '@preact/signals';
import { liveQuery, type Subscription } from 'dexie';
import { listen, send, type CaptureStatus } from '../../core/meeting/capture-messages.ts';
import { computeMetrics } from '../../core/metrics/metrics-tracker.ts';
import type { CallMetrics, Playbook } from '../../core/types.ts';
import { db, type StoredCall } from '../../store/db.ts';
import { getCall, listCalls, type CallDetail } from '../../store/calls.ts';
import type { Settings } from '../../store/settings.ts';
import { getSyncStatus, type SyncStatus } from '../../store/sync-state.ts';

export type View = 'call' | 'history' | 'settings';

export const view = signal<View>('call');
export const status = signal<CaptureStatus | undefined>(undefined);
export const captureError = signal<string | undefined>(undefined);
/** The call picked in the history; while recording, the live call wins. */
export const pickedCallId = signal<string | undefined>(undefined);
export const search = signal('');
export const calls = signal<StoredCall[]>([]);
/** The call shown: the live one, else the one picked, else the latest; undefined when there is none. */
export const detail = signal<CallDetail | undefined>(undefined);
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

function subscribe<T>(query: () => Promise<T>, onValue: (v: T) => void): Subscription {
  return liveQuery(query).subscribe({ next: onValue, error: (err: unknown) => console.warn('pitchside liveQuery', err) });
}

/**
 * The settings and playbook code (with zod, whose schemas take a while to set up), fetched on
 * first need: a call to show (its gauges need the playbook's limits), or after the first frame.
 */
let settingsCode: Promise<[typeof import('../../store/settings.ts'), typeof import('../../core/playbook.ts')]> | undefined;
function loadSettingsCode(): NonNullable<typeof settingsCode> {
  if (!settingsCode) {
    settingsCode = Promise.all([import('../../store/settings.ts'), import('../../core/playbook.ts')]);
    void settingsCode.then(([{ getPulledPlaybook }, { defaultPlaybook }]) =>
      subscribe(() => getPulledPlaybook(db), (v) => {
        playbook.value = v ?? defaultPlaybook;
        teamPlaybook.value = !!v;
      }),
    );
  }
  return settingsCode;
}

/** The call with its transcript; the playbook is fetched meanwhile. */
function readCall(id: string): Promise<CallDetail | undefined> {
  void loadSettingsCode();
  return getCall(db, id);
}

/** The newest call with its transcript. */
async function latestCall(): Promise<CallDetail | undefined> {
  const last = await db.calls.orderBy('startedAt').last();
  return last && readCall(last.id);
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
function sameDetail(a: CallDetail | undefined, b: CallDetail | undefined): boolean {
  if (!a || !b) return a === b;
  return a.call.id === b.call.id && a.call.updatedAt === b.call.updatedAt && a.segments.length === b.segments.length &&
    a.moments.length === b.moments.length && a.comments.length === b.comments.length && a.segments.at(-1)?.id === b.segments.at(-1)?.id;
}

/** Wires the signals to Dexie and the recorder. Call once from main.tsx. */
export function startStore(): void {
  // The call to show. Before the first paint a plain read: a live query also records every row it
  // read (hundreds for a long call) to know when to answer again, work the first frame need not wait
  // for. The live query takes over once that frame is painted; its first answer is the same call.
  let detailSub: Subscription | undefined;
  let choice = 0;
  effect(() => {
    const id = chosenCallId.value;
    const mine = ++choice;
    detailSub?.unsubscribe();
    detailSub = undefined;
    detailKnown.value = false;
    detail.value = undefined;
    const read = () => (id ? readCall(id) : latestCall());
    const live = () => {
      if (mine !== choice) return;
      let first = true;
      detailSub = subscribe(read, (v) => {
        if (!first || !sameDetail(detail.peek(), v)) detail.value = v;
        first = false;
        detailKnown.value = true;
      });
    };
    if (painted.peek()) {
      live();
      return;
    }
    read().then((v) => {
      if (mine !== choice) return;
      detail.value = v;
      detailKnown.value = true;
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
    void loadSettingsCode().then(([{ getSettings }]) => subscribe(() => getSettings(db), (v) => (settings.value = v)));
    subscribe(() => getSyncStatus(db), (v) => (syncStatus.value = v));
    let listSub: Subscription | undefined;
    effect(() => {
      const q = search.value;
      listSub?.unsubscribe();
      listSub = subscribe(() => listCalls(db, { search: q, limit: 100 }), (v) => (calls.value = v));
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
