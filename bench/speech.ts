/**
 * Speech pipeline speed (issue 5): the generated model with whisper-tiny.en's real dimensions
 * (random weights, same compute) and a fixed decode length of 3 tokens per second of speech.
 * Node (onnxruntime-node) and Chromium's worker (WASM, through the built extension's asr-harness):
 * real-time factor, their ratio, end-of-utterance-to-text latency (5 s / 10 s utterances, median
 * and p95), VAD cost per second of audio, peak memory. Targets: browser RTF <= 0.2,
 * browser/native <= 2, p95 latency < 1.5 s for a 10 s utterance.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { defaultSpecs, generateModels } from '../scripts/models/generate-test-models.ts';
import { openAsrPage, BUILT_EXTENSION } from '../test/harness/asr-page.ts';
import { speakLine, writeWav } from '../test/harness/speech-call.ts';
import { createAsrApi } from '../workers/asr-api.ts';
import { nodeAsrDeps } from '../workers/node-deps.ts';
import { samplePeakRss } from './speech-memory.ts';
import { utteranceLatency, type LatencyTarget } from './utterance-latency.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TOKENS_PER_SECOND = 3;
const LENGTHS = [5, 10];
const RUNS = 5;
const TEXT =
  'we have been looking at several options for the new customer platform and the team would like to understand how the pricing works for larger groups and whether onboarding is included';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const fixed = (s: number) => ({ maxNewTokens: s * TOKENS_PER_SECOND, minNewTokens: s * TOKENS_PER_SECOND });

interface Figures {
  rtf: Record<number, number>;
  latency: Record<number, number[]>;
  vadMsPerSecond: number;
  peakMb: number;
  /** Browser only: RTF (10 s) of the same model's fp32 files on WASM, the pre-q8 configuration. */
  fp32Rtf10?: number;
}

