/**
 * Silero VAD v5 (node_modules/@ricky0123/vad-web/dist/silero_vad_v5.onnx) on any OrtRuntime:
 * one ONNX session, one recurrent state per stream (per channel). 512-sample frames at 16 kHz.
 */
import type { OrtRuntime, OrtSessionLike } from './ort-runtime.ts';

export const VAD_FRAME_SAMPLES = 512;
const STATE_SIZE = 2 * 1 * 128;

export interface VadStream {
  /** Speech probability (0..1) of one 512-sample frame; frames must come in order. */
  probability(frame: Float32Array): Promise<number>;
  /** The same for consecutive frames at once (one message when the VAD runs in another worker). */
  probabilities(frames: Float32Array[]): Promise<number[]>;
  /** Forget the recurrent state (after a gap in the audio). */
  reset(): void;
}

export interface Vad {
  createStream(): VadStream;
  dispose(): Promise<void>;
}

export async function createSileroVad(runtime: OrtRuntime, model: Uint8Array): Promise<Vad> {
  const session: OrtSessionLike = await runtime.createSession(model);
  const sr = runtime.tensor('int64', BigInt64Array.from([16000n]), []);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    createStream() {
      let state = new Float32Array(STATE_SIZE);
      const run = async (frame: Float32Array): Promise<number> => {
        const out = await session.run({
          input: runtime.tensor('float32', frame, [1, frame.length]),
          state: runtime.tensor('float32', state, [2, 1, 128]),
          sr,
        });
        state = new Float32Array(out.stateN.data as Float32Array);
        return (out.output.data as Float32Array)[0];
      };
      return {
        probability(frame) {
          // One session serves every stream: runs are serialized.
          const p = queue.then(() => run(frame));
          queue = p.catch(() => undefined);
          return p;
        },
        async probabilities(frames) {
          const out: number[] = [];
          for (const frame of frames) out.push(await this.probability(frame));
          return out;
        },
        reset() {
          state = new Float32Array(STATE_SIZE);
        },
      };
    },
    async dispose() {
      await session.release?.();
    },
  };
}
