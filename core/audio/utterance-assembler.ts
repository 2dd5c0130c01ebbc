/**
 * Streaming utterance assembly from per-frame speech probabilities (Silero VAD), one instance per
 * channel. Hysteresis (speech at >= positiveThreshold, silence below negativeThreshold), a minimum
 * speech duration, a silence duration that ends the utterance, pre-roll audio before the onset,
 * and a hard cut so that an utterance's audio never exceeds `maxSeconds` (Whisper's 30 s window).
 * Silero's probabilities lag the audio (a soft onset such as "wh" scores below 0.5 for ~0.3 s,
 * and the score decays for ~0.3 s after the last word), so the reported start and end are refined
 * with frame energy: the start moves back over loud frames in the pre-roll, the end back over
 * frames that are quiet relative to the channel's noise floor. Where audio is noisy, the refinement
 * finds no quiet frames and leaves the VAD's times as they are.
 * Times are seconds on the caller's clock (call time). Pure: no I/O, no clock.
 */
export interface VadParams {
  sampleRate: number;
  /** Samples per VAD frame (Silero v5 at 16 kHz: 512). */
  frameSamples: number;
  positiveThreshold: number;
  negativeThreshold: number;
  /** Utterances with less speech than this are discarded (clicks, coughs). */
  minSpeechSeconds: number;
  /** Silence that ends an utterance. */
  minSilenceSeconds: number;
  /** Audio kept before the detected onset (fed to ASR, not counted in `start`). */
  preRollSeconds: number;
  /** Audio kept after the last speech frame. */
  postRollSeconds: number;
  /** Upper bound of an utterance's audio, pre-roll included. */
  maxSeconds: number;
  /** Frame RMS below which a frame counts as quiet, at least (the noise floor x 3 otherwise). */
  quietRms: number;
}

export const DEFAULT_VAD_PARAMS: VadParams = {
  sampleRate: 16_000,
  frameSamples: 512,
  positiveThreshold: 0.5,
  negativeThreshold: 0.35,
  minSpeechSeconds: 0.25,
  minSilenceSeconds: 0.6,
  preRollSeconds: 0.5,
  postRollSeconds: 0.15,
  maxSeconds: 30,
  quietRms: 0.002,
};

const rmsOf = (frame: Float32Array) => {
  let sum = 0;
  for (const x of frame) sum += x * x;
  return Math.sqrt(sum / (frame.length || 1));
};

export interface Utterance {
  /** Call time of the first speech frame / end of the last speech frame (s). */
  start: number;
  end: number;
  /** Audio from `audioStart` (pre-roll included) to `end` + post-roll. */
  audio: Float32Array;
  audioStart: number;
}

export class UtteranceAssembler {
  private readonly p: VadParams;
  private readonly frameSeconds: number;
  private preRoll: Float32Array[] = [];
  private frames: Float32Array[] = [];
  /** Frame RMS, parallel to `preRoll` / `frames`. */
  private preRollRms: number[] = [];
  private framesRms: number[] = [];
  /** Quiet threshold for the open utterance (from the noise floor before its onset). */
  private quiet = 0;
  /** Index in `frames` of the refined first speech frame. */
  private startIndex = 0;
  private speaking = false;
  private audioStart = 0;
  private start = 0;
  private lastSpeechEnd = 0;
  private speechFrames = 0;
  private silentFrames = 0;
  /** Frames in `frames` up to and including the last speech frame. */
  private framesToSpeechEnd = 0;

  constructor(params: Partial<VadParams> = {}) {
    this.p = { ...DEFAULT_VAD_PARAMS, ...params };
    this.frameSeconds = this.p.frameSamples / this.p.sampleRate;
  }

  /** One frame starting at call time `time` with its speech probability; returns finished utterances. */
  push(frame: Float32Array, probability: number, time: number): Utterance[] {
    const { p } = this;
    const out: Utterance[] = [];
    const rms = rmsOf(frame);
    if (!this.speaking) {
      if (probability >= p.positiveThreshold) {
        this.speaking = true;
        this.frames = this.preRoll;
        this.framesRms = this.preRollRms;
        this.preRoll = [];
        this.preRollRms = [];
        this.audioStart = time - this.frames.length * this.frameSeconds;
        this.quiet = Math.max(p.quietRms, this.framesRms.length ? 3 * Math.min(...this.framesRms) : 0);
        this.startIndex = this.onsetIndex(this.frames.length);
        this.start = this.audioStart + this.startIndex * this.frameSeconds;
        this.speechFrames = 0;
      } else {
        this.preRoll.push(frame);
        this.preRollRms.push(rms);
        if (this.preRoll.length * this.frameSeconds > p.preRollSeconds + 1e-9) {
          this.preRoll.shift();
          this.preRollRms.shift();
        }
        return out;
      }
    }
    this.frames.push(frame);
    this.framesRms.push(rms);
    if (probability >= p.negativeThreshold) {
      this.silentFrames = 0;
      this.speechFrames++;
      this.lastSpeechEnd = time + this.frameSeconds;
      this.framesToSpeechEnd = this.frames.length;
    } else {
      this.silentFrames++;
    }
    if (this.silentFrames * this.frameSeconds >= p.minSilenceSeconds) {
      out.push(...this.finish());
    } else if ((this.frames.length + 1) * this.frameSeconds > p.maxSeconds) {
      out.push(...this.finish(true));
      if (probability >= p.negativeThreshold) this.restartAt(time + this.frameSeconds);
    }
    return out;
  }

