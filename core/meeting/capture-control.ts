/**
 * What the background does when the rep presses the toolbar button or the shortcut:
 * open the side panel (same gesture), then stop the running recording or start one
 * (tab stream id -> offscreen document). No state lives here: the offscreen document
 * knows whether it is recording; errors go to `chrome.storage.session` for the panel.
 */
import { send, type CaptureStatus, type MeetingInfo } from './capture-messages.ts';
import { captureRefusal, platformOfUrl } from './tab-capture-target.ts';

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

async function meetingInfoFor(tab: chrome.tabs.Tab): Promise<MeetingInfo> {
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

/** The action click / keyboard command handler. Must be called inside the user gesture. */
export async function toggleCapture(tab: chrome.tabs.Tab): Promise<void> {
  // sidePanel.open needs the gesture: call it before any await.
  const panel = chrome.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  await chrome.storage.session.remove('captureError');
  const status = await recorderStatus();
  if (status?.recording) {
    await stopRecording();
    return;
  }
  const refusal = tab.id === undefined ? captureRefusal(undefined) : captureRefusal(tab.url ?? tab.pendingUrl);
  if (refusal || tab.id === undefined) {
    await panel;
    await reportCaptureError(refusal ?? 'No tab to record.');
    return;
  }
  try {
    const streamId = await chrome.tabCapture.getMediaStreamId({ targetTabId: tab.id });
    await ensureOffscreen();
    const started = await send<CaptureStatus | { error: string }>({
      target: 'offscreen', type: 'start', streamId, tabId: tab.id, meeting: await meetingInfoFor(tab),
    });
    if (!started || 'error' in started) throw new Error(started?.error ?? 'the recorder did not answer');
    await showRecording(started);
  } catch (err) {
    await panel;
    await reportCaptureError(`Could not start recording: ${err instanceof Error ? err.message : String(err)}`);
  }
}
