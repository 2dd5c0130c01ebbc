/**
 * Call recordings, kept only on this laptop (never synced), deleted with the call (deleteCall).
 *
 *   appendAudioChunk(db, callId, seq, blob)  store one recorder chunk (seq 0, 1, 2, ...)
 *   getCallAudio(db, callId)                 -> Blob | undefined   the chunks joined in order
 *   deleteCallAudio(db, callId)              when the user turns "keep audio" off for a call
 *
 * Whether to keep audio at all is the `keepAudio` setting (store/settings.ts); callers check it.
 */
import type { PitchsideDb } from './db.ts';

export async function appendAudioChunk(db: PitchsideDb, callId: string, seq: number, blob: Blob): Promise<void> {
  await db.audio.put({ callId, seq, blob });
}

export async function getCallAudio(db: PitchsideDb, callId: string): Promise<Blob | undefined> {
  const chunks = await db.audio.where('[callId+seq]').between([callId, -Infinity], [callId, Infinity]).toArray();
  if (chunks.length === 0) return undefined;
  return new Blob(chunks.map((c) => c.blob), { type: chunks[0].blob.type });
}

export async function deleteCallAudio(db: PitchsideDb, callId: string): Promise<void> {
  await db.audio.where('callId').equals(callId).delete();
}