  /**
   * The utterance as it will be emitted if the silence now under way lasts `minSilenceSeconds`:
   * once the post-roll is complete its audio is final (only `end` may still move by a frame), so
   * it can be transcribed before the hangover is over. Null while speech goes on, before the
   * post-roll is complete, or when it would be discarded as too short. Changes nothing.
   */
  pending(): Utterance | null {
    const postFrames = Math.round(this.p.postRollSeconds / this.frameSeconds);
    if (!this.speaking || this.silentFrames < postFrames || this.speechFrames * this.frameSeconds < this.p.minSpeechSeconds) return null;
    return this.utterance(false);
  }

  /** Ends an open utterance (call stop, channel gap). */
  flush(): Utterance[] {
    const out = this.speaking ? this.finish() : [];
    this.preRoll = [];
    this.preRollRms = [];
    return out;
  }

  /** First frame of the loud run that ends at `trigger` (short quiet gaps inside words allowed). */
  private onsetIndex(trigger: number): number {
    let start = trigger;
    let quietRun = 0;
    for (let i = trigger - 1; i >= 0; i--) {
      if (this.framesRms[i] > this.quiet) {
        start = i;
        quietRun = 0;
      } else if (++quietRun > 2) break;
    }
    return start;
  }

  /** End (exclusive frame index) of the last loud frame before `speechEnd`, not before the onset. */
  private offsetIndex(speechEnd: number): number {
    const trailing = this.framesRms.slice(speechEnd);
    const noise = trailing.length ? Math.max(this.p.quietRms, Math.min(this.quiet, 3 * Math.min(...trailing))) : this.quiet;
    // Quiet relative to the noise AND to the speech itself (a loud background strips nothing).
    const speech = this.framesRms.slice(this.startIndex, speechEnd).sort((a, b) => a - b);
    const quiet = Math.min(noise, 0.25 * (speech[Math.floor(speech.length / 2)] ?? 0));
    let end = speechEnd;
    while (end > this.startIndex + 1 && this.framesRms[end - 1] <= quiet) end--;
    return end;
  }

  private restartAt(time: number): void {
    this.speaking = true;
    this.frames = [];
    this.framesRms = [];
    this.startIndex = 0;
    this.audioStart = time;
    this.start = time;
    this.speechFrames = 0;
    this.silentFrames = 0;
    this.framesToSpeechEnd = 0;
  }

  /** Frames kept for the open utterance: up to the last speech frame plus post-roll (none when cut). */
  private keptFrames(cut: boolean): number {
    const postFrames = cut ? 0 : Math.round(this.p.postRollSeconds / this.frameSeconds);
    return Math.min(this.frames.length, this.framesToSpeechEnd + postFrames);
  }

  /** The open utterance's bounds and audio (no state change). */
  private utterance(cut: boolean): Utterance {
    const kept = this.frames.slice(0, this.keptFrames(cut));
    const end = cut
      ? this.audioStart + kept.length * this.frameSeconds
      : Math.min(this.lastSpeechEnd, this.audioStart + this.offsetIndex(this.framesToSpeechEnd) * this.frameSeconds);
    const audio = new Float32Array(kept.reduce((n, f) => n + f.length, 0));
    let at = 0;
    for (const f of kept) {
      audio.set(f, at);
      at += f.length;
    }
    return { start: this.start, end, audio, audioStart: this.audioStart };
  }

  private finish(cut = false): Utterance[] {
    const { p } = this;
    const keep = this.keptFrames(cut);
    const utterance = this.speechFrames * this.frameSeconds < p.minSpeechSeconds ? null : this.utterance(cut);
    const tail = this.frames.slice(keep);
    const tailRms = this.framesRms.slice(keep);
    const roll = Math.round(p.preRollSeconds / this.frameSeconds);
    this.speaking = false;
    this.frames = [];
    this.framesRms = [];
    this.silentFrames = 0;
    this.framesToSpeechEnd = 0;
    this.preRoll = tail.slice(-roll);
    this.preRollRms = tailRms.slice(-roll);
    return utterance ? [utterance] : [];
  }
}
