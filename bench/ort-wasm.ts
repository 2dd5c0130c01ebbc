/**
 * `npm run bench -- ort-wasm`: the Whisper encoder of the tiny.en-sized generated model (30 s of
 * features, the cost every utterance pays) on onnxruntime-web's WASM CPU path, single-threaded as
 * in the extension, run by Node's V8: which wasm build (the asyncify WebGPU build the extension
 * ships vs the plain CPU-only build), which weights (fp32 vs q8 `_quantized`), which graph
 * optimization level. onnxruntime-node on the same files is the native reference. Each variant
 * runs in its own process (ORT's wasm module is a per-process singleton).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultSpecs, generateModels } from '../scripts/models/generate-test-models.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 3;
const ORT_WEB_DIST = dirname(createRequire(import.meta.url).resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm'));
/** ORT's JS entry, and the glue + binary it runs (unset: the entry's default, the asyncify build for webgpu). */
const BUILDS: Record<string, { js: string; build?: string }> = {
  'asyncify (webgpu, shipped)': { js: 'ort.webgpu.min.mjs' },
  'plain (cpu only)': { js: 'ort.wasm.min.mjs' },
  'webgpu JS + plain wasm/mjs': { js: 'ort.webgpu.min.mjs', build: 'ort-wasm-simd-threaded' },
};

interface Variant {
  build: string;
  file: string;
  level: 'all' | 'basic' | 'native';
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Child-process side: times one variant, prints `{ "ms": [...] }`. */
async function child(v: Variant): Promise<void> {
  type Ort = typeof import('onnxruntime-web');
  const ort: Ort =
    v.level === 'native' ? ((await import('onnxruntime-node')) as unknown as Ort) : await import(pathToFileURL(join(ORT_WEB_DIST, BUILDS[v.build].js)).href);
  if (v.level !== 'native') {
    ort.env.wasm.numThreads = 1;
    const b = BUILDS[v.build].build;
    const url = (f: string) => pathToFileURL(join(ORT_WEB_DIST, f)).href;
    ort.env.wasm.wasmPaths = b ? { mjs: url(`${b}.mjs`), wasm: url(`${b}.wasm`) } : url('') + '/';
  }
  const opts = v.level === 'native' ? { intraOpNumThreads: 0 } : { executionProviders: ['wasm'], graphOptimizationLevel: v.level };
  const session = await ort.InferenceSession.create(new Uint8Array(readFileSync(v.file)), opts as never);
  const feats = new ort.Tensor('float32', new Float32Array(80 * 3000).map((_, i) => Math.sin(i) * 0.5), [1, 80, 3000]);
  await session.run({ input_features: feats });
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await session.run({ input_features: feats });
    ms.push(performance.now() - t0);
  }
  await session.release();
  console.log(JSON.stringify({ ms }));
}

export async function run(): Promise<void> {
  const { tinySized } = defaultSpecs(join(ROOT, '.models'));
  await generateModels([tinySized]);
  const files = { fp32: join(tinySized.dir, 'onnx/encoder_model.onnx'), q8: join(tinySized.dir, 'onnx/encoder_model_quantized.onnx') };
  const variants: [string, Variant][] = [];
  for (const [dtype, file] of Object.entries(files)) {
    variants.push([`onnxruntime-node ${dtype}`, { build: '', file, level: 'native' }]);
    for (const build of Object.keys(BUILDS)) variants.push([`wasm ${build} ${dtype}`, { build, file, level: 'all' }]);
  }
  console.log(`encoder of ${tinySized.dir}, input [1, 80, 3000], ${RUNS} runs after a warm-up, median ms; wasm single-threaded`);
  for (const [name, v] of variants) {
    if (process.env.ORT_WASM_ONLY && !name.includes(process.env.ORT_WASM_ONLY)) continue;
    const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, JSON.stringify(v)], { cwd: ROOT, encoding: 'utf8' });
    const { ms } = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { ms: number[] };
    console.log(`${name.padEnd(52)} ${Math.round(median(ms))} ms  (${ms.map(Math.round).join(', ')})`);
  }
}

if (process.argv[1] === import.meta.filename && process.argv[2]) {
  child(JSON.parse(process.argv[2]) as Variant).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
