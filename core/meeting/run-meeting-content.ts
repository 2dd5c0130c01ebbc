/**
 * The body of every meeting content script: watch the page, tell the background what
 * happens, show the record hint while a meeting is live and not being recorded.
 * Recording never depends on this: if the markup changed, nothing is reported and the
 * toolbar button still works.
 */
import type { BackgroundMessage, ContentMessage } from './capture-messages.ts';
import type { MeetingPageSpec } from './meeting-page-reader.ts';
import { createRecordHint } from './record-hint.ts';
import { watchMeeting } from './watch-meeting.ts';

export function runMeetingContent(spec: MeetingPageSpec): void {
  const hint = createRecordHint(document);
  let recording = false;
  let live = false;
  let muted: boolean | undefined;
  const tell = (msg: BackgroundMessage) => {
    chrome.runtime.sendMessage(msg).catch(() => undefined);
  };

  chrome.runtime.onMessage.addListener((raw: unknown) => {
    const msg = raw as Partial<ContentMessage> | null;
    if (msg?.target !== 'content' || msg.type !== 'recording') return;
    const started = !recording && Boolean(msg.recording);
    recording = Boolean(msg.recording);
    // A recording that starts while the rep is muted must know it at once (changes come later).
    if (started && muted !== undefined) tell({ target: 'background', type: 'mute', muted });
    if (recording || !live) hint.hide();
    else hint.show();
  });

  const watcher = watchMeeting(document, spec, (event) => {
    if (event.type === 'live') {
      live = true;
      const { platform, title, participants } = event.snapshot;
      tell({ target: 'background', type: 'meeting-live', meeting: { platform, title, participants } });
      if (!recording) hint.show();
    } else if (event.type === 'mute') {
      muted = event.muted;
      tell({ target: 'background', type: 'mute', muted: event.muted });
    } else {
      live = false;
      hint.hide();
      tell({ target: 'background', type: 'meeting-ended' });
    }
  });

  window.addEventListener('pagehide', () => {
    watcher.stop();
    if (live) tell({ target: 'background', type: 'meeting-ended' });
  });
}
