/**
 * Silero VAD in a worker of its own, started by the speech worker (workers/browser-deps.ts): its
 * own ONNX Runtime instance, single-threaded, so a VAD frame never waits for a Whisper run (nor
 * the reverse), and a 32 ms frame does not pay for waking Whisper's WASM thread pool.
 */
import { expose } from 'comlink';
import * as ort from 'onnxruntime-web/wasm';
import ortPlainWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import type { OrtRuntime, OrtSessionLike, OrtTensorLike } from './ort-runtime.ts';
import { createSileroVad, type Vad, type VadStream } from './vad.ts';

ort.env.wasm.numThreads = 1;
ort.env.wasm.wasmPaths = { wasm: new URL(ortPlainWasmUrl, self.location.origin).href };

const runtime: OrtRuntime = {
  async createSession(model) {
    return (await ort.InferenceSession.create(model, { executionProviders: ['wasm'] })) as unknown as OrtSessionLike;
  },
  tensor(type: 'float32' | 'int64', data: Float32Array | BigInt64Array, dims: number[]): OrtTensorLike {
    return new ort.Tensor(type, data, dims);
  },
};

let vad: Vad | undefined;
const streams = new Map<number, VadStream>();
let nextStream = 1;

const api = {
  async init(model: Uint8Array): Promise<void> {
    vad ??= await createSileroVad(runtime, model);
  },
  open(): number {
    if (!vad) throw new Error('VAD not initialised');
    const id = nextStream++;
    streams.set(id, vad.createStream());
    return id;
  },
  probabilities(stream: number, frames: Float32Array[]): Promise<number[]> {
    const s = streams.get(stream);
    if (!s) throw new Error(`no VAD stream ${stream}`);
    return s.probabilities(frames);
  },
  reset(stream: number): void {
    streams.get(stream)?.reset();
  },
  async dispose(): Promise<void> {
    streams.clear();
    await vad?.dispose();
    vad = undefined;
  },
};

export type VadWorkerApi = typeof api;
expose(api);
