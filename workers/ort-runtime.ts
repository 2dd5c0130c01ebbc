/**
 * The small slice of ONNX Runtime the VAD needs, so that the same code runs on onnxruntime-web
 * (browser worker) and onnxruntime-node (CLI, tests). Both packages satisfy it structurally.
 */
export interface OrtTensorLike {
  readonly data: unknown;
  readonly dims: readonly number[];
}

export interface OrtSessionLike {
  run(feeds: Record<string, OrtTensorLike>): Promise<Record<string, OrtTensorLike>>;
  release?(): Promise<void>;
}

export interface OrtRuntime {
  createSession(model: Uint8Array): Promise<OrtSessionLike>;
  tensor(type: 'float32', data: Float32Array, dims: number[]): OrtTensorLike;
  tensor(type: 'int64', data: BigInt64Array, dims: number[]): OrtTensorLike;
}
