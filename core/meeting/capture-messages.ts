/**
 * Typed runtime messages between the background service worker, the offscreen recorder,
 * the side panel and the meeting content scripts. Every message names its `target`, so a
 * page ignores what is not meant for it; handlers are looked up in a typed map per target
 * (no `switch` on `any`).
 */
import type { Platform } from '../types.ts';

export interface MeetingInfo {
  platform: Platform;
  title?: string;
  participants?: string[];
}

/** What the recorder reports to the side panel and the background. */
export interface CaptureStatus {
  recording: boolean;
  callId?: string;
  /** The tab being recorded. */
  tabId?: number;
  /** Epoch ms when recording started. */
  startedAt?: number;
  /** ASR model id in use. */
  model?: string;
  backend?: 'webgpu' | 'wasm';
  /** WASM threads Whisper runs on (more than 1 only where the extension is cross-origin isolated). */
  threads?: number;
  /** The speech model: still loading, transcribing, or off (not installed / failed: recording goes on). */
  speech?: 'loading' | 'ready' | 'off';
  /** Seconds of captured audio not yet transcribed. */
  lagSeconds: number;
  micMuted: boolean;
  /** Whether the microphone could be opened (false: tab-only recording). */
  micAvailable: boolean;
  /** Loudness (RMS, 0..1) of tab audio played back to the user over the last second. */
  playbackLevel: number;
  /** Last problem worth telling the rep (model missing, mic refused...). */
  warning?: string;
}

export type OffscreenMessage =
  | { target: 'offscreen'; type: 'start'; streamId: string; tabId: number; meeting: MeetingInfo }
  /** With `tabId`, stops only if that tab is the one being recorded. */
  | { target: 'offscreen'; type: 'stop'; reason: 'user' | 'meeting-ended' | 'tab-closed'; tabId?: number }
  | { target: 'offscreen'; type: 'mute'; muted: boolean; tabId?: number }
  | { target: 'offscreen'; type: 'meeting-info'; meeting: MeetingInfo; tabId: number }
  | { target: 'offscreen'; type: 'status' };

export type BackgroundMessage =
  | { target: 'background'; type: 'meeting-live'; meeting: MeetingInfo }
  | { target: 'background'; type: 'meeting-ended' }
  | { target: 'background'; type: 'mute'; muted: boolean }
  | { target: 'background'; type: 'recording-changed'; status: CaptureStatus }
  | { target: 'background'; type: 'stop-request' };

export type PanelMessage =
  | { target: 'panel'; type: 'status'; status: CaptureStatus }
  | { target: 'panel'; type: 'capture-error'; message: string };

export type ContentMessage = { target: 'content'; type: 'recording'; recording: boolean };

export type RuntimeMessage = OffscreenMessage | BackgroundMessage | PanelMessage | ContentMessage;
export type Target = RuntimeMessage['target'];
type ForTarget<T extends Target> = Extract<RuntimeMessage, { target: T }>;

/** One handler per message type of a target; the return value is the reply. */
export type Handlers<T extends Target> = {
  [K in ForTarget<T>['type']]: (msg: Extract<ForTarget<T>, { type: K }>, sender: chrome.runtime.MessageSender) => unknown;
};

function isMessageFor<T extends Target>(value: unknown, target: T): value is ForTarget<T> {
  return typeof value === 'object' && value !== null && (value as { target?: unknown }).target === target;
}

/**
 * Routes a raw runtime message to the handler of its type. Returns the handler's result
 * (possibly a promise), or `undefined` when the message is for someone else.
 */
export function dispatch<T extends Target>(
  target: T,
  handlers: Handlers<T>,
  raw: unknown,
  sender: chrome.runtime.MessageSender,
): unknown {
  if (!isMessageFor(raw, target)) return undefined;
  const handler = (handlers as unknown as Record<string, ((m: ForTarget<T>, s: chrome.runtime.MessageSender) => unknown) | undefined>)[raw.type];
  return handler?.(raw, sender);
}

/** Adds a `chrome.runtime.onMessage` listener that answers with the handler's (awaited) result. */
export function listen<T extends Target>(target: T, handlers: Handlers<T>): void {
  chrome.runtime.onMessage.addListener((raw, sender, reply) => {
    const result = dispatch(target, handlers, raw, sender);
    if (result === undefined) return false;
    Promise.resolve(result).then(reply, (err: unknown) => reply({ error: String(err) }));
    return true;
  });
}

/** Sends a typed message; resolves `undefined` when nobody listens. */
export async function send<R = unknown>(msg: RuntimeMessage): Promise<R | undefined> {
  try {
    return (await chrome.runtime.sendMessage(msg)) as R;
  } catch {
    return undefined;
  }
}
