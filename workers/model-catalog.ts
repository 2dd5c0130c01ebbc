/**
 * The Whisper models users can choose (onnx-community exports on the Hugging Face Hub, which carry
 * every precision variant of each ONNX file). Sizes are approximate download sizes at q8.
 */
import { WHISPER_CONFIG_FILES, WHISPER_SESSIONS } from './model-dtype.ts';

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

/** Every file a Hub export may hold: the configs plus each precision of each ONNX file (chooseDtype picks one per backend). */
export function hubCandidateFiles(): string[] {
  return [...WHISPER_CONFIG_FILES, ...WHISPER_SESSIONS.flatMap((s) => HUB_VARIANTS.map((v) => `onnx/${s}${v}.onnx`))];
}
