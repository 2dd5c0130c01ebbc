/**
 * Exponential backoff with jitter for the sync client: attempt n (0-based) waits a random
 * time in [d/2, d] where d = min(maxMs, baseMs * 2^n) ("equal jitter": spreads clients out
 * after a server outage and still grows the wait).
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseMs: 1_000, maxMs: 15_000 };

export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.round(cap / 2 + (random() * cap) / 2);
}

export type Outcome<T> = { kind: 'done'; value: T } | { kind: 'retry'; error: string };

/** Runs `once` until it is done or the attempts are spent; the last error is returned then. */
export async function withRetry<T>(
  once: () => Promise<Outcome<T>>,
  policy: RetryPolicy,
  sleep: (ms: number) => Promise<void>,
  random: () => number = Math.random,
): Promise<Outcome<T>> {
  let outcome: Outcome<T> = { kind: 'retry', error: 'not tried' };
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    if (attempt > 0) await sleep(backoffDelay(attempt - 1, policy, random));
    outcome = await once();
    if (outcome.kind === 'done') return outcome;
  }
  return outcome;
}
