/**
 * The transcript JSON the CLI reads (DESIGN.md, Command line), validated with one-line errors
 * that name the field: `segments.3.end: must not be before start`.
 * `{ "id": "call-1", "segments": [ { "speaker": "rep", "start": 0.0, "end": 4.2, "text": "..." } ] }`
 */
import { z } from 'zod';
import type { Call, Segment } from './types.ts';

export class TranscriptError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'TranscriptError';
  }
}

const seconds = z.number({ error: 'must be a number of seconds' }).finite().min(0, 'must not be negative');

const segmentSchema = z
  .object({
    id: z.string().min(1).max(128).optional(),
    speaker: z.enum(['rep', 'customer'], { error: 'must be "rep" or "customer"' }),
    start: seconds,
    end: seconds,
    text: z.string({ error: 'must be a string' }).max(10_000),
    speakerName: z.string().max(200).optional(),
    sentiment: z
      .object({ score: z.number().min(-1).max(1), label: z.enum(['positive', 'neutral', 'negative']) })
      .optional(),
  })
  .refine((s) => s.end >= s.start, { message: 'must not be before start', path: ['end'] });

const transcriptSchema = z.object({
  id: z.string().min(1, 'must not be empty').max(128).optional(),
  title: z.string().max(500).optional(),
  startedAt: z.number().int().min(0).optional(),
  segments: z.array(segmentSchema, { error: 'must be a list of segments' }),
});

export interface Transcript {
  call: Call;
  segments: Segment[];
}

/**
 * Validates a transcript (JSON text or parsed value). Segments without an id get
 * `<callId>-<speaker>-<start ms>`, stable however the file orders them.
 */
export function parseTranscript(input: unknown, fallbackId = 'call'): Transcript {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (err) {
      throw new TranscriptError('transcript', `not valid JSON (${(err as Error).message})`);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TranscriptError('transcript', 'must be a JSON object with "segments"');
  }
  const parsed = transcriptSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TranscriptError(issue?.path.join('.') || 'transcript', issue?.message ?? 'invalid');
  }
  const t = parsed.data;
  const callId = t.id ?? fallbackId;
  const used = new Set<string>();
  const segments = t.segments.map((s): Segment => {
    let id = s.id ?? `${callId}-${s.speaker}-${Math.round(s.start * 1000)}`;
    for (let n = 2; used.has(id); n++) id = `${s.id ?? `${callId}-${s.speaker}-${Math.round(s.start * 1000)}`}-${n}`;
    used.add(id);
    const seg: Segment = { id, callId, speaker: s.speaker, start: s.start, end: s.end, text: s.text.trim() };
    if (s.speakerName) seg.speakerName = s.speakerName;
    if (s.sentiment) seg.sentiment = s.sentiment;
    return seg;
  });
  const duration = segments.reduce((max, s) => Math.max(max, s.end), 0);
  const startedAt = t.startedAt ?? 0;
  const call: Call = {
    id: callId,
    title: t.title ?? callId,
    platform: 'upload',
    status: 'done',
    startedAt,
    endedAt: startedAt + Math.round(duration * 1000),
    duration,
    updatedAt: startedAt + Math.round(duration * 1000),
  };
  return { call, segments };
}
