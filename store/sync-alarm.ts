/**
 * Sync wiring for the background service worker. The service worker has fetch and
 * IndexedDB, so sync runs there (no inference is involved).
 *
 *   registerSyncAlarm()   call once at the top level of entrypoints/background.ts:
 *                         - a chrome.alarms alarm every SYNC_PERIOD_MINUTES runs syncNow();
 *                         - when the recorder reports that recording stopped
 *                           ({ target: 'background', type: 'recording-changed', status.recording: false })
 *                           a sync runs shortly after, so a finished call reaches the manager.
 *   scheduleSyncSoon()    queue a sync in a few seconds (e.g. after the user saves settings).
 *
 * Listeners are registered synchronously (the service worker may be woken by the alarm itself);
 * they hold no state: the outbox and the sync state live in Dexie.
 */
import { db } from './db.ts';
import { syncNow } from './sync-client.ts';

export const SYNC_ALARM = 'pitchside-sync';
export const SYNC_SOON_ALARM = 'pitchside-sync-soon';
export const SYNC_PERIOD_MINUTES = 5;

function isRecordingStopped(msg: unknown): boolean {
  const m = msg as { target?: string; type?: string; status?: { recording?: boolean } } | null;
  return m?.target === 'background' && m.type === 'recording-changed' && m.status?.recording === false;
}

export function scheduleSyncSoon(delayMs = 3_000): Promise<void> {
  return chrome.alarms.create(SYNC_SOON_ALARM, { when: Date.now() + delayMs });
}

export function registerSyncAlarm(): void {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM || alarm.name === SYNC_SOON_ALARM) void syncNow(db).catch((err) => console.warn('pitchside sync failed', err));
  });
  // Observe only: returns nothing, so it never answers (or delays the answer to) a message.
  chrome.runtime.onMessage.addListener((msg) => {
    if (isRecordingStopped(msg)) void scheduleSyncSoon();
  });
  void chrome.alarms.get(SYNC_ALARM).then((existing) => {
    if (!existing) return chrome.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: 1 });
  });
}
