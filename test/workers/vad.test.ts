// Silero VAD v5 (the real ONNX file from @ricky0123/vad-web) on onnxruntime-node.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SILERO_VAD_PATH } from '../../workers/node-deps.ts';
import { nodeOrt } from '../../workers/ort-node.ts';
import { createSileroVad, VAD_FRAME_SAMPLES } from '../../workers/vad.ts';
import { speakLine } from '../harness/speech-call.ts';

it('scores espeak speech high and silence / white noise low, one state per stream', async () => {
  const vad = await createSileroVad(nodeOrt, new Uint8Array(readFileSync(SILERO_VAD_PATH)));
  const speech = speakLine(mkdtempSync(join(tmpdir(), 'pitchside-vad-')), 'x', 'We could start the pilot next Monday.');
  const mean = async (audio: Float32Array) => {
    const s = vad.createStream();
    let sum = 0;
    let n = 0;
    for (let at = 0; at + VAD_FRAME_SAMPLES <= audio.length; at += VAD_FRAME_SAMPLES, n++) sum += await s.probability(audio.slice(at, at + VAD_FRAME_SAMPLES));
    return sum / n;
  };
  let seed = 1;
  const noise = Float32Array.from({ length: 32_000 }, () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 0.02);
  const [sp, si, no] = await Promise.all([mean(speech), mean(new Float32Array(32_000)), mean(noise)]);
  expect(sp).toBeGreaterThan(0.5);
  expect(si).toBeLessThan(0.1);
  expect(no).toBeLessThan(0.2);
  await vad.dispose();
});
