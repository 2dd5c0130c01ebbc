/**
 * The side panel gets the tab-capture stream id for the background (issue 5: WASM threads).
 *
 * The extension is cross-origin isolated (wxt.config.ts: COOP/COEP), so its pages, the offscreen
 * recorder included, run in an isolated renderer process of their own, apart from the service
 * worker (never isolated). Chromium binds a tab-capture stream id to the process of the caller of
 * chrome.tabCapture.getMediaStreamId(): an id got in the service worker fails in the offscreen
 * document ("AbortError: Error starting tab capture"); one got here, in an isolated page of the
 * same process, works there. The toolbar click / shortcut opens this panel in its user gesture and
 * grants activeTab on the call's tab; the background then asks for the id (STREAM_ID_REQUEST) and
 * passes it on to the offscreen document. Only the side panel of the call's window answers (not
 * sidepanel.html open in a tab): one id per request.
 *
 * No imports: the background imports this file's types and request check too.
 */

export interface StreamIdRequest {
  target: 'capture-grant';
  type: 'stream-id';
  tabId: number;
  windowId: number;
}

export type StreamIdReply = { streamId: string } | { error: string };

export function isStreamIdRequest(msg: unknown): msg is StreamIdRequest {
  const m = msg as Partial<StreamIdRequest> | null;
  return typeof m === 'object' && m !== null && m.target === 'capture-grant' && m.type === 'stream-id' && typeof m.tabId === 'number';
}

/**
 * Answers the background's stream id requests for this window, if this page is a side panel (not
 * sidepanel.html opened as a tab). Call it once the panel's first frame is painted.
 */
export async function answerStreamIdRequests(): Promise<void> {
  if (await chrome.tabs.getCurrent()) return;
  const windowId = (await chrome.windows.getCurrent()).id;
  chrome.runtime.onMessage.addListener((msg, _sender, reply: (r: StreamIdReply) => void) => {
    // Another window's request: no answer at all, so the background waits for the right panel.
    if (!isStreamIdRequest(msg) || msg.windowId !== windowId) return false;
    chrome.tabCapture.getMediaStreamId({ targetTabId: msg.tabId }).then(
      (streamId) => reply({ streamId }),
      (err: unknown) => reply({ error: err instanceof Error ? err.message : String(err) }),
    );
    return true;
  });
}
