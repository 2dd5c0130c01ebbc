/**
 * Watches a meeting page and reports changes: the meeting went live (with title and
 * participants), the rep's mute state changed, the meeting ended. Reads the DOM at most
 * once per `intervalMs` after mutations; never throws into the page.
 */
import { readMeetingPage, snapshotChanged, type MeetingPageSpec, type MeetingSnapshot } from './meeting-page-reader.ts';

export type MeetingEvent =
  | { type: 'live'; snapshot: MeetingSnapshot }
  | { type: 'mute'; muted: boolean }
  | { type: 'ended' };

export interface WatchOptions {
  intervalMs?: number;
  /** A live meeting must look gone this long before it counts as ended (markup flickers). */
  endGraceMs?: number;
}

export function watchMeeting(
  doc: Document,
  spec: MeetingPageSpec,
  emit: (event: MeetingEvent) => void,
  { intervalMs = 1000, endGraceMs = 3000 }: WatchOptions = {},
): { check: () => void; stop: () => void } {
  let last: MeetingSnapshot | undefined;
  let wasLive = false;
  let goneSince: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const win = doc.defaultView ?? globalThis;

  const safeEmit = (e: MeetingEvent) => {
    try {
      emit(e);
    } catch {
      // The extension may have been reloaded; the page must not notice.
    }
  };

  const check = () => {
    timer = undefined;
    let snap: MeetingSnapshot;
    try {
      snap = readMeetingPage(doc, spec);
    } catch {
      return;
    }
    if (snap.live) {
      goneSince = undefined;
      if (!wasLive || snapshotChanged(last, snap)) safeEmit({ type: 'live', snapshot: snap });
      if (snap.muted !== undefined && snap.muted !== last?.muted) safeEmit({ type: 'mute', muted: snap.muted });
      wasLive = true;
    } else if (wasLive) {
      goneSince ??= Date.now();
      if (snap.ended || Date.now() - goneSince >= endGraceMs) {
        wasLive = false;
        goneSince = undefined;
        safeEmit({ type: 'ended' });
      } else {
        schedule(endGraceMs);
      }
    }
    last = snap;
  };

  const schedule = (ms = intervalMs) => {
    if (timer === undefined) timer = win.setTimeout(check, ms);
  };

  const observer = new win.MutationObserver(() => schedule());
  observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  check();

  return {
    check,
    stop: () => {
      observer.disconnect();
      if (timer !== undefined) win.clearTimeout(timer);
    },
  };
}
