// Sentiment in the built extension's real speech worker (Debian Chromium): with the generated
// text-classification model imported into IndexedDB next to the Whisper test model, and the
// network blocked, the worker loads it after Whisper (WASM, q8) and scores every segment with it;
// once it is deleted, the lexicon scores again. (PITCHSIDE_EXTENSION_DIR: another build folder.)
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { scoreSentiment as lexiconSentiment } from '../../core/sentiment/lexicon.ts';
import { DEFAULT_SENTENCE } from '../../scripts/models/generate-test-models.ts';
import { openAsrPage, type AsrPage } from '../harness/asr-page.ts';
import { makeStereoCall } from '../harness/speech-call.ts';

const models = inject('models');
let browser: AsrPage;
let call: ReturnType<typeof makeStereoCall>;

const modelFiles = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !e.name.startsWith('.'))
  .map((e) => relative(dir, join(e.parentPath, e.name)));

async function importFolder(modelId: string, dir: string) {
  const paths = modelFiles(dir);
  await browser.page.setInputFiles('#model-files', paths.map((p) => join(dir, p)));
  return browser.page.evaluate(([id, p]) => window.pitchsideAsr.importFiles(id, p), [modelId, paths] as const);
}

const sentimentStatus = () => browser.page.evaluate(async () => (await window.pitchsideAsr.client.api.status()).sentiment);

beforeAll(async () => {
  call = makeStereoCall(mkdtempSync(join(tmpdir(), 'pitchside-e2e-sentiment-')), undefined, 18);
  browser = await openAsrPage(process.env.PITCHSIDE_EXTENSION_DIR || undefined);
});
afterAll(() => browser?.close());

it('an installed sentiment model scores the segments offline; deleted, the lexicon does', async () => {
  const { page } = browser;
  expect(await importFolder('local/whisper-test', models.test)).toMatchObject({ ok: true });
  expect(await importFolder('local/sentiment-test', models.sentiment)).toMatchObject({ ok: true });
  const listed = await page.evaluate(() => window.pitchsideAsr.client.listModels());
  expect(listed).toContainEqual(expect.objectContaining({ id: 'local/sentiment-test', kind: 'sentiment', installed: true }));
  expect(listed).toContainEqual(expect.objectContaining({ id: 'local/whisper-test', kind: 'speech', installed: true }));

  await browser.blockNetwork();
  await page.setInputFiles('#call-wav', call.path);
  expect(await page.evaluate(() => window.pitchsideAsr.client.load('local/whisper-test'))).toMatchObject({ ok: true, backend: 'wasm' });

  // Loaded after Whisper, in the background; the first segment would wait for it.
  await expect.poll(sentimentStatus, { timeout: 30_000 }).toEqual({ scorer: 'model', modelId: 'local/sentiment-test', loading: false });
  const withModel = await page.evaluate(() => window.pitchsideAsr.runCall('sentiment-call'));
  expect(withModel.segments).toHaveLength(call.lines.length);
  const lexicon = lexiconSentiment(DEFAULT_SENTENCE);
  expect(lexicon.score).not.toBeCloseTo(-0.857, 2);
  for (const s of withModel.segments) expect(s).toMatchObject({ text: DEFAULT_SENTENCE, sentiment: { score: expect.closeTo(-0.857, 2), label: 'negative' } });

  // Loading it by hand says how: WASM, the q8 file.
  expect(await page.evaluate(() => window.pitchsideAsr.client.loadSentiment('local/sentiment-test'))).toMatchObject({ ok: true, backend: 'wasm', dtype: 'q8' });

  await page.evaluate(() => window.pitchsideAsr.client.deleteModel('local/sentiment-test'));
  const without = await page.evaluate(() => window.pitchsideAsr.runCall('lexicon-call'));
  expect(without.segments).toHaveLength(call.lines.length);
  for (const s of without.segments) expect(s.sentiment).toEqual(lexicon);
  expect(await sentimentStatus()).toEqual({ scorer: 'lexicon', modelId: null, loading: false });

  expect(browser.blocked).toEqual([]);
  expect(browser.requests.filter((u) => !u.startsWith(`chrome-extension://${browser.extensionId}/`))).toEqual([]);
}, 240_000);
