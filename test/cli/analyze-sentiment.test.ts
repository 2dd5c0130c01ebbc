// `npm run analyze -- INPUT --sentiment-model DIR` as a real process: the generated
// text-classification model scores the segments of a transcript JSON and of a WAV (through the
// speech worker's API); without it, or with a folder that is not a model, the lexicon does.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, inject, it } from 'vitest';
import { scoreSentiment as lexiconSentiment } from '../../core/sentiment/lexicon.ts';
import { DEFAULT_SENTENCE } from '../../scripts/models/generate-test-models.ts';
import { makeStereoCall } from '../harness/speech-call.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const models = inject('models');
const LINES = ['Thanks, this looks great and we love the demo.', 'Honestly it is way too expensive and the setup was terrible.', 'Let us talk again next week.'];
let dir: string;
let transcript: string;

async function analyze(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { PITCHSIDE_MODEL_DIR: _m, PITCHSIDE_SENTIMENT_MODEL_DIR: _s, ...base } = process.env;
  return promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), ['cli/analyze.ts', ...args], { cwd: ROOT, env: { ...base, ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

const labels = (stdout: string) => JSON.parse(stdout).segments.map((s: { sentiment: { label: string } }) => s.sentiment.label);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pitchside-cli-sentiment-'));
  transcript = join(dir, 'call.json');
  const segments = LINES.map((text, i) => ({ speaker: i % 2 ? 'customer' : 'rep', start: i * 5, end: i * 5 + 4, text }));
  writeFileSync(transcript, JSON.stringify({ id: 'call', segments }));
});

it('a transcript JSON: --sentiment-model scores every segment with the model; without it, the lexicon', async () => {
  const [withModel, viaEnv, lexicon] = await Promise.all([
    analyze([transcript, '--sentiment-model', models.sentiment]),
    analyze([transcript], { PITCHSIDE_SENTIMENT_MODEL_DIR: models.sentiment }),
    analyze([transcript]),
  ]);
  expect(withModel.code).toBe(0);
  expect(labels(withModel.stdout)).toEqual(['positive', 'negative', 'neutral']);
  expect(JSON.parse(viaEnv.stdout).segments).toEqual(JSON.parse(withModel.stdout).segments);
  expect(JSON.parse(lexicon.stdout).segments.map((s: { sentiment: unknown }) => s.sentiment)).toEqual(LINES.map((t) => lexiconSentiment(t)));
});

it('a folder that is not a sentiment model: the lexicon, the reason on stderr, exit 0', async () => {
  const r = await analyze([transcript, '--sentiment-model', models.test]);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/^analyze: sentiment: using the lexicon, .*not a text-classification model folder/m);
  expect(JSON.parse(r.stdout).segments.map((s: { sentiment: unknown }) => s.sentiment)).toEqual(LINES.map((t) => lexiconSentiment(t)));
});

it('a WAV: the speech worker scores its segments with the model', async () => {
  const call = makeStereoCall(dir, undefined, 17);
  const r = await analyze([call.path, '--model', models.test, '--sentiment-model', models.sentiment]);
  expect(r.code).toBe(0);
  const segments = JSON.parse(r.stdout).segments as { text: string; sentiment: { score: number; label: string } }[];
  expect(segments).toHaveLength(3);
  for (const s of segments) {
    expect(s.text).toBe(DEFAULT_SENTENCE);
    expect(s.sentiment).toEqual({ score: expect.closeTo(-0.857, 2), label: 'negative' });
  }
});
