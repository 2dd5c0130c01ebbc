import { useEffect, useState } from 'preact/hooks';

export interface Resource<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/** Loads `fetcher()` whenever `deps` change; a newer load aborts the older one, so no stale result lands. */
export function useResource<T>(fetcher: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Resource<T> & { reload: () => void } {
  const [state, setState] = useState<Resource<T>>({ data: undefined, error: undefined, loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    fetcher(ctrl.signal).then(
      (data) => !ctrl.signal.aborted && setState({ data, error: undefined, loading: false }),
      (error: Error) => !ctrl.signal.aborted && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => ctrl.abort();
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}
