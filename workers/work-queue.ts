/**
 * A promise chain: tasks run one at a time in the order they were queued, none is dropped,
 * and a failing task does not stop the ones behind it.
 */
export interface WorkQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks queued or running. */
  readonly pending: number;
  /** Resolves when everything queued so far has finished. */
  idle(): Promise<void>;
}

export function createWorkQueue(): WorkQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      pending++;
      const result = tail.then(task).finally(() => pending--);
      tail = result.catch(() => undefined);
      return result;
    },
    get pending() {
      return pending;
    },
    idle() {
      return tail.then(() => undefined);
    },
  };
}
