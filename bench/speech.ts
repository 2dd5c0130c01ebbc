/**
 * Speech pipeline speed (issue 5): the generated model with whisper-tiny.en's real dimensions
 * (random weights, same compute) and a fixed decode length of 3 tokens per second of speech.
 * Node (onnxruntime-node) and Chromium's worker (WASM, through the built extension's asr-harness):
 * real-time factor, their ratio, end-of-utterance-to-text latency (5 s / 10 s utterances, median
 * and p95; from the end of the speech, silence following in real time: VAD hangover included,
 * bench/utterance-latency.ts), VAD cost per second of audio, peak memory. Targets: browser
 * RTF <= 0.2, browser/native <= 2, p95 latency < 1.5 s for a 10 s utterance. In the same browser,
 * for comparison: without early transcription, the fp32 files, and the default WASM threads against
 * one thread, in turns (the extension is cross-origin isolated: the harness page has threads too).
 * PITCHSIDE_EXTENSION=<dir>: another build of the extension (default .output/chrome-mv3).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { defaultSpecs, generateModels } from '../scripts/models/generate-test-models.ts';
import { openAsrPage, BUILT_EXTENSION } from '../test/harness/asr-page.ts';
import { copyBuiltExtension } from '../test/harness/launch-extension.ts';
import { speakLine, writeWav } from '../test/harness/speech-call.ts';
import { createAsrApi } from '../workers/asr-api.ts';
import { nodeAsrDeps } from '../workers/node-deps.ts';
import { samplePeakRss } from './speech-memory.ts';
import { DEFAULT_VAD_PARAMS } from '../core/audio/utterance-assembler.ts';
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
  /** Threads ONNX Runtime ran on (browser: WASM threads). */
  threads?: number;
  /** Browser only, same page: the configurations the default is compared with. */
  reference?: {
    /** Latency (10 s) with early transcription off: the text only after the hangover. */
    lateLatency10: number[];
    /**
     * In turns, one run each at a time (the same load on a shared machine): the default threads and
     * one WASM thread (a second worker): RTF (10 s) and latency (10 s).
     */
    inTurns: { rtf10: number; latency10: number[]; oneThreadRtf10: number; oneThreadLatency10: number[] };
    /** RTF (10 s) of the same model's fp32 files on WASM. */
    fp32Rtf10: number;
  };
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
  if (!process.env.PITCHSIDE_EXTENSION && !existsSync(join(BUILT_EXTENSION, 'asr-harness.html'))) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  // A private copy of the build: a rebuild of .output during the run would pull files from under it.
  const copy = process.env.PITCHSIDE_EXTENSION ? undefined : copyBuiltExtension();
  const browser = await openAsrPage(copy ?? resolve(process.env.PITCHSIDE_EXTENSION!));
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
    const load = async (id: string, threads?: number) => {
      const r = await page.evaluate(([i, t]) => window.pitchsideAsr.client.load(i, undefined, { backend: 'wasm', threads: t }), [id, threads] as const);
      if (!r.ok) throw new Error(r.message);
      console.log(`browser: ${r.backend} ${r.threads ?? '?'} thread(s) ${JSON.stringify(r.dtype)}, load ${r.loadMs} ms`);
      return r;
    };
    type Which = 'main' | 'other';
    const timeTranscribe = (sec: number, which: Which = 'main', runs = RUNS) =>
      page.evaluate(([x, n, opts, w]) => window.pitchsideAsr.timeTranscribe(x, n, opts, w), [sec, runs, fixed(sec), which] as const);
    const latencyOf = (sec: number, opts: { earlyTranscription?: boolean } = {}, which: Which = 'main', runs = RUNS) =>
      page.evaluate(([x, n, tps, o, w]) => window.pitchsideAsr.latency(x, n, tps, o, w), [sec, runs, TOKENS_PER_SECOND, opts, which] as const);
    const loaded = await load('local/tiny-sized');
    const rtf: Record<number, number> = {};
    const latency: Record<number, number[]> = {};
    for (const s of LENGTHS) {
      rtf[s] = median(await timeTranscribe(s)) / 1000 / s;
      latency[s] = await latencyOf(s);
    }
    const vadMsPerSecond = await page.evaluate(() => window.pitchsideAsr.vadCost(30));
    const lateLatency10 = await latencyOf(10, { earlyTranscription: false });
    // One WASM thread in a second worker (ONNX Runtime fixes its threads when it starts), measured
    // in turns with the default worker, one run each at a time: both see the same load.
    const one = await page.evaluate((i) => window.pitchsideAsr.loadOther(i, { backend: 'wasm', threads: 1 }), 'local/tiny-sized');
    if (!one.ok) throw new Error(one.message);
    console.log(`browser, second worker: ${one.backend} ${one.threads ?? '?'} thread(s), load ${one.loadMs} ms`);
    const turns = { rtf: [] as number[], latency: [] as number[], oneRtf: [] as number[], oneLatency: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      turns.rtf.push(...(await timeTranscribe(10, 'main', 1)));
      turns.oneRtf.push(...(await timeTranscribe(10, 'other', 1)));
      turns.latency.push(...(await latencyOf(10, {}, 'main', 1)));
      turns.oneLatency.push(...(await latencyOf(10, {}, 'other', 1)));
    }
    const inTurns = {
      rtf10: median(turns.rtf) / 1000 / 10, latency10: turns.latency,
      oneThreadRtf10: median(turns.oneRtf) / 1000 / 10, oneThreadLatency10: turns.oneLatency,
    };
    // The fp32 files alone (WASM loads q8 first when both exist), default threads.
    await page.evaluate(() => window.pitchsideAsr.restart());
    const fp32Paths = paths.filter((p) => !p.endsWith('_quantized.onnx'));
    await page.setInputFiles('#model-files', fp32Paths.map((p) => join(modelDir, p)));
    const importedFp32 = await page.evaluate((p) => window.pitchsideAsr.importFiles('local/tiny-sized-fp32', p), fp32Paths);
    if (!importedFp32.ok) throw new Error(importedFp32.message);
    await load('local/tiny-sized-fp32');
    const fp32Rtf10 = median(await timeTranscribe(10)) / 1000 / 10;
    const reference = { lateLatency10, inTurns, fp32Rtf10 };
    return { rtf, latency, vadMsPerSecond, peakMb: memory.stop(), threads: loaded.threads, reference };
  } finally {
    memory.stop();
    await browser.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  }
}

