/**
 * The playbook in force as the panel last had it, kept in the page's localStorage. A call's first
 * frame needs the playbook (its gauges draw the talk-ratio limit), but the playbook comes through
 * zod (core/playbook.ts: 94 KiB, its schemas built when it loads), which the panel fetches after
 * that frame. So the frame uses this copy, written only from a playbook zod has validated, and the
 * live query (store.ts) replaces it right after the paint and rewrites the copy when it changed
 * (a pull from the team's server while the panel was closed). Without a copy (the first panel ever
 * opened) the first frame waits for zod as before.
 */
import type { Playbook } from '../../core/types.ts';

const KEY = 'pitchside:playbook';

export interface CachedPlaybook {
  playbook: Playbook;
  /** Whether it is the team's (pulled from the server), not the built-in one. */
  team: boolean;
}

const isPlaybook = (p: Partial<Playbook> | undefined): p is Playbook =>
  !!p && typeof p.limits?.talkRatio === 'number' && Array.isArray(p.competitors) && typeof p.cards === 'object' && typeof p.trackers === 'object';

export function readCachedPlaybook(): CachedPlaybook | undefined {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<CachedPlaybook> | null;
    return v && isPlaybook(v.playbook) ? { playbook: v.playbook, team: v.team === true } : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `v` for the next panel; false when the copy already said the same. */
export function writeCachedPlaybook(v: CachedPlaybook): boolean {
  const json = JSON.stringify(v);
  try {
    if (localStorage.getItem(KEY) === json) return false;
    localStorage.setItem(KEY, json);
  } catch {
    // Storage full or unavailable: the next panel waits for zod.
  }
  return true;
}
