// The comlink client over a real MessageChannel: the API exposed on one port (as asr.worker.ts
// does in the Web Worker), the client on the other; audio transferred, callbacks proxied.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expose } from 'comlink';
import { afterAll, expect, inject, it } from 'vitest';
import type { Segment } from '../../core/types.ts';
import { DEFAULT_SENTENCE } from '../../scripts/models/generate-test-models.ts';
import { createAsrApi } from '../../workers/asr-api.ts';
import { createAsrClientFor } from '../../workers/asr-client.ts';
import type { LoadProgress } from '../../workers/asr-types.ts';
import { nodeAsrDeps } from '../../workers/node-deps.ts';
import { makeStereoCall } from '../harness/speech-call.ts';

const { port1, port2 } = new MessageChannel();
const api = createAsrApi(nodeAsrDeps());
expose(api, port1);
const client = createAsrClientFor(port2, () => {
  port1.close();
  port2.close();
});

afterAll(async () => {
  await api.dispose();
  client.terminate();
});

it('loads with progress, runs a speech session and transcribes through comlink', async () => {
  const progress: LoadProgress[] = [];
  const loaded = await client.load(inject('models').test, (p) => void progress.push(p));
  expect(loaded).toMatchObject({ ok: true, backend: 'cpu' });
  expect(progress.some((p) => p.status === 'ready')).toBe(true);

  const call = makeStereoCall(mkdtempSync(join(tmpdir(), 'pitchside-client-')), undefined, 17);
  const segments: Segment[] = [];
  const session = await client.createSpeechSession({ callId: 'c', onSegment: (s) => void segments.push(s) });
  for (let at = 0; at < call.left.length; at += 8000) {
    // push transfers the buffer: the chunk is detached afterwards.
    const chunk = call.left.slice(at, at + 8000);
    expect(await session.push('rep', chunk, at / 16_000)).toEqual({ ok: true });
    expect(chunk.length).toBe(0);
    expect(await session.push('customer', call.right.slice(at, at + 8000), at / 16_000)).toEqual({ ok: true });
  }
  expect(await session.close()).toMatchObject({ ok: true, segments: 3 });
  expect(segments.map((s) => s.speaker).sort()).toEqual(['customer', 'rep', 'rep']);

  const [a, b] = await Promise.all([client.transcribe(call.right.slice(7 * 16_000, 11 * 16_000)), client.transcribe(new Float32Array(0))]);
  expect(a).toMatchObject({ ok: true, text: DEFAULT_SENTENCE });
  expect(b).toMatchObject({ ok: false, code: 'bad-audio' });
  expect(await client.load('/no/such/model')).toMatchObject({ ok: false, code: 'model-missing' });
});
