/**
 * Adapter between the recorder and the speech worker (workers/asr-client.ts). One worker per
 * offscreen document, its model loaded once and kept across calls; one speech session per call.
 */
import type { Segment, Speaker } from '../../core/types.ts';
import { createAsrClient, type AsrClient, type SpeechSession } from '../../workers/asr-client.ts';

export interface SpeechPipeline {
  readonly model: string;
  readonly backend?: 'webgpu' | 'wasm';
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
}

let client: AsrClient | undefined;
let loaded: { model: string; backend?: 'webgpu' | 'wasm' } | undefined;

async function ensureModel(model: string): Promise<{ backend?: 'webgpu' | 'wasm'; problem?: string }> {
  client ??= createAsrClient();
  if (loaded?.model === model) return loaded;
  const result = await client.load(model);
  if (!result.ok) {
    loaded = undefined;
    return { problem: result.code === 'model-missing' || result.code === 'model-incomplete'
      ? `The speech model ${model} is not installed: open Settings to download or import it. Recording continues without a live transcript.`
      : `The speech model could not be loaded (${result.code}: ${result.message}). Recording continues without a live transcript.` };
  }
  loaded = { model, backend: result.backend === 'webgpu' ? 'webgpu' : 'wasm' };
  return loaded;
}

export async function createSpeechPipeline({ callId, model, onSegment, onWarning }: SpeechPipelineOptions): Promise<SpeechPipeline> {
  const { backend, problem } = await ensureModel(model);
  if (problem || !client) {
    onWarning(problem ?? 'The speech engine did not start.');
    return { model, backend, push: () => undefined, pendingSeconds: () => 0, flush: async () => undefined };
  }
  let captured = 0;
  let lastEnd = 0;
  let waiting = 0;
  let pushes: Promise<unknown> = Promise.resolve();
  const session: SpeechSession = await client.createSpeechSession({
    callId,
    onSegment: (s) => {
      lastEnd = Math.max(lastEnd, s.end);
      onSegment(s);
    },
  });
  const api = client.api;
  const poll = setInterval(() => {
    void api.status().then((s) => (waiting = s.pending), () => undefined);
  }, 1000);
  return {
    model,
    backend,
    push(speaker, pcm, offset) {
      captured = Math.max(captured, offset + pcm.length / 16_000);
      // Chained: chunks reach the worker in order, and none is dropped.
      pushes = pushes.then(() => session.push(speaker, pcm, offset)).then((r) => {
        if (!r.ok) onWarning(`Speech engine: ${r.message}`);
      });
    },
    pendingSeconds: () => (waiting > 0 ? Math.max(0, captured - lastEnd) : 0),
    async flush() {
      clearInterval(poll);
      await pushes.catch(() => undefined);
      const r = await session.close();
      if (!r.ok) onWarning(`Speech engine: ${r.message}`);
    },
  };
}