const ms = (xs: number[]) => `median ${Math.round(median(xs))} ms, p95 ${Math.round(p95(xs))} ms`;

function print(name: string, f: Figures): void {
  const lat = LENGTHS.map((s) => `${s} s: ${ms(f.latency[s])}`).join('; ');
  const threads = f.threads ? ` | ${f.threads} WASM thread(s)` : '';
  console.log(`${name.padEnd(8)} RTF ${LENGTHS.map((s) => `${s} s ${f.rtf[s].toFixed(3)}`).join(', ')} | latency (hangover included) ${lat} | VAD ${f.vadMsPerSecond.toFixed(1)} ms per s | peak RSS ${f.peakMb} MB${threads}`);
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
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`load average (1/5/15 min) at start: ${load()}`);
  console.log(`model ${tinySized.dir} (tiny.en dims, random weights), ${TOKENS_PER_SECOND} tokens decoded per second of speech, ${RUNS} runs each`);
  const node = await nodeFigures(tinySized.dir, speech);
  print('node', node);
  const browser = await browserFigures(tinySized.dir, wav);
  print('chromium', browser);
  const ratio = browser.rtf[10] / node.rtf[10];
  const hangover = DEFAULT_VAD_PARAMS.minSilenceSeconds;
  console.log(`browser/native RTF ratio (10 s): ${ratio.toFixed(2)} (target <= 2)`);
  const ref = browser.reference;
  if (ref) {
    console.log(`browser, same page: without early transcription latency 10 s ${ms(ref.lateLatency10)}`);
    const t = ref.inTurns;
    console.log(`browser, same page, in turns: ${browser.threads} WASM threads RTF 10 s ${t.rtf10.toFixed(3)}, latency 10 s ${ms(t.latency10)}`);
    console.log(`browser, same page, in turns: 1 WASM thread  RTF 10 s ${t.oneThreadRtf10.toFixed(3)}, latency 10 s ${ms(t.oneThreadLatency10)}`);
    console.log(`browser, same page: fp32 files RTF 10 s ${ref.fp32Rtf10.toFixed(3)} (q8 ${browser.rtf[10].toFixed(3)}), ratio to node ${(ref.fp32Rtf10 / node.rtf[10]).toFixed(2)}`);
  }
  console.log(
    `browser RTF (10 s): ${browser.rtf[10].toFixed(3)} (target <= 0.2); browser p95 latency for 10 s, ${hangover} s VAD hangover included: ${Math.round(p95(browser.latency[10]))} ms (target < 1500)`,
  );
  console.log(`load average (1/5/15 min) at end: ${load()}`);
}
