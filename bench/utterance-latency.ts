/**
 * End-of-utterance-to-text latency, the same way in Node and in the browser harness: one utterance
 * of speech, then silence pushed one VAD frame at a time until the session has queued the utterance
 * (the VAD's end-of-speech hangover has passed); timed from that push to the segment's arrival.
 * The hangover itself (minSilenceSeconds, 0.6 s) comes on top: it is the VAD's, not compute.
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

export async function utteranceLatency(target: LatencyTarget, speech: Float32Array): Promise<number> {
  let arrived = 0;
  let resolveArrived: () => void = () => {};
  const got = new Promise<void>((done) => (resolveArrived = done));
  const session = await target.open(() => {
    arrived = performance.now();
    resolveArrived();
  });
  const chunk = RATE / 4;
  for (let at = 0; at < speech.length; at += chunk) await session.push(speech.slice(at, at + chunk), at / RATE);
  let sent = 0;
  const t = speech.length / RATE;
  for (let k = 0; k < 100 && !arrived; k++) {
    sent = performance.now();
    await session.push(new Float32Array(512), t + (k * 512) / RATE);
    if (arrived || (await target.pending()) > 0) break;
  }
  // A dropped utterance (guards) delivers nothing: its end is when nothing is pending any more.
  while (!arrived && (await target.pending()) > 0) await new Promise((r) => setTimeout(r, 2));
  if (!arrived) arrived = performance.now();
  resolveArrived();
  await got;
  await session.close();
  return arrived - sent;
}
