/**
 * Keeps a compressed copy of the call (both sides mixed, WebM/Opus) in Dexie while it is
 * recorded, one chunk every few seconds, so a crash keeps all but the last seconds.
 */
import type { PitchsideDb } from '../../store/db.ts';
import { appendAudioChunk } from '../../store/audio.ts';

export interface AudioKeeper {
  stop(): Promise<void>;
}

export function keepCallAudio(db: PitchsideDb, callId: string, stream: MediaStream, chunkMs = 5000): AudioKeeper {
  const type = MediaRecorder.isTypeSupported('audio/webm;codecs=opus') ? 'audio/webm;codecs=opus' : '';
  const recorder = new MediaRecorder(stream, { mimeType: type, audioBitsPerSecond: 32_000 });
  let seq = 0;
  let writes: Promise<void> = Promise.resolve();
  recorder.ondataavailable = (e) => {
    if (e.data.size === 0) return;
    const n = seq++;
    writes = writes.then(() => appendAudioChunk(db, callId, n, e.data)).catch(() => undefined);
  };
  recorder.start(chunkMs);
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        if (recorder.state === 'inactive') return resolve(writes);
        recorder.onstop = () => resolve(writes);
        recorder.stop();
      }),
  };
}
