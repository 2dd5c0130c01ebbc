/**
 * Adapter between the recorder and the speech worker (workers/asr-client.ts). One worker per
 * offscreen document, its model loaded once and kept across calls; one speech session per call.
 *
 * The pipeline is usable at once: recording must start the moment the rep presses the button
 * (the tab's stream id expires within seconds), while loading a model takes a few seconds more.
 * Audio pushed meanwhile waits on the same promise chain and is transcribed once the model is up.
 */
import type { Segment, Speaker } from '../../core/types.ts';
import { createAsrClient, type AsrClient, type SpeechSession } from '../../workers/asr-client.ts';

export interface SpeechPipeline {
  readonly model: string;
  /** Known once the model has loaded. */
  readonly backend?: 'webgpu' | 'wasm';
  /** WASM threads Whisper runs on (1 without cross-origin isolation), known with the backend. */
  readonly threads?: number;
  /** 'loading' until the model is up, 'off' when it could not be loaded (recording goes on). */
  readonly state: 'loading' | 'ready' | 'off';
  /** Appends a chunk of one speaker's channel; `offset` = call time of its first sample. */
  push(speaker: Speaker, pcm: Float32Array, offset: number): void;
  /** Seconds the transcript trails the captured audio (0 when nothing waits). */
  pendingSeconds(): number;
  /** Ends the open utterances and waits for their segments. */
  flush(): Promise<void>;
}

export interface SpeechPipelineOptions {
  callId: string;
  model: string;
  onSegment: (segment: Segment) => void;
  onWarning: (message: string) => void;
  /** Called when the model is loaded (or failed to load). */
  onStateChange?: () => void;
}

let client: AsrClient | undefined;
let loaded: { model: string; backend?: 'webgpu' | 'wasm'; threads?: number } | undefined;

async function ensureModel(model: string): Promise<{ backend?: 'webgpu' | 'wasm'; threads?: number; problem?: string }> {
  client ??= createAsrClient();
  if (loaded?.model === model) return loaded;
  const result = await client.load(model);
  if (!result.ok) {
    loaded = undefined;
    return { problem: result.code === 'model-missing' || result.code === 'model-incomplete'
      ? `The speech model ${model} is not installed: open Settings to download or import it. Recording continues without a live transcript.`
      : `The speech model could not be loaded (${result.code}: ${result.message}). Recording continues without a live transcript.` };
  }
  loaded = { model, backend: result.backend === 'webgpu' ? 'webgpu' : 'wasm', threads: result.threads };
  return loaded;
}

/** Audio on its way through the VAD that still counts as keeping up (a few 100 ms capture chunks). */
const VAD_IN_FLIGHT_SECONDS = 0.5;

export function createSpeechPipeline({ callId, model, onSegment, onWarning, onStateChange }: SpeechPipelineOptions): SpeechPipeline {
  let state: SpeechPipeline['state'] = 'loading';
  let backend: 'webgpu' | 'wasm' | undefined;
  let threads: number | undefined;
  let session: SpeechSession | undefined;
  let captured = 0;
  let lastEnd = 0;
  /** Call time up to which the VAD has taken the audio in. */
  let heard = 0;
  let waiting = 0;
  let poll: ReturnType<typeof setInterval> | undefined;

  const ready = (async () => {
    const r = await ensureModel(model);
    if (r.problem || !client) throw new Error(r.problem ?? 'The speech engine did not start.');
    backend = r.backend;
    threads = r.threads;
    session = await client.createSpeechSession({
      callId,
      onSegment: (s) => {
        lastEnd = Math.max(lastEnd, s.end);
        onSegment(s);
      },
    });
    const api = client.api;
    poll = setInterval(() => void api.status().then((s) => (waiting = s.pending), () => undefined), 1000);
    state = 'ready';
  })().catch((err: unknown) => {
    state = 'off';
    onWarning(err instanceof Error ? err.message : String(err));
  }).finally(() => onStateChange?.());

  // One chain: chunks reach the worker in order, none is dropped, and a failed push does not
  // stop the ones after it.
  let pushes: Promise<unknown> = ready;
  return {
    model,
    get backend() {
      return backend;
    },
    get threads() {
      return threads;
    },
    get state() {
      return state;
    },
    push(speaker, pcm, offset) {
      const end = offset + pcm.length / 16_000;
      captured = Math.max(captured, end);
      pushes = pushes
        .then(() => session?.push(speaker, pcm, offset))
        .then((r) => {
          heard = Math.max(heard, end);
          if (r && !r.ok) onWarning(`Speech engine: ${r.message}`);
        })
        .catch((err: unknown) => onWarning(`Speech engine: ${String(err)}`));
    },
    // Behind: while utterances wait for Whisper, everything since the last segment; else the audio
    // the VAD has not taken in yet (a chunk or two in flight is keeping up, not lag).
    pendingSeconds: () => {
      if (state === 'off') return 0;
      if (state === 'loading' || waiting > 0) return Math.max(0, captured - lastEnd);
      return captured - heard > VAD_IN_FLIGHT_SECONDS ? captured - heard : 0;
    },
    async flush() {
      await pushes;
      if (poll) clearInterval(poll);
      if (!session) return;
      const r = await session.close();
      if (!r.ok) onWarning(`Speech engine: ${r.message}`);
    },
  };
}
