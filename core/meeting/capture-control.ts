/**
 * The background's building blocks for the toolbar button and the shortcut (entrypoints/background.ts):
 * the offscreen document, the recorder's status, the badge, errors for the panel, the meeting info
 * a content script reported. No state lives here: the offscreen document knows whether it is
 * recording; errors go to `chrome.storage.session` for the panel.
 */
import { send, type CaptureStatus, type MeetingInfo } from './capture-messages.ts';
import { platformOfUrl } from './tab-capture-target.ts';

const OFFSCREEN_URL = 'offscreen.html';

export async function offscreenExists(): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] });
  return contexts.length > 0;
}

export async function ensureOffscreen(): Promise<void> {
  if (await offscreenExists()) return;
  try {
    await chrome.offscreen.createDocument({
      url: OFFSCREEN_URL,
      reasons: [chrome.offscreen.Reason.USER_MEDIA],
      justification: 'Records the meeting tab and the microphone and transcribes them on this device.',
    });
  } catch (err) {
    // Two clicks racing: the other one created it.
    if (!(await offscreenExists())) throw err;
  }
}

export async function recorderStatus(): Promise<CaptureStatus | undefined> {
  if (!(await offscreenExists())) return undefined;
  return send<CaptureStatus>({ target: 'offscreen', type: 'status' });
}

export async function reportCaptureError(message: string): Promise<void> {
  await chrome.storage.session.set({ captureError: { message, at: Date.now() } });
  await send({ target: 'panel', type: 'capture-error', message });
  await chrome.action.setBadgeBackgroundColor({ color: '#b45309' });
  await chrome.action.setBadgeText({ text: '!' });
  await chrome.action.setTitle({ title: `Pitchside: ${message}` });
}

export async function showRecording(status: CaptureStatus): Promise<void> {
  await chrome.action.setBadgeBackgroundColor({ color: '#d93025' });
  await chrome.action.setBadgeText({ text: status.recording ? 'REC' : '' });
  await chrome.action.setTitle({
    title: status.recording ? 'Pitchside: recording. Click to stop.' : 'Pitchside: start/stop recording this call',
  });
  if (status.tabId !== undefined) {
    chrome.tabs.sendMessage(status.tabId, { target: 'content', type: 'recording', recording: status.recording }).catch(() => undefined);
  }
}

/** What the tab's content script last reported about its meeting, else the tab's own platform and title. */
export async function meetingInfoFor(tab: chrome.tabs.Tab): Promise<MeetingInfo> {
  const key = `meeting:${tab.id}`;
  const stored = (await chrome.storage.session.get(key))[key] as MeetingInfo | undefined;
  return stored ?? { platform: platformOfUrl(tab.url), title: tab.title };
}

/**
 * Asks the recorder to stop and, once it answers, shows the idle state itself: the recorder's own
 * 'recording-changed' message may reach a service worker that is being replaced.
 */
export async function stopRecording(reason: 'user' = 'user'): Promise<void> {
  const after = await send<CaptureStatus>({ target: 'offscreen', type: 'stop', reason });
  if (after && !after.recording) await showRecording(after);
}
