/**
 * Service worker: listeners only. It can be killed at any time; the offscreen document
 * owns the recording and Dexie owns the data. The toolbar click / shortcut opens the side panel,
 * which gets the tab's stream id (entrypoints/sidepanel/capture-grant.ts); this worker only routes
 * it to the offscreen document.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { listen, send, type CaptureStatus } from '../core/meeting/capture-messages.ts';
import {
  ensureOffscreen, meetingInfoFor, offscreenExists, recorderStatus, reportCaptureError, showRecording, stopRecording,
} from '../core/meeting/capture-control.ts';
import { captureRefusal } from '../core/meeting/tab-capture-target.ts';
import type { StreamIdReply, StreamIdRequest } from './sidepanel/capture-grant.ts';
import { db } from '../store/db.ts';
import { markInterruptedCalls } from '../store/calls.ts';
import { registerSyncAlarm } from '../store/sync-alarm.ts';

const LIVE_PLATFORMS = ['meet', 'zoom', 'teams', 'other'] as const;
/** How long a just-opened side panel may take to load and answer (a slow, busy laptop). */
const PANEL_WAIT_MS = 10_000;
const PANEL_CLOSED =
  'Could not start recording: the Pitchside side panel closed before it could take the tab\'s audio. ' +
  'Press the Pitchside button (or Ctrl+Shift+Y) again and leave the panel open.';

/**
 * The tab's stream id, got by the side panel of the tab's window (just opened by this same click,
 * or open already): an id got here would be bound to this worker's process, which the
 * cross-origin-isolated offscreen document does not share (capture-grant.ts). Asks until the
 * panel has loaded and answers.
 */
async function streamIdFromPanel(tab: { id: number; windowId: number }): Promise<string> {
  const request: StreamIdRequest = { target: 'capture-grant', type: 'stream-id', tabId: tab.id, windowId: tab.windowId };
  const deadline = Date.now() + PANEL_WAIT_MS;
  while (Date.now() < deadline) {
    const reply = await Promise.race([
      chrome.runtime.sendMessage<StreamIdRequest, StreamIdReply | undefined>(request).catch(() => undefined),
      new Promise<undefined>((r) => setTimeout(r, 2_000)),
    ]);
    if (reply && 'streamId' in reply) return reply.streamId;
    if (reply && 'error' in reply) throw new Error(reply.error);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(PANEL_CLOSED);
}

/** The toolbar click / keyboard command: stop the recording, or start one on `tab`. */
async function toggleCapture(tab: chrome.tabs.Tab): Promise<void> {
  // sidePanel.open needs the gesture: call it before any await. The panel gets the stream id.
  const panel = chrome.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  await chrome.storage.session.remove('captureError');
  const status = await recorderStatus();
  if (status?.recording) return stopRecording();
  const refusal = tab.id === undefined ? captureRefusal(undefined) : captureRefusal(tab.url ?? tab.pendingUrl);
  if (refusal || tab.id === undefined) {
    await panel;
    return reportCaptureError(refusal ?? 'No tab to record.');
  }
  try {
    await ensureOffscreen();
    const streamId = await streamIdFromPanel({ id: tab.id, windowId: tab.windowId });
    const started = await send<CaptureStatus | { error: string }>({
      target: 'offscreen', type: 'start', streamId, tabId: tab.id, meeting: await meetingInfoFor(tab),
    });
    if (!started || 'error' in started) throw new Error(started?.error ?? 'the recorder did not answer');
    await showRecording(started);
  } catch (err) {
    await panel;
    const message = err instanceof Error ? err.message : String(err);
    await reportCaptureError(message === PANEL_CLOSED ? message : `Could not start recording: ${message}`);
  }
}

export default defineBackground(() => {
  registerSyncAlarm();
  chrome.action.onClicked.addListener((tab) => void toggleCapture(tab));
  chrome.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-recording' && tab) void toggleCapture(tab);
  });

  listen('background', {
    'meeting-live': async ({ meeting }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      await chrome.storage.session.set({ [`meeting:${tabId}`]: meeting });
      if (await offscreenExists()) await send({ target: 'offscreen', type: 'meeting-info', meeting, tabId });
    },
    'meeting-ended': async (_msg, sender) => {
      // The next meeting in this tab (Teams keeps the page) must not inherit this one's title and people.
      if (sender.tab?.id !== undefined) await chrome.storage.session.remove(`meeting:${sender.tab.id}`);
      if (await offscreenExists()) await send({ target: 'offscreen', type: 'stop', reason: 'meeting-ended', tabId: sender.tab?.id });
    },
    mute: async ({ muted }, sender) => {
      if (await offscreenExists()) await send({ target: 'offscreen', type: 'mute', muted, tabId: sender.tab?.id });
    },
    'recording-changed': ({ status }) => showRecording(status),
    'stop-request': async () => {
      if (await offscreenExists()) await stopRecording();
    },
  });

  chrome.tabs.onRemoved.addListener((tabId) => {
    void chrome.storage.session.remove(`meeting:${tabId}`);
    void offscreenExists().then((yes) => yes && send({ target: 'offscreen', type: 'stop', reason: 'tab-closed', tabId }));
  });

  chrome.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === chrome.runtime.OnInstalledReason.INSTALL) void chrome.tabs.create({ url: chrome.runtime.getURL('/onboarding.html') });
  });
  // After a browser crash no offscreen document survives: calls still "recording" were cut off.
  chrome.runtime.onStartup.addListener(() => void markInterruptedCalls(db));
  // The same whenever this worker starts and no recorder runs (onStartup is not dispatched on
  // every restart): live captures only, and only calls that began before this worker did.
  const wokeAt = Date.now();
  void offscreenExists().then((recording) => {
    if (!recording) return markInterruptedCalls(db, { startedBefore: wokeAt, platforms: LIVE_PLATFORMS });
  }).catch(() => undefined);
});
