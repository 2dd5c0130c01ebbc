// The speech worker in Debian Chromium: the built extension's real Web Worker (workers/asr.worker.ts
// via createAsrClient) imports the generated test model from a folder into IndexedDB, then, with the
// network blocked, loads it from IndexedDB (WASM backend, ORT wasm shipped in the extension) and
// transcribes a two-channel espeak call.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { DEFAULT_SENTENCE } from '../../scripts/models/generate-test-models.ts';
import { BUILT_EXTENSION, openAsrPage, type AsrPage } from '../harness/asr-page.ts';
import { makeStereoCall } from '../harness/speech-call.ts';

let browser: AsrPage;

/** Paths inside a model folder, `onnx/` included. */
const modelFiles = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !e.name.startsWith('.'))
  .map((e) => relative(dir, join(e.parentPath, e.name)));
let call: ReturnType<typeof makeStereoCall>;

beforeAll(async () => {
  call = makeStereoCall(mkdtempSync(join(tmpdir(), 'pitchside-e2e-asr-')), undefined, 18);
  browser = await openAsrPage();
});
afterAll(() => browser?.close());

it('imports a model folder into IndexedDB, then loads it offline in the worker and transcribes a call', async () => {
  const { page } = browser;
  const paths = modelFiles(inject('models').test);
  await page.setInputFiles('#model-files', paths.map((p) => join(inject('models').test, p)));
  const imported = await page.evaluate((p) => window.pitchsideAsr.importFiles('local/whisper-test', p), paths);
  expect(imported).toMatchObject({ ok: true });
  const listed = await page.evaluate(() => window.pitchsideAsr.client.listModels());
  expect(listed).toContainEqual(expect.objectContaining({ id: 'local/whisper-test', installed: true, catalog: false, files: 9 }));

  await browser.blockNetwork();
  await page.setInputFiles('#call-wav', call.path);
  const loaded = await page.evaluate(() => window.pitchsideAsr.client.load('local/whisper-test'));
  // WASM picks the q8 (`_quantized`) files first, as with Hub models; they emit the same sentence.
  expect(loaded).toMatchObject({ ok: true, backend: 'wasm', dtype: { encoder_model: 'q8', decoder_model_merged: 'q8' } });
  // The extension is cross-origin isolated (wxt.config.ts): WASM threads, one per core, at most 4.
  expect(await page.evaluate(() => window.pitchsideAsr.isolated())).toBe(true);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  expect(loaded).toMatchObject({ threads: Math.min(4, cores) });

  const { segments } = await page.evaluate(() => window.pitchsideAsr.runCall('browser-call'));
  expect(segments.map((s) => s.speaker)).toEqual(call.lines.map((l) => l.speaker));
  segments.forEach((s, i) => {
    expect(Math.abs(s.start - call.lines[i].start)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(s.end - call.lines[i].end)).toBeLessThanOrEqual(0.3);
    expect(s).toMatchObject({ callId: 'browser-call', text: DEFAULT_SENTENCE, sentiment: { label: 'negative' } });
  });

  // Concurrent requests through the worker are all answered.
  const many = await page.evaluate(async () => {
    const pcm = () => new Float32Array(16_000 * 2).map((_, i) => Math.sin(i / 7) * 0.2);
    const all = await Promise.all([1, 2, 3, 4].map(() => window.pitchsideAsr.client.transcribe(pcm())));
    return all.map((r) => (r.ok ? r.text : r.code));
  });
  expect(many).toEqual(Array(4).fill(DEFAULT_SENTENCE));

  // A model that is not in IndexedDB is model-missing, with no attempt to download it.
  expect(await page.evaluate(() => window.pitchsideAsr.client.load('onnx-community/whisper-base.en'))).toMatchObject({ ok: false, code: 'model-missing' });

  // Nothing left the extension: no request was refused, every request was to the extension itself.
  expect(browser.blocked).toEqual([]);
  expect(browser.requests.filter((u) => !u.startsWith(`chrome-extension://${browser.extensionId}/`))).toEqual([]);
}, 240_000);

it('the built extension loads no code from elsewhere: CSP is self-only, pages use relative scripts, ORT points at the shipped wasm', () => {
  const manifest = JSON.parse(readFileSync(join(BUILT_EXTENSION, 'manifest.json'), 'utf8'));
  expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';");
  for (const html of readdirSync(BUILT_EXTENSION).filter((f) => f.endsWith('.html'))) {
    const text = readFileSync(join(BUILT_EXTENSION, html), 'utf8');
    expect(text, html).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
  }
  const wasm = readdirSync(join(BUILT_EXTENSION, 'assets')).filter((f) => f.endsWith('.wasm'));
  expect(wasm.some((f) => f.startsWith('ort-wasm-simd-threaded.asyncify'))).toBe(true);
});
