/**
 * What the panel's buttons do. Messaging the recorder and reading aloud are here; what writes to
 * the database, exports or syncs lives in call-actions.ts, fetched on first use (or once the panel
 * is idle after its first render, see preloadActions) so the first render does not wait for it.
 */
import { send } from '../../core/meeting/capture-messages.ts';
import type { Moment } from '../../core/types.ts';
import type { Format } from '../../core/formats/format-report.ts';
import type { Settings } from '../../store/settings.ts';
import { requestServerPermission } from '../../store/server-permission.ts';
import { notice } from './store.ts';
import { readCall, type ShownCall } from './first-read.ts';

const callActions = () => import('./call-actions.ts');

/** Fetches call-actions.ts ahead of the first click (the notes box saves when the panel leaves a call). */
export function preloadActions(): void {
  void callActions().catch(() => undefined);
}

export function stopRecording(): void {
  void send({ target: 'offscreen', type: 'stop', reason: 'user' });
}

export async function exportCall(detail: ShownCall, format: Format): Promise<void> {
  // Shown with its first rows only (first-read.ts): export the whole transcript.
  const whole = detail.segmentCount === undefined ? detail : ((await readCall(detail.call.id)) ?? detail);
  (await callActions()).exportCall(whole, format);
}

export async function saveNotes(callId: string, notes: string): Promise<void> {
  await (await callActions()).saveNotes(callId, notes);
}

export async function removeCall(callId: string): Promise<void> {
  await (await callActions()).removeCall(callId);
}

export async function changeSettings(patch: Partial<Settings>): Promise<void> {
  // A new server needs its host permission, asked from this click/change handler (user gesture),
  // before anything is awaited.
  if (patch.serverUrl) await requestServerPermission(patch.serverUrl).catch(() => false);
  await (await callActions()).saveSettings(patch);
}

export function syncNowFromPanel(): void {
  void callActions().then((m) => m.syncNowFromPanel());
}

/** Plays the kept call audio from a little before the moment to a little after it. */
export async function playMoment(callId: string, moment: Moment): Promise<boolean> {
  return (await callActions()).playMoment(callId, moment);
}

/** Speaks a suggestion with the browser's own (local) speech synthesis; says so when it cannot. */
export function readAloud(text: string): void {
  const utterance = new SpeechSynthesisUtterance(text);
  const voices = speechSynthesis.getVoices();
  const local = voices.find((v) => v.localService && v.lang.startsWith('en'));
  if (local) utterance.voice = local;
  utterance.onstart = () => (notice.value = undefined);
  utterance.onerror = (e) => {
    if (e.error === 'canceled' || e.error === 'interrupted') return;
    notice.value = voices.length === 0
      ? 'Read aloud needs a voice from your system, and none is installed (on Linux: speech-dispatcher with espeak-ng).'
      : `Read aloud failed (${e.error}).`;
  };
  speechSynthesis.cancel();
  speechSynthesis.speak(utterance);
}
