/**
 * Cuts a stream of audio chunks of any length into fixed-size frames stamped with call time.
 * A chunk whose offset does not continue the stream (a pause, a dropped buffer) starts a new run:
 * the partial frame is discarded and `gap` tells the caller to end the open utterance.
 */
export interface TimedFrame {
  frame: Float32Array;
  /** Call time (s) of the frame's first sample. */
  time: number;
}

export class FrameSplitter {
  private pending = new Float32Array(0);
  private pendingTime = 0;
  private next: number | null = null;

  constructor(
    private readonly frameSamples: number,
    private readonly sampleRate: number,
    /** Largest clock mismatch (s) still treated as the same run. */
    private readonly tolerance = 0.05,
  ) {}

  push(chunk: Float32Array, offset: number): { frames: TimedFrame[]; gap: boolean } {
    const gap = this.next !== null && Math.abs(offset - this.next) > this.tolerance;
    if (this.next === null || gap) {
      this.pending = new Float32Array(0);
      this.pendingTime = offset;
    }
    const all = new Float32Array(this.pending.length + chunk.length);
    all.set(this.pending);
    all.set(chunk, this.pending.length);
    const frames: TimedFrame[] = [];
    let at = 0;
    for (; at + this.frameSamples <= all.length; at += this.frameSamples) {
      frames.push({ frame: all.slice(at, at + this.frameSamples), time: this.pendingTime + at / this.sampleRate });
    }
    this.pending = all.slice(at);
    this.pendingTime += at / this.sampleRate;
    this.next = offset + chunk.length / this.sampleRate;
    return { frames, gap };
  }
}
