// `npm run analyze -- call.wav --model DIR` as a real process: WAV decode + resampling, Silero VAD,
// Whisper (the generated test model), sentiment and the coaching engine.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, inject, it } from 'vitest';
import { DEFAULT_SENTENCE } from '../../scripts/models/generate-test-models.ts';
import { makeStereoCall, writeWav } from '../harness/speech-call.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const model = inject('models').test;
let dir: string;
let call: ReturnType<typeof makeStereoCall>;

async function analyze(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { PITCHSIDE_MODEL_DIR: _, ...base } = process.env;
  return promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), ['cli/analyze.ts', ...args], { cwd: ROOT, env: { ...base, ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pitchside-cli-'));
  call = makeStereoCall(dir, undefined, 17);
});

it('a 44.1 kHz stereo WAV gives segments per channel and the customer price objection', async () => {
  // Upsampled copy: the CLI resamples it back to 16 kHz.
  const up = join(dir, 'call-44k.wav');
  execFileSync('sox', [call.path, '-r', '44100', up]);
  const r = await analyze([up, '--model', model]);
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.call).toMatchObject({ id: 'call-44k', platform: 'upload', model });
  expect(report.segments.map((s: { speaker: string }) => s.speaker)).toEqual(['rep', 'customer', 'rep']);
  report.segments.forEach((s: { start: number; end: number; text: string }, i: number) => {
    expect(Math.abs(s.start - call.lines[i].start)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(s.end - call.lines[i].end)).toBeLessThanOrEqual(0.3);
    expect(s.text).toBe(DEFAULT_SENTENCE);
  });
  expect(report.moments).toContainEqual(expect.objectContaining({ kind: 'objection.price', speaker: 'customer' }));
});

it('a mono 8 kHz WAV is the customer; PITCHSIDE_MODEL_DIR stands in for --model; srt output', async () => {
  const mono = join(dir, 'mono.wav');
  writeWav(mono, [call.right.filter((_, i) => i % 2 === 0)], 8000);
  const r = await analyze([mono, '--format', 'srt'], { PITCHSIDE_MODEL_DIR: model });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^1\r?\n00:00:0\d,\d{3} --> 00:00:1\d,\d{3}\r?\n.*Honestly the price is too high/m);
});

it('without a model, and with a corrupt WAV: one-line errors and a non-zero exit', async () => {
  const bad = join(dir, 'bad.wav');
  writeFileSync(bad, Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt '), Buffer.alloc(7)]));
  const [noModel, corrupt] = await Promise.all([analyze([call.path]), analyze([bad, '--model', model])]);
  expect(noModel.code).not.toBe(0);
  expect(noModel.stderr.trim().split('\n')).toHaveLength(1);
  expect(noModel.stderr).toMatch(/--model DIR or set PITCHSIDE_MODEL_DIR/);

  expect(corrupt.code).toBe(1);
  expect(corrupt.stderr.trim().split('\n')).toHaveLength(1);
  expect(corrupt.stderr).toMatch(/bad\.wav: not a readable WAV/);
});
