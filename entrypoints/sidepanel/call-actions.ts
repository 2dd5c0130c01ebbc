/**
 * What the panel's buttons do to a call or the settings: they write through the store
 * repositories. Loaded on the first click (actions.ts): the formats, the sync client and the
 * repositories' write paths stay out of the panel's first load.
 */
import { formatReport, FORMAT_MIME, type Format } from '../../core/formats/format-report.ts';
import { computeMetrics } from '../../core/metrics/metrics-tracker.ts';
import type { Moment } from '../../core/types.ts';
import { db } from '../../store/db.ts';
import { deleteCall, updateCall, type CallDetail } from '../../store/calls.ts';
import { getCallAudio } from '../../store/audio.ts';
import { updateSettings, type Settings } from '../../store/settings.ts';
import { scheduleSyncSoon } from '../../store/sync-alarm.ts';
import { syncNow } from '../../store/sync-client.ts';

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

/** Saves a settings change (actions.ts asked for a new server's host permission first). */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await updateSettings(db, patch);
  if (patch.serverUrl !== undefined || patch.token !== undefined || patch.syncEnabled) void scheduleSyncSoon().catch(() => undefined);
}

export function syncNowFromPanel(): void {
  void syncNow(db).catch(() => undefined);
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
