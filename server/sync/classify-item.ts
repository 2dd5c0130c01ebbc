import type { SyncItemResult } from '../../core/sync-schema.ts';

export interface StoredVersion {
  userId: string;
  updatedAt: number;
}

/**
 * Last-writer-wins on the client's `updatedAt`, per item: new or newer -> applied, same -> unchanged
 * (a replay), older -> stale; an id owned by another user -> rejected.
 */
export function classifyItem(stored: StoredVersion | undefined, updatedAt: number, userId: string): SyncItemResult['status'] {
  if (!stored) return 'applied';
  if (stored.userId !== userId) return 'rejected';
  if (updatedAt > stored.updatedAt) return 'applied';
  return updatedAt === stored.updatedAt ? 'unchanged' : 'stale';
}
