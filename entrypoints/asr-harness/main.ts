/**
 * Unlisted page (/asr-harness.html) for browser tests and benchmarks: the REAL speech worker
 * (workers/asr.worker.ts through createAsrClient) on `window.pitchsideAsr`, fed from the page's
 * file inputs (a model folder picked as a user would, a call WAV). Never linked from the product UI.
 */
import { decodeWav, TARGET_RATE } from '../../core/audio/decode-wav.ts';
import type { Segment } from '../../core/types.ts';
import { utteranceLatency, type LatencyTarget } from '../../bench/utterance-latency.ts';
import { createAsrClient } from '../../workers/asr-client.ts';
import type { LoadOptions, SessionOptions, TranscribeOptions } from '../../workers/asr-types.ts';

let client = createAsrClient();
/** A second speech worker beside `client` (another thread count), for interleaved comparisons. */
let other: ReturnType<typeof createAsrClient> | undefined;
type Which = 'main' | 'other';
const on = (which: Which = 'main') => (which === 'other' ? (other ??= createAsrClient()) : client);
const input = (id: string) => document.getElementById(id) as HTMLInputElement;

async function wavChannels(): Promise<Float32Array[]> {
  const file = input('call-wav').files?.[0];
  if (!file) throw new Error('no WAV chosen');
  return (await decodeWav(new Uint8Array(await file.arrayBuffer()))).channels;
}

const harness = {
  get client() {
    return client;
  },
  /** A fresh speech worker (a fresh ONNX Runtime: e.g. another thread count on the next load). */
  restart() {
    client.terminate();
    client = createAsrClient();
  },
  /** Loads a model in the second worker (e.g. `{ backend: 'wasm', threads: 1 }`). */
  loadOther(modelId: string, opts: LoadOptions) {
    return on('other').load(modelId, undefined, opts);
  },
  /** Whether this extension page is cross-origin isolated (its workers are too: WASM threads). */
  isolated: () => self.crossOriginIsolated,
  /**
   * Imports the files chosen in #model-files (in the order of `paths`, their places in the model
   * folder) through the Settings import path, as a folder picked with webkitdirectory would give them.
   */
  importFiles(modelId: string, paths: string[]) {
    const files = [...(input('model-files').files ?? [])].map((f, i) => ({ path: paths[i] ?? f.name, data: f as Blob }));
    return client.importModelFiles(modelId, files);
  },
  /** Streams the WAV in #call-wav through a speech session in 250 ms chunks (left = rep, right = customer). */
  async runCall(callId: string): Promise<{ segments: Segment[]; ms: number }> {
    const channels = await wavChannels();
    const segments: Segment[] = [];
    const t0 = performance.now();
    const session = await client.createSpeechSession({ callId, onSegment: (s) => void segments.push(s) });
    const chunk = TARGET_RATE / 4;
    for (let at = 0; at < channels[0].length; at += chunk) {
      await session.push('rep', channels[0].slice(at, at + chunk), at / TARGET_RATE);
      await session.push('customer', channels[1].slice(at, at + chunk), at / TARGET_RATE);
    }
    const closed = await session.close();
    if (!closed.ok) throw new Error(closed.message);
    return { segments: segments.sort((a, b) => a.start - b.start), ms: performance.now() - t0 };
  },
  /** Wall time (ms) of each of `runs` transcriptions of `seconds` of the WAV's right channel, in worker `which`. */
  async timeTranscribe(seconds: number, runs: number, opts: TranscribeOptions, which?: Which): Promise<number[]> {
    const right = (await wavChannels())[1].slice(0, seconds * TARGET_RATE);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = await on(which).transcribe(right.slice(), opts);
      if (!r.ok) throw new Error(r.message);
      times.push(performance.now() - t0);
    }
    return times;
  },
  /**
   * End-of-utterance-to-text latency (ms, bench/utterance-latency.ts): the first `seconds` of the
   * right channel, then silence in real time, through a fresh session; timed from the end of the
   * speech to the segment's arrival; in worker `which`.
   */
  async latency(
    seconds: number, runs: number, tokensPerSecond: number, opts: Pick<SessionOptions, 'earlyTranscription' | 'vad'> = {}, which?: Which,
  ): Promise<number[]> {
    const speech = (await wavChannels())[1].slice(0, seconds * TARGET_RATE);
    const out: number[] = [];
    const asr = on(which);
    const target: LatencyTarget = {
      async open(onSegment) {
        const session = await asr.createSpeechSession({ callId: 'latency', fixedTokensPerSecond: tokensPerSecond, minAvgLogprob: -Infinity, ...opts, onSegment });
        return { push: (pcm, offset) => session.push('customer', pcm, offset), close: () => session.close() };
      },
      pending: async () => (await asr.api.status()).pending,
    };
    for (let i = 0; i < runs; i++) out.push(await utteranceLatency(target, speech));
    return out;
  },
  /** ms of VAD per second of audio: silence streamed through a session (nothing reaches Whisper). */
  async vadCost(seconds: number): Promise<number> {
    const session = await client.createSpeechSession({ callId: 'vad', onSegment: () => undefined });
    const chunk = TARGET_RATE / 4;
    const t0 = performance.now();
    for (let at = 0; at < seconds * TARGET_RATE; at += chunk) await session.push('customer', new Float32Array(chunk).fill(1e-4), at / TARGET_RATE);
    const ms = performance.now() - t0;
    await session.close();
    return ms / seconds;
  },
};

declare global {
  interface Window {
    pitchsideAsr: typeof harness;
  }
}
window.pitchsideAsr = harness;
