/**
 * Watches a meeting page and reports changes: the meeting went live (with title and
 * participants), the rep's mute state changed, the meeting ended. Reads the DOM at most
 * once per `intervalMs` after mutations; never throws into the page.
 */
import { meetingDocument, readMeetingPage, snapshotChanged, type MeetingPageSpec, type MeetingSnapshot } from './meeting-page-reader.ts';

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
  let lastCheck = 0;
  const win = doc.defaultView ?? globalThis;

  const safeEmit = (e: MeetingEvent) => {
    try {
      emit(e);
    } catch {
      // The extension may have been reloaded; the page must not notice.
    }
  };

  const observer = new win.MutationObserver(() => schedule());
  const observed = { subtree: true, childList: true, attributes: true, characterData: true };
  // The meeting UI may live in a same-origin frame (spec.frames): watch its document too, and
  // look again whenever a frame (re)loads (its load event reaches this document's capture phase).
  let frameDoc: Document | undefined;
  const followFrame = () => {
    const inner = meetingDocument(doc, spec);
    if (inner === doc || inner === frameDoc) return;
    frameDoc = inner;
    observer.observe(inner.documentElement, observed);
  };
  const onFrameLoad = () => schedule();
  if (spec.frames?.length) doc.addEventListener('load', onFrameLoad, true);

  const check = () => {
    timer = undefined;
    lastCheck = Date.now();
    let snap: MeetingSnapshot;
    try {
      followFrame();
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

  // At most one read per intervalMs, but the first change after a quiet spell is read at once:
  // a click on the mute button must take effect before the rep says the next word.
  const schedule = (ms?: number) => {
    if (timer === undefined) timer = win.setTimeout(check, ms ?? Math.max(0, lastCheck + intervalMs - Date.now()));
  };

  observer.observe(doc.documentElement, observed);
  check();

  return {
    check,
    stop: () => {
      observer.disconnect();
      doc.removeEventListener('load', onFrameLoad, true);
      if (timer !== undefined) win.clearTimeout(timer);
    },
  };
}
