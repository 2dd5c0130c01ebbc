// vitest 5 targets Node >= 22 and its reporter calls Map.groupBy (Node 21+) when it prints
// failures; on Node 20 that crash hides the real error. Installed in the main process only.
const MapWithGroupBy = Map as MapConstructor & { groupBy?: unknown };
if (typeof MapWithGroupBy.groupBy !== 'function') {
  MapWithGroupBy.groupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> => {
    const out = new Map<K, T[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
    return out;
  };
}
export {};
