/**
 * End-of-utterance-to-text latency, the same way in Node and in the browser harness: one utterance
 * of speech goes through a fresh session as fast as the VAD takes it; from the moment its last
 * sample is in, silence follows in REAL TIME, in the capture worklet's 100 ms chunks, as in a
 * call. Timed from then to the segment's arrival: the VAD's end-of-speech hangover
 * (minSilenceSeconds, plus the lag of Silero's score), the chunking and the transcription, all
 * included.
 */
export interface LatencyTarget {
  open(onSegment: () => void): Promise<{
    push(pcm: Float32Array, offset: number): Promise<unknown>;
    close(): Promise<unknown>;
  }>;
  /** Utterances queued or in transcription. */
  pending(): Promise<number>;
}

const RATE = 16_000;
/** The capture worklet's chunk (entrypoints/offscreen/capture-worklet.ts). */
const CHUNK = RATE / 10;
const MAX_SILENCE_CHUNKS = 50;

export async function utteranceLatency(target: LatencyTarget, speech: Float32Array): Promise<number> {
  let arrived = 0;
  let resolveArrived: () => void = () => {};
  const got = new Promise<void>((done) => (resolveArrived = done));
  const session = await target.open(() => {
    arrived = performance.now();
    resolveArrived();
  });
  for (let at = 0; at < speech.length; at += CHUNK) await session.push(speech.slice(at, at + CHUNK), at / RATE);
  const t = speech.length / RATE;
  const t0 = performance.now();
  let pushes: Promise<unknown> = Promise.resolve();
  for (let k = 0; k < MAX_SILENCE_CHUNKS && !arrived; k++) {
    const wait = t0 + (k + 1) * (CHUNK / RATE) * 1000 - performance.now();
    if (wait > 0) await Promise.race([got, new Promise((r) => setTimeout(r, wait))]);
    if (arrived) break;
    pushes = pushes.then(() => session.push(new Float32Array(CHUNK), t + (k * CHUNK) / RATE));
  }
  // A dropped utterance (guards) delivers nothing: its end is when nothing is pending any more.
  await pushes;
  while (!arrived && (await target.pending()) > 0) await new Promise((r) => setTimeout(r, 2));
  if (!arrived) arrived = performance.now();
  resolveArrived();
  await got;
  await session.close();
  return arrived - t0;
}