async function nodeFigures(modelDir: string, speech: Float32Array): Promise<Figures> {
  const api = createAsrApi(nodeAsrDeps());
  const loaded = await api.load(modelDir);
  if (!loaded.ok) throw new Error(loaded.message);
  console.log(`node: ${loaded.backend} ${JSON.stringify(loaded.dtype)}, load ${loaded.loadMs} ms`);
  const rtf: Record<number, number> = {};
  const latency: Record<number, number[]> = {};
  for (const s of LENGTHS) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await api.transcribe(speech.slice(0, s * 16_000), fixed(s));
      if (!r.ok || r.tokens < s * TOKENS_PER_SECOND) throw new Error(`decode: ${JSON.stringify(r)}`);
      times.push(r.ms);
    }
    rtf[s] = median(times) / 1000 / s;
    const target: LatencyTarget = {
      async open(onSegment) {
        const o = await api.openSession({ callId: 'latency', fixedTokensPerSecond: TOKENS_PER_SECOND, minAvgLogprob: -Infinity }, onSegment);
        if (!o.ok) throw new Error(o.message);
        return { push: (pcm, t) => api.pushAudio(o.sessionId, 'customer', pcm, t), close: () => api.closeSession(o.sessionId) };
      },
      pending: async () => api.status().pending,
    };
    latency[s] = [];
    for (let i = 0; i < RUNS; i++) latency[s].push(await utteranceLatency(target, speech.slice(0, s * 16_000)));
  }
  const o = await api.openSession({ callId: 'vad' }, () => undefined);
  if (!o.ok) throw new Error(o.message);
  const t0 = performance.now();
  for (let at = 0; at < 30 * 16_000; at += 4000) await api.pushAudio(o.sessionId, 'customer', new Float32Array(4000).fill(1e-4), at / 16_000);
  const vadMsPerSecond = (performance.now() - t0) / 30;
  await api.dispose();
  return { rtf, latency, vadMsPerSecond, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

async function browserFigures(modelDir: string, wav: string): Promise<Figures> {
  if (!existsSync(join(BUILT_EXTENSION, 'asr-harness.html'))) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const browser = await openAsrPage();
  const memory = samplePeakRss(browser.profileDir);
  try {
    const { page } = browser;
    const paths = readdirSync(modelDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => relative(modelDir, join(e.parentPath, e.name)));
    await page.setInputFiles('#model-files', paths.map((p) => join(modelDir, p)));
    await page.setInputFiles('#call-wav', wav);
    const imported = await page.evaluate((p) => window.pitchsideAsr.importFiles('local/tiny-sized', p), paths);
    if (!imported.ok) throw new Error(imported.message);
    const loaded = await page.evaluate(() => window.pitchsideAsr.client.load('local/tiny-sized', undefined, { backend: 'wasm' }));
    if (!loaded.ok) throw new Error(loaded.message);
    console.log(`browser: ${loaded.backend} ${JSON.stringify(loaded.dtype)}, load ${loaded.loadMs} ms`);
    const rtf: Record<number, number> = {};
    const latency: Record<number, number[]> = {};
    for (const s of LENGTHS) {
      const times = await page.evaluate(([sec, runs, opts]) => window.pitchsideAsr.timeTranscribe(sec, runs, opts), [s, RUNS, fixed(s)] as const);
      rtf[s] = median(times) / 1000 / s;
      latency[s] = await page.evaluate(([sec, runs, tps]) => window.pitchsideAsr.latency(sec, runs, tps), [s, RUNS, TOKENS_PER_SECOND] as const);
    }
    const vadMsPerSecond = await page.evaluate(() => window.pitchsideAsr.vadCost(30));
    // Reference in the same browser: the fp32 files alone (WASM loads q8 first when both exist).
    const fp32Paths = paths.filter((p) => !p.endsWith('_quantized.onnx'));
    await page.setInputFiles('#model-files', fp32Paths.map((p) => join(modelDir, p)));
    const importedFp32 = await page.evaluate((p) => window.pitchsideAsr.importFiles('local/tiny-sized-fp32', p), fp32Paths);
    if (!importedFp32.ok) throw new Error(importedFp32.message);
    const loadedFp32 = await page.evaluate(() => window.pitchsideAsr.client.load('local/tiny-sized-fp32', undefined, { backend: 'wasm' }));
    if (!loadedFp32.ok) throw new Error(loadedFp32.message);
    const fp32Times = await page.evaluate(([sec, runs, opts]) => window.pitchsideAsr.timeTranscribe(sec, runs, opts), [10, RUNS, fixed(10)] as const);
    const fp32Rtf10 = median(fp32Times) / 1000 / 10;
    console.log(`browser reference: wasm ${JSON.stringify(loadedFp32.dtype)} RTF 10 s ${fp32Rtf10.toFixed(3)}`);
    return { rtf, latency, vadMsPerSecond, peakMb: memory.stop(), fp32Rtf10 };
  } finally {
    memory.stop();
    await browser.close();
  }
}

function print(name: string, f: Figures): void {
  const lat = LENGTHS.map((s) => `${s} s: median ${Math.round(median(f.latency[s]))} ms, p95 ${Math.round(p95(f.latency[s]))} ms`).join('; ');
  console.log(`${name.padEnd(8)} RTF ${LENGTHS.map((s) => `${s} s ${f.rtf[s].toFixed(3)}`).join(', ')} | latency (+0.6 s VAD hangover) ${lat} | VAD ${f.vadMsPerSecond.toFixed(1)} ms per s | peak RSS ${f.peakMb} MB`);
}

export async function run(): Promise<void> {
  const { tinySized } = defaultSpecs(join(ROOT, '.models'));
  await generateModels([tinySized]);
  const dir = mkdtempSync(join(tmpdir(), 'pitchside-bench-speech-'));
  const line = speakLine(dir, 'speech', TEXT);
  const speech = new Float32Array(12 * 16_000);
  speech.set(line.subarray(0, speech.length));
  const wav = join(dir, 'bench.wav');
  writeWav(wav, [speech, speech]);
  console.log(`model ${tinySized.dir} (tiny.en dims, random weights), ${TOKENS_PER_SECOND} tokens decoded per second of speech, ${RUNS} runs each`);
  const node = await nodeFigures(tinySized.dir, speech);
  print('node', node);
  const browser = await browserFigures(tinySized.dir, wav);
  print('chromium', browser);
  const ratio = browser.rtf[10] / node.rtf[10];
  const p95Browser = p95(browser.latency[10]) + 600;
  console.log(`browser/native RTF ratio (10 s): ${ratio.toFixed(2)} (target <= 2)`);
  if (browser.fp32Rtf10) console.log(`browser fp32 files on WASM (reference): RTF 10 s ${browser.fp32Rtf10.toFixed(3)}, ratio to node ${(browser.fp32Rtf10 / node.rtf[10]).toFixed(2)}`);
  console.log(`browser RTF (10 s): ${browser.rtf[10].toFixed(3)} (target <= 0.2); browser p95 latency for 10 s incl. hangover: ${Math.round(p95Browser)} ms (target < 1500)`);
}
