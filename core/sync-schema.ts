/**
 * The sync contract between the extension's outbox and the server (DESIGN.md, Sync API).
 * Validated on both sides with the same zod schemas.
 */
import { z } from 'zod';
import { MOMENT_KINDS } from './types.ts';

const id = z.string().min(1).max(128);
const seconds = z.number().finite().min(0).max(24 * 3600);
const epochMs = z.number().int().min(0);
const momentKind = z
  .string()
  .refine((k) => (MOMENT_KINDS as readonly string[]).includes(k) || /^tracker\.[\w.-]{1,64}$/.test(k), {
    message: 'unknown moment kind',
  });

export const sentimentSchema = z.object({
  score: z.number().min(-1).max(1),
  label: z.enum(['positive', 'neutral', 'negative']),
});

export const syncCallSchema = z.object({
  id,
  title: z.string().max(500),
  platform: z.enum(['meet', 'zoom', 'teams', 'upload', 'other']),
  status: z.enum(['recording', 'done', 'interrupted']),
  startedAt: epochMs,
  endedAt: epochMs.optional(),
  duration: seconds.optional(),
  participants: z.array(z.string().max(200)).max(100).optional(),
  model: z.string().max(200).optional(),
  notes: z.string().max(20_000).optional(),
  metrics: z.record(z.string(), z.number().nullable()).optional(),
  updatedAt: epochMs,
  deleted: z.boolean().optional(),
});

export const syncSegmentSchema = z.object({
  id,
  callId: id,
  speaker: z.enum(['rep', 'customer']),
  start: seconds,
  end: seconds,
  text: z.string().max(10_000),
  sentiment: sentimentSchema.optional(),
  speakerName: z.string().max(200).optional(),
  updatedAt: epochMs,
  deleted: z.boolean().optional(),
});

export const syncMomentSchema = z.object({
  id,
  callId: id,
  kind: momentKind,
  speaker: z.enum(['rep', 'customer']),
  start: seconds,
  end: seconds,
  text: z.string().max(10_000),
  severity: z.enum(['info', 'warning', 'critical']),
  suggestion: z.string().max(5_000).optional(),
  competitor: z.string().max(200).optional(),
  segmentId: id.optional(),
  updatedAt: epochMs,
  deleted: z.boolean().optional(),
});

export const MAX_BATCH_ITEMS = 5_000;

export const syncPushSchema = z
  .object({
    calls: z.array(syncCallSchema).default([]),
    segments: z.array(syncSegmentSchema).default([]),
    moments: z.array(syncMomentSchema).default([]),
  })
  .refine((b) => b.calls.length + b.segments.length + b.moments.length <= MAX_BATCH_ITEMS, {
    message: `at most ${MAX_BATCH_ITEMS} items per batch`,
  });

export type SyncCall = z.infer<typeof syncCallSchema>;
export type SyncSegment = z.infer<typeof syncSegmentSchema>;
export type SyncMoment = z.infer<typeof syncMomentSchema>;
export type SyncPush = z.infer<typeof syncPushSchema>;

export type SyncItemResult = {
  type: 'call' | 'segment' | 'moment';
  id: string;
  status: 'applied' | 'unchanged' | 'stale' | 'rejected';
  error?: string;
};

export interface SyncPushResponse {
  results: SyncItemResult[];
}

export const commentSchema = z.object({
  id,
  momentId: id,
  callId: id,
  authorName: z.string(),
  body: z.string().min(1).max(5_000),
  createdAt: epochMs,
});
export type SyncComment = z.infer<typeof commentSchema>;

export interface SyncPullResponse {
  cursor: string;
  comments: SyncComment[];
  /** The org's playbook when it changed since the cursor, else null. */
  playbook: unknown | null;
  /** True when more comments wait past `cursor`: pull again right away. */
  hasMore?: boolean;
}

/** First zod issue as `{ field, message }`, for 400 answers and client-side errors. */
export function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  return { field: issue ? issue.path.join('.') || '(body)' : '(body)', message: issue?.message ?? 'invalid' };
}
