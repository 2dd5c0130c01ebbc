/** OrtRuntime on onnxruntime-node (Node: CLI, tests, benchmarks). */
import * as ort from 'onnxruntime-node';
import type { OrtRuntime, OrtSessionLike, OrtTensorLike } from './ort-runtime.ts';

export const nodeOrt: OrtRuntime = {
  async createSession(model) {
    const session = await ort.InferenceSession.create(model, { intraOpNumThreads: 1, interOpNumThreads: 1 });
    return session as unknown as OrtSessionLike;
  },
  tensor(type: 'float32' | 'int64', data: Float32Array | BigInt64Array, dims: number[]): OrtTensorLike {
    return new ort.Tensor(type, data, dims);
  },
};
