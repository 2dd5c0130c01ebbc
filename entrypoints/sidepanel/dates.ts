import { painted } from './store.ts';

/**
 * The date and time of `ms` in the rep's locale, or undefined until the panel's first frame is
 * painted: a locale date (Intl) costs tens of milliseconds on its first use in a page, which that
 * frame does without; the date appears in the next one.
 */
export function localeDateTime(ms: number): string | undefined {
  return painted.value ? new Date(ms).toLocaleString() : undefined;
}
