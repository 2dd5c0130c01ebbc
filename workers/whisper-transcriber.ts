/**
 * Whisper through transformers.js' 'automatic-speech-recognition' pipeline: the same code path for
 * real Hub models and generated test models. Each call is independent (no prompt, no previous
 * text: nothing carries over between utterances); greedy decoding; the mean log-probability of
 * the decoded tokens is recorded by a logits processor (the pipeline does not return scores).
 */
import { pipeline } from '@huggingface/transformers';
import type { Backend, LoadProgress } from './asr-types.ts';

export interface WhisperResult {
  text: string;
  avgLogprob: number;
  tokens: number;
}

export interface Whisper {
  readonly modelId: string;
  readonly backend: Backend;
  transcribe(pcm: Float32Array, maxNewTokens: number, minNewTokens?: number): Promise<WhisperResult>;
  dispose(): Promise<void>;
}

interface AsrPipeline {
  (audio: Float32Array, options: Record<string, unknown>): Promise<{ text: string } | { text: string }[]>;
  dispose(): Promise<void>;
}

type LogitsLike = { data: Float32Array; dims: number[] };

/** Log-probability of the greedy choice in each row of `logits`, appended to `sink`. */
function recordGreedyLogprob(sink: number[]) {
  return (_ids: unknown, logits: LogitsLike): LogitsLike => {
    const d = logits.data;
    let max = -Infinity;
    for (let i = 0; i < d.length; i++) if (d[i] > max) max = d[i];
    let sum = 0;
    for (let i = 0; i < d.length; i++) sum += Math.exp(d[i] - max);
    sink.push(-Math.log(sum));
    return logits;
  };
}

export async function loadWhisper(
  modelId: string,
  opts: { backend: Backend; dtype: Record<string, string>; onProgress?: (p: LoadProgress) => void },
): Promise<Whisper> {
  const asr = (await pipeline('automatic-speech-recognition', modelId, {
    device: opts.backend,
    dtype: opts.dtype as never,
    progress_callback: opts.onProgress as never,
  })) as unknown as AsrPipeline;
  const whisper: Whisper = {
    modelId,
    backend: opts.backend,
    async transcribe(pcm, maxNewTokens, minNewTokens) {
      const logprobs: number[] = [];
      const out = await asr(pcm, {
        max_new_tokens: maxNewTokens,
        ...(minNewTokens ? { min_new_tokens: minNewTokens } : {}),
        return_timestamps: false,
        logits_processor: [recordGreedyLogprob(logprobs)],
      });
      const text = (Array.isArray(out) ? out[0]?.text : out.text) ?? '';
      const avgLogprob = logprobs.length ? logprobs.reduce((a, b) => a + b, 0) / logprobs.length : -Infinity;
      return { text: text.trim(), avgLogprob, tokens: logprobs.length };
    },
    dispose: () => asr.dispose(),
  };
  // Warm-up: the first run compiles kernels / allocates arenas; do it before real audio waits.
  await whisper.transcribe(new Float32Array(16_000), 2);
  return whisper;
}
