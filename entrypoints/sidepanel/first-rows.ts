import { useEffect, useState } from 'preact/hooks';
import { firstRows } from './first-read.ts';

/**
 * The first rows of a long list (a call's moments, its transcript) on a view's first render, all
 * of them once that is painted (Preact runs effects after the paint). Building and laying out
 * hundreds of rows would hold up the panel's first frame, of which they fill one screen at most.
 */
export function useFirstRows<T>(items: readonly T[]): readonly T[] {
  const [all, setAll] = useState(() => items.length <= firstRows());
  useEffect(() => {
    if (!all) setAll(true);
  }, [all]);
  return all ? items : items.slice(0, firstRows());
}
