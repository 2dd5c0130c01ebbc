/**
 * AudioWorklet processor: input 0 = microphone (rep), input 1 = tab (customer). Downmixes
 * each to mono at the context rate (16 kHz) and posts aligned chunks of CHUNK frames:
 * `{ rep: Float32Array, customer: Float32Array }`, buffers transferred.
 */
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, ctor: unknown): void;

const CHUNK = 1600; // 100 ms at 16 kHz

function mixInto(target: Float32Array, offset: number, input: Float32Array[] | undefined, frames: number): void {
  if (!input || input.length === 0) return;
  const scale = 1 / input.length;
  for (const channel of input) {
    for (let i = 0; i < frames; i++) target[offset + i] += channel[i] * scale;
  }
}

class CaptureProcessor extends AudioWorkletProcessor {
  private rep = new Float32Array(CHUNK);
  private customer = new Float32Array(CHUNK);
  private filled = 0;

  process(inputs: Float32Array[][]): boolean {
    const frames = inputs[0]?.[0]?.length ?? inputs[1]?.[0]?.length ?? 128;
    let done = 0;
    while (done < frames) {
      const n = Math.min(frames - done, CHUNK - this.filled);
      mixInto(this.rep, this.filled, inputs[0]?.map((c) => c.subarray(done, done + n)), n);
      mixInto(this.customer, this.filled, inputs[1]?.map((c) => c.subarray(done, done + n)), n);
      this.filled += n;
      done += n;
      if (this.filled === CHUNK) {
        this.port.postMessage({ rep: this.rep, customer: this.customer }, [this.rep.buffer, this.customer.buffer]);
        this.rep = new Float32Array(CHUNK);
        this.customer = new Float32Array(CHUNK);
        this.filled = 0;
      }
    }
    return true;
  }
}

registerProcessor('pitchside-capture', CaptureProcessor);
