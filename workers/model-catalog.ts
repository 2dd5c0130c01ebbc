/**
 * The Whisper models users can choose (onnx-community exports on the Hugging Face Hub, which carry
 * every precision variant of each ONNX file), and the sentiment (text-classification) models the
 * worker can use instead of the lexicon. Sizes are approximate download sizes at q8.
 */
import { WHISPER_CONFIG_FILES, WHISPER_SESSIONS } from './model-dtype.ts';

// Metadata only: the side panel lists models from this file in its first load, so it must not
// import runtime code (sentiment-model.ts brings transformers.js along).

export interface CatalogModel {
  id: string;
  label: string;
  multilingual: boolean;
  approxMB: number;
}

export interface SentimentCatalogModel {
  id: string;
  label: string;
  approxMB: number;
}

export const MODEL_CATALOG: readonly CatalogModel[] = [
  { id: 'onnx-community/whisper-tiny.en', label: 'Whisper tiny (English)', multilingual: false, approxMB: 41 },
  { id: 'onnx-community/whisper-base.en', label: 'Whisper base (English)', multilingual: false, approxMB: 78 },
  { id: 'onnx-community/whisper-small.en', label: 'Whisper small (English)', multilingual: false, approxMB: 250 },
  { id: 'onnx-community/whisper-tiny', label: 'Whisper tiny (multilingual)', multilingual: true, approxMB: 41 },
  { id: 'onnx-community/whisper-base', label: 'Whisper base (multilingual)', multilingual: true, approxMB: 78 },
  { id: 'onnx-community/whisper-small', label: 'Whisper small (multilingual)', multilingual: true, approxMB: 250 },
];

export const DEFAULT_MODEL_ID = MODEL_CATALOG[0].id;

const HUB_VARIANTS = ['', '_fp16', '_quantized', '_q4'];

/** Every file a Hub export may hold: the configs plus each precision of each ONNX file (chooseDtype picks one per backend). */
export function hubCandidateFiles(): string[] {
  return [...WHISPER_CONFIG_FILES, ...WHISPER_SESSIONS.flatMap((s) => HUB_VARIANTS.map((v) => `onnx/${s}${v}.onnx`))];
}

/**
 * Sentiment models (Xenova's transformers.js exports: config.json, tokenizer.json,
 * tokenizer_config.json, onnx/model.onnx, model_fp16, model_quantized, ...). The first one installed
 * scores segments; none installed: the lexicon. SST-2 has two labels (NEGATIVE / POSITIVE), the
 * Twitter RoBERTa three (negative / neutral / positive): workers/sentiment-model.ts maps both.
 */
export const SENTIMENT_CATALOG: readonly SentimentCatalogModel[] = [
  { id: 'Xenova/distilbert-base-uncased-finetuned-sst-2-english', label: 'DistilBERT SST-2 sentiment (English)', approxMB: 68 },
  { id: 'Xenova/twitter-roberta-base-sentiment-latest', label: 'Twitter RoBERTa sentiment (English, with neutral)', approxMB: 126 },
];

/** The files besides the ONNX weights that a sentiment model's folder holds. */
export const SENTIMENT_CONFIG_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];

/** Every file a sentiment model's Hub export may hold (chooseSentimentDtype picks one ONNX file). */
export function sentimentHubCandidateFiles(): string[] {
  return [...SENTIMENT_CONFIG_FILES, ...HUB_VARIANTS.map((v) => `onnx/model${v}.onnx`)];
}
