import { expect, it } from 'vitest';
import { AudioFormatError, decodeWav } from '../../../core/audio/decode-wav.ts';
import { WaveFile } from '../../../core/audio/wavefile.ts';

const tone = (rate: number, seconds: number, hz: number) =>
  Float64Array.from({ length: Math.round(rate * seconds) }, (_, i) => 0.5 * Math.sin((2 * Math.PI * hz * i) / rate));
const rms = (x: Float32Array) => Math.sqrt(x.reduce((s, v) => s + v * v, 0) / x.length);

function wav(channels: Float64Array[], rate: number, depth: string): Uint8Array {
  const w = new WaveFile();
  const scale = depth === '32f' || depth === '64' ? 1 : depth === '8' ? 127 : 2 ** (Number(depth) - 1) - 1;
  const offset = depth === '8' ? 128 : 0;
  const data = channels.map((c) => Array.from(c, (x) => (scale === 1 ? x : Math.round(x * scale) + offset)));
  w.fromScratch(channels.length, rate, depth, channels.length === 1 ? data[0] : data);
  return w.toBuffer();
}

it.each([
  ['16', 16_000],
  ['8', 8000],
  ['24', 44_100],
  ['32', 48_000],
  ['32f', 22_050],
  ['64', 32_000],
])('%s-bit mono at %i Hz becomes 16 kHz float samples', async (depth, rate) => {
  const d = await decodeWav(wav([tone(rate, 1, 440)], rate, depth));
  expect(d.sourceRate).toBe(rate);
  expect(d.channels).toHaveLength(1);
  expect(Math.abs(d.channels[0].length - 16_000)).toBeLessThanOrEqual(2);
  expect(rms(d.channels[0].subarray(500, 15_000))).toBeCloseTo(0.5 / Math.SQRT2, 2);
});

it('stereo keeps left and right apart and filters what 16 kHz cannot hold', async () => {
  const d = await decodeWav(wav([tone(44_100, 1, 1000), tone(44_100, 1, 12_000)], 44_100, '16'));
  expect(d.channels).toHaveLength(2);
  expect(d.duration).toBeCloseTo(1, 2);
  expect(rms(d.channels[0].subarray(500, 15_000))).toBeCloseTo(0.354, 2);
  expect(rms(d.channels[1].subarray(500, 15_000))).toBeLessThan(0.01);
});

it('mu-law is decoded', async () => {
  const w = new WaveFile(wav([tone(8000, 1, 300)], 8000, '16'));
  w.toMuLaw();
  const d = await decodeWav(w.toBuffer());
  expect(rms(d.channels[0].subarray(500, 15_000))).toBeCloseTo(0.354, 1);
});

it('rejects corrupt files, more than two channels and empty audio with one-line errors', async () => {
  await expect(decodeWav(new TextEncoder().encode('RIFF....WAVEjunk'))).rejects.toThrow(AudioFormatError);
  await expect(decodeWav(new Uint8Array(10))).rejects.toThrow(/not a readable WAV/);
  const three = wav([tone(16_000, 0.1, 440), tone(16_000, 0.1, 440), tone(16_000, 0.1, 440)], 16_000, '16');
  await expect(decodeWav(three)).rejects.toThrow(/3 channels/);
  await expect(decodeWav(wav([new Float64Array(0)], 16_000, '16'))).rejects.toThrow(/no audio/);
  for (const bad of [new Uint8Array(10), three]) {
    const msg = await decodeWav(bad).then(() => '', (e: Error) => e.message);
    expect(msg).not.toContain('\n');
  }
});
