/**
 * Service worker: listeners only. It can be killed at any time; the offscreen document
 * owns the recording and Dexie owns the data.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { listen, send } from '../core/meeting/capture-messages.ts';
import { offscreenExists, showRecording, stopRecording, toggleCapture } from '../core/meeting/capture-control.ts';
import { db } from '../store/db.ts';
import { markInterruptedCalls } from '../store/calls.ts';
import { registerSyncAlarm } from '../store/sync-alarm.ts';

const LIVE_PLATFORMS = ['meet', 'zoom', 'teams', 'other'] as const;

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
