/**
 * Picks the weight precision of each ONNX file from the files a model folder actually has:
 * q8 first on WASM (4x smaller, the transformers.js default there), fp32 first on WebGPU/CPU.
 */
import type { Backend } from './asr-types.ts';

export const SUFFIX: Record<string, string> = { fp32: '', fp16: '_fp16', q8: '_quantized', int8: '_int8', uint8: '_uint8', q4: '_q4', q4f16: '_q4f16' };
export const PREFERENCE: Record<Backend, string[]> = {
  cpu: ['fp32', 'q8', 'int8', 'fp16'],
  wasm: ['q8', 'fp32', 'int8', 'uint8', 'q4'],
  webgpu: ['fp32', 'fp16', 'q4f16', 'q4', 'q8'],
};
export const WHISPER_SESSIONS = ['encoder_model', 'decoder_model_merged'] as const;
export const WHISPER_CONFIG_FILES = ['config.json', 'generation_config.json', 'preprocessor_config.json', 'tokenizer.json', 'tokenizer_config.json'];

/** dtype per session, or the list of what is missing. */
export function chooseDtype(files: readonly string[], backend: Backend): { dtype: Record<string, string> } | { missing: string[] } {
  const have = new Set(files);
  const missing = WHISPER_CONFIG_FILES.filter((f) => !have.has(f) && f !== 'generation_config.json');
  const dtype: Record<string, string> = {};
  for (const session of WHISPER_SESSIONS) {
    const found = PREFERENCE[backend].find((d) => have.has(`onnx/${session}${SUFFIX[d]}.onnx`));
    if (found) dtype[session] = found;
    else missing.push(`onnx/${session}*.onnx`);
  }
  return missing.length ? { missing } : { dtype };
}
