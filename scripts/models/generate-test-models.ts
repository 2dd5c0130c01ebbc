/**
 * `npm run models:test [-- --sentence TEXT] [-- --root DIR]`: generates, offline and
 * deterministically, the Whisper-architecture models the tests and benchmarks use:
 * - `test`: d_model 64, built to emit one chosen sentence whatever the audio;
 * - `tinySized`: whisper-tiny.en's real dimensions with random weights (speed benchmarks).
 * Each folder holds fp32 `onnx/*.onnx` and dynamic-int8 `onnx/*_quantized.onnx` (q8, what the
 * WASM path loads first, as real Hub models ship them; see quantize_dynamic.py).
 * It also makes `sentiment`: a small BERT-shaped text classifier (sentiment/sentiment-test-model.ts).
 * A folder whose `.generator-hash` matches (sources + spec) is kept as it is.
 * Last stdout line: `{ "test": "<dir>", "tinySized": "<dir>", "sentiment": "<dir>" }`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AutoTokenizer } from '@huggingface/transformers';
import { runPython } from './run-python.ts';
import { generateSentimentModel, sentimentModelDir } from './sentiment/sentiment-test-model.ts';
import { whisperConfigFiles, type WhisperDims } from './whisper-config-files.ts';
import { TOKENS, whisperTokenizerFiles } from './whisper-tokenizer.ts';

export const DEFAULT_SENTENCE = 'Honestly the price is too high for our budget this year.';
const HERE = dirname(fileURLToPath(import.meta.url));

export const TEST_DIMS: WhisperDims = { d_model: 64, heads: 2, ffn: 256, encoder_layers: 2, decoder_layers: 2 };
export const TINY_DIMS: WhisperDims = { d_model: 384, heads: 6, ffn: 1536, encoder_layers: 4, decoder_layers: 4 };

export interface ModelSpec {
  dir: string;
  dims: WhisperDims;
  /** When set, the model emits exactly this sentence. */
  sentence?: string;
}

function generatorHash(spec: ModelSpec): string {
  const h = createHash('sha256');
  for (const f of readdirSync(HERE).filter((n) => /\.(py|ts)$/.test(n)).sort()) h.update(f).update(readFileSync(join(HERE, f)));
  return h.update(JSON.stringify({ dims: spec.dims, sentence: spec.sentence ?? null })).digest('hex');
}

function isCurrent(spec: ModelSpec): boolean {
  const file = join(spec.dir, '.generator-hash');
  return existsSync(file) && readFileSync(file, 'utf8') === generatorHash(spec);
}

async function targetIds(dir: string, sentence: string): Promise<number[]> {
  const tokenizer = await AutoTokenizer.from_pretrained(resolve(dir));
  const ids = tokenizer.encode(` ${sentence.trim()}`, { add_special_tokens: false });
  return [...ids, TOKENS.endOfText];
}

/** Generates the specs whose folders are missing or stale; returns which were generated. */
export async function generateModels(specs: ModelSpec[], log: (line: string) => void = () => {}): Promise<string[]> {
  const todo = specs.filter((s) => !isCurrent(s));
  for (const s of specs) if (!todo.includes(s)) log(`models: ${s.dir} is current, kept`);
  if (todo.length === 0) return [];
  const jobs: object[] = [];
  const staging = todo.map((s) => `${s.dir}.tmp-${process.pid}`);
  for (const [i, spec] of todo.entries()) {
    const tmp = staging[i];
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    const files = { ...whisperConfigFiles(spec.dims), ...whisperTokenizerFiles() };
    for (const [name, body] of Object.entries(files)) writeFileSync(join(tmp, name), JSON.stringify(body, null, 1));
    const target_ids = spec.sentence ? await targetIds(tmp, spec.sentence) : null;
    jobs.push({ out: tmp, ...spec.dims, vocab: TOKENS.vocabSize, tied: !spec.sentence, seed: 0, target_ids, quantize: true });
  }
  const started = Date.now();
  await runPython(join(HERE, 'export_whisper.py'), jobs);
  for (const [i, spec] of todo.entries()) {
    writeFileSync(join(staging[i], '.generator-hash'), generatorHash(spec));
    rmSync(spec.dir, { recursive: true, force: true });
    renameSync(staging[i], spec.dir);
    log(`models: generated ${spec.dir}`);
  }
  log(`models: export took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return todo.map((s) => s.dir);
}

export function defaultSpecs(root = '.models', sentence = DEFAULT_SENTENCE): { test: ModelSpec; tinySized: ModelSpec } {
  return {
    test: { dir: resolve(root, 'whisper-test'), dims: TEST_DIMS, sentence },
    tinySized: { dir: resolve(root, 'whisper-tiny-sized'), dims: TINY_DIMS },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sentence: { type: 'string' }, root: { type: 'string' } } });
  const specs = defaultSpecs(values.root, values.sentence);
  await generateModels([specs.test, specs.tinySized], (line) => console.log(line));
  const sentiment = sentimentModelDir(values.root);
  await generateSentimentModel(sentiment, (line) => console.log(line));
  console.log(JSON.stringify({ test: specs.test.dir, tinySized: specs.tinySized.dir, sentiment }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
