/** What the panel's buttons do: they write through the store repositories or message the recorder. */
import { send } from '../../core/meeting/capture-messages.ts';
import { notice } from './store.ts';
import { formatReport, FORMAT_MIME, type Format } from '../../core/formats/format-report.ts';
import { computeMetrics } from '../../core/metrics/metrics-tracker.ts';
import type { Moment } from '../../core/types.ts';
import { db } from '../../store/db.ts';
import { deleteCall, updateCall, type CallDetail } from '../../store/calls.ts';
import { getCallAudio } from '../../store/audio.ts';
import { updateSettings, type Settings } from '../../store/settings.ts';
import { scheduleSyncSoon } from '../../store/sync-alarm.ts';
import { syncNow } from '../../store/sync-client.ts';
import { requestServerPermission } from '../../store/server-permission.ts';

export function stopRecording(): void {
  void send({ target: 'offscreen', type: 'stop', reason: 'user' });
}

export function exportCall(detail: CallDetail, format: Format): void {
  const { call, segments, moments } = detail;
  const text = formatReport({ call, segments, moments, metrics: call.metrics ?? computeMetrics(segments) }, format);
  const url = URL.createObjectURL(new Blob([text], { type: FORMAT_MIME[format] }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${call.title.replace(/[^\w -]+/g, '').trim().replace(/\s+/g, '-') || 'call'}.${format}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function saveNotes(callId: string, notes: string): Promise<void> {
  await updateCall(db, callId, { notes });
}

export async function removeCall(callId: string): Promise<void> {
  await deleteCall(db, callId);
}

export async function changeSettings(patch: Partial<Settings>): Promise<void> {
  // A new server needs its host permission, asked from this click/change handler (user gesture).
  if (patch.serverUrl) await requestServerPermission(patch.serverUrl).catch(() => false);
  await updateSettings(db, patch);
  if (patch.serverUrl !== undefined || patch.token !== undefined || patch.syncEnabled) void scheduleSyncSoon().catch(() => undefined);
}

export function syncNowFromPanel(): void {
  void syncNow(db).catch(() => undefined);
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

let player: HTMLAudioElement | undefined;

/** Plays the kept call audio from a little before the moment to a little after it. */
export async function playMoment(callId: string, moment: Moment): Promise<boolean> {
  const blob = await getCallAudio(db, callId);
  if (!blob) return false;
  player?.pause();
  if (player?.src) URL.revokeObjectURL(player.src);
  const audio = new Audio(URL.createObjectURL(blob));
  player = audio;
  const from = Math.max(0, moment.start - 1);
  const to = moment.end + 1;
  audio.addEventListener('loadedmetadata', () => {
    audio.currentTime = from;
    void audio.play();
  }, { once: true });
  audio.addEventListener('timeupdate', () => {
    if (audio.currentTime >= to) audio.pause();
  });
  return true;
}
