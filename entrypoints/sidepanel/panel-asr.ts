/**
 * The side panel's own speech worker, for work that is not a live call: model management,
 * analyzing a dropped file, re-transcribing a kept recording. Spawned on first use.
 */
import type { Segment } from '../../core/types.ts';
import { createAsrClient, type AsrClient } from '../../workers/asr-client.ts';

let client: AsrClient | undefined;

export function panelAsr(): AsrClient {
  client ??= createAsrClient();
  return client;
}

export const ASR_RATE = 16_000;

/** Decodes any audio the browser can play and resamples it to 16 kHz, keeping up to two channels. */
export async function decodeTo16k(data: ArrayBuffer): Promise<Float32Array[]> {
  const ctx = new AudioContext();
  try {
    const decoded = await ctx.decodeAudioData(data);
    const channels = Math.min(decoded.numberOfChannels, 2);
    const offline = new OfflineAudioContext(channels, Math.ceil(decoded.duration * ASR_RATE), ASR_RATE);
    const src = offline.createBufferSource();
    src.buffer = decoded;
    src.connect(offline.destination);
    src.start();
    const out = await offline.startRendering();
    return Array.from({ length: channels }, (_, i) => out.getChannelData(i).slice());
  } finally {
    void ctx.close();
  }
}

/**
 * Runs the live pipeline on whole recordings: channels[0] = rep (or the mixed call when mono),
 * channels[1] = customer. Pushes one second at a time and reports the share pushed.
 */
export async function transcribeChannels(
  callId: string,
  model: string,
  channels: Float32Array[],
  onProgress: (share: number) => void,
): Promise<Segment[]> {
  const asr = panelAsr();
  const loaded = await asr.load(model);
  if (!loaded.ok) throw new Error(`${loaded.code}: ${loaded.message}`);
  const segments: Segment[] = [];
  const session = await asr.createSpeechSession({ callId, onSegment: (s) => void segments.push(s) });
  // A mono recording is the whole call: it goes to the customer channel (objections, sentiment).
  const speakers = channels.length === 1 ? (['customer'] as const) : (['rep', 'customer'] as const);
  const total = channels[0].length;
  for (let at = 0; at < total; at += ASR_RATE) {
    for (const [i, speaker] of speakers.entries()) {
      const r = await session.push(speaker, channels[i].slice(at, at + ASR_RATE), at / ASR_RATE);
      if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
    }
    onProgress(Math.min(1, (at + ASR_RATE) / total));
  }
  const closed = await session.close();
  if (!closed.ok) throw new Error(`${closed.code}: ${closed.message}`);
  return segments.sort((a, b) => a.start - b.start);
}
