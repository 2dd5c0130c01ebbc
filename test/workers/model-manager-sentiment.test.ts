// The model manager over fake-indexeddb with real model folders: the generated sentiment model
// imports as a 'sentiment' model next to Whisper ones, the sentiment catalog is listed, delete
// works, and a folder that is neither layout is refused. The browser worker's source then picks
// the installed sentiment model (catalog first).
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, inject, it } from 'vitest';
import { openModelFilesDb } from '../../store/model-files.ts';
import { SENTIMENT_CATALOG } from '../../workers/model-catalog.ts';
import { createModelStore, modelKindOf } from '../../workers/model-manager.ts';
import { browserSentimentSource } from '../../workers/sentiment-browser.ts';

const models = inject('models');

const folder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(dir, full), data: new Blob([readFileSync(full)]) };
    });

it('imports, lists (with kind), picks and deletes sentiment models beside Whisper ones', async () => {
  const store = createModelStore(openModelFilesDb(`models-${Date.now()}`));
  const source = browserSentimentSource(store, async () => undefined);
  expect(await source.find()).toBeNull();

  const listed0 = await store.list();
  for (const m of SENTIMENT_CATALOG) expect(listed0).toContainEqual(expect.objectContaining({ id: m.id, kind: 'sentiment', catalog: true, installed: false }));
  expect(listed0.find((m) => m.id === 'onnx-community/whisper-tiny.en')).toMatchObject({ kind: 'speech' });

  expect(await store.importFiles('local/sentiment-test', folder(models.sentiment))).toMatchObject({ ok: true });
  expect(await store.importFiles('local/whisper-test', folder(models.test))).toMatchObject({ ok: true });
  const listed = await store.list();
  expect(listed).toContainEqual(expect.objectContaining({ id: 'local/sentiment-test', kind: 'sentiment', catalog: false, installed: true, files: 6 }));
  expect(listed).toContainEqual(expect.objectContaining({ id: 'local/whisper-test', kind: 'speech', installed: true }));

  const found = await source.find();
  expect(found).toMatchObject({ modelId: 'local/sentiment-test', backend: 'wasm' });
  expect(found?.files).toContain('onnx/model_quantized.onnx');

  // An installed catalog model comes first.
  const sst2 = SENTIMENT_CATALOG[0].id;
  expect(await store.importFiles(sst2, folder(models.sentiment))).toMatchObject({ ok: true });
  expect(await source.find()).toMatchObject({ modelId: sst2 });
  await store.remove(sst2);
  await store.remove('local/sentiment-test');
  expect(await source.find()).toBeNull();

  // Neither Whisper nor a text classifier.
  const partial = folder(models.sentiment).filter((f) => !f.path.startsWith('onnx/'));
  expect(await store.importFiles('local/half', partial)).toMatchObject({ ok: false, code: 'model-incomplete' });
  expect(modelKindOf(partial.map((f) => f.path))).toBeNull();
});

it('a download of a sentiment model is only offered for catalog models, and never without asking', async () => {
  const store = createModelStore(openModelFilesDb(`models-dl-${Date.now()}`));
  const source = browserSentimentSource(store, async () => undefined);
  expect(await source.resolve(SENTIMENT_CATALOG[0].id, {})).toMatchObject({ ok: false, code: 'model-missing' });
  expect(await source.resolve('someone/else', { allowDownload: true })).toMatchObject({ ok: false, code: 'model-missing' });
  const target = await source.resolve(SENTIMENT_CATALOG[1].id, { allowDownload: true });
  expect(target).toMatchObject({ modelId: SENTIMENT_CATALOG[1].id, backend: 'wasm' });
  expect('files' in target && target.files).toEqual(expect.arrayContaining(['config.json', 'tokenizer.json', 'onnx/model_quantized.onnx']));
});
