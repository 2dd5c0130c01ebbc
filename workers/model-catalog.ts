/**
 * The Whisper models users can choose (onnx-community exports on the Hugging Face Hub, which carry
 * every precision variant of each ONNX file). Sizes are approximate download sizes at q8.
 */
import type { Backend } from './asr-types.ts';
import { WHISPER_CONFIG_FILES, WHISPER_SESSIONS, chooseDtype } from './model-dtype.ts';

export interface CatalogModel {
  id: string;
  label: string;
  multilingual: boolean;
  approxMB: number;
}

export const MODEL_CATALOG: readonly CatalogModel[] = [
  { id: 'onnx-community/whisper-tiny.en', label: 'Whisper tiny (English)', multilingual: false, approxMB: 41 },
  { id: 'onnx-community/whisper-base.en', label: 'Whisper base (English)', multilingual: false, approxMB: 78 },
  { id: 'onnx-community/whisper-small.en', label: 'Whisper small (English)', multilingual: false, approxMB: 250 },
  { id: 'onnx-community/whisper-tiny', label: 'Whisper tiny (multilingual)', multilingual: true, approxMB: 41 },
  { id: 'onnx-community/whisper-base', label: 'Whisper base (multilingual)', multilingual: true, approxMB: 78 },
];

export const DEFAULT_MODEL_ID = MODEL_CATALOG[0].id;

const HUB_VARIANTS = ['', '_fp16', '_quantized', '_q4'];

/** The files to fetch from the Hub for `backend`: configs plus one variant of each ONNX file. */
export function hubFilesFor(backend: Backend): string[] {
  const all = [...WHISPER_CONFIG_FILES, ...WHISPER_SESSIONS.flatMap((s) => HUB_VARIANTS.map((v) => `onnx/${s}${v}.onnx`))];
  const choice = chooseDtype(all, backend);
  if ('missing' in choice) return all;
  const suffix: Record<string, string> = { fp32: '', fp16: '_fp16', q8: '_quantized', q4: '_q4' };
  return [...WHISPER_CONFIG_FILES, ...WHISPER_SESSIONS.map((s) => `onnx/${s}${suffix[choice.dtype[s]] ?? ''}.onnx`)];
}
