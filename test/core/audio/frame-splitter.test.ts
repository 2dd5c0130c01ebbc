import { expect, it } from 'vitest';
import { FrameSplitter } from '../../../core/audio/frame-splitter.ts';

const ramp = (n: number, from = 0) => Float32Array.from({ length: n }, (_, i) => from + i);

it('cuts chunks of any length into fixed frames stamped with call time', () => {
  const s = new FrameSplitter(4, 8);
  const a = s.push(ramp(6), 10);
  expect(a.gap).toBe(false);
  expect(a.frames.map((f) => [...f.frame])).toEqual([[0, 1, 2, 3]]);
  expect(a.frames[0].time).toBe(10);
  const b = s.push(ramp(7, 6), 10.75);
  expect(b.gap).toBe(false);
  expect(b.frames.map((f) => [...f.frame])).toEqual([[4, 5, 6, 7], [8, 9, 10, 11]]);
  expect(b.frames.map((f) => f.time)).toEqual([10.5, 11]);
});

it('a chunk that does not continue the stream is a gap: the partial frame is dropped', () => {
  const s = new FrameSplitter(4, 8);
  s.push(ramp(6), 0);
  const r = s.push(ramp(4, 100), 5);
  expect(r.gap).toBe(true);
  expect(r.frames).toEqual([{ frame: Float32Array.from([100, 101, 102, 103]), time: 5 }]);
  // Small clock jitter is not a gap.
  expect(s.push(ramp(4), 5.52).gap).toBe(false);
});
