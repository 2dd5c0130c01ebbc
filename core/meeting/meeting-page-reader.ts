/**
 * Reads a meeting web page (Meet, Zoom web, Teams web) from its DOM: is a meeting live, is
 * the rep's microphone muted, the meeting title and the participants' names. Each platform
 * is a table of selectors (several per fact, newest markup first) so a markup change only
 * degrades one fact; every reader answers `undefined` rather than guessing.
 */
import type { Platform } from '../types.ts';

export interface MeetingPageSpec {
  platform: Platform;
  /** Any match means the rep is inside a live meeting (e.g. the leave/hang-up button). */
  live: string[];
  /** Any match means the meeting ended for the rep (e.g. a "you left" screen). */
  ended: string[];
  /** Mic toggle in the muted state. */
  muted: string[];
  /** Mic toggle in the unmuted state. */
  unmuted: string[];
  /** Element whose text is the meeting title. */
  title: string[];
  /** Pulls a title out of `document.title` when no element carries it. */
  documentTitle?: RegExp;
  /** Elements whose text (or `data-name` / `title` attribute) is a participant's name. */
  participants: string[];
  /** Elements that mark the rep's own entry in the participant list (excluded). */
  self?: string[];
  /**
   * Same-origin iframes that may hold the meeting UI (Zoom's web client app renders it in
   * `iframe#webclient`): the facts are read inside the first one found, else in the page.
   */
  frames?: string[];
}

export interface MeetingSnapshot {
  platform: Platform;
  live: boolean;
  ended: boolean;
  muted?: boolean;
  title?: string;
  participants: string[];
}

function first(root: ParentNode, selectors: string[]): Element | null {
  for (const s of selectors) {
    try {
      const el = root.querySelector(s);
      if (el) return el;
    } catch {
      // An invalid selector in one engine must not break the others.
    }
  }
  return null;
}

function all(root: ParentNode, selectors: string[]): Element[] {
  for (const s of selectors) {
    try {
      const found = Array.from(root.querySelectorAll(s));
      if (found.length > 0) return found;
    } catch {
      // see first()
    }
  }
  return [];
}

function nameOf(el: Element): string {
  const raw = el.getAttribute('data-name') ?? el.getAttribute('title') ?? el.textContent ?? '';
  return raw.replace(/\s+/g, ' ').trim();
}

/** The document that holds the meeting UI: a same-origin meeting frame's (spec.frames), else `doc`. */
export function meetingDocument(doc: Document, spec: MeetingPageSpec): Document {
  for (const s of spec.frames ?? []) {
    try {
      const inner = (doc.querySelector(s) as HTMLIFrameElement | null)?.contentDocument;
      if (inner?.documentElement) return inner;
    } catch {
      // A cross-origin frame (or an invalid selector): not readable, try the next.
    }
  }
  return doc;
}

export function readMeetingPage(page: Document, spec: MeetingPageSpec): MeetingSnapshot {
  const doc = meetingDocument(page, spec);
  const ended = first(doc, spec.ended) !== null;
  const live = !ended && first(doc, spec.live) !== null;
  const mutedEl = first(doc, spec.muted);
  const unmutedEl = mutedEl ? null : first(doc, spec.unmuted);
  const muted = mutedEl ? true : unmutedEl ? false : undefined;

  let title = first(doc, spec.title)?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  if (!title && spec.documentTitle) {
    for (const d of new Set([doc, page])) title ||= spec.documentTitle.exec(d.title)?.[1]?.trim() || undefined;
  }

  const selfEls = new Set(spec.self ? all(doc, spec.self) : []);
  const names = all(doc, spec.participants)
    .filter((el) => ![...selfEls].some((s) => s === el || s.contains(el) || el.contains(s)))
    .map(nameOf)
    .filter((n) => n.length > 0 && n.length <= 200);
  return { platform: spec.platform, live, ended, muted, title, participants: [...new Set(names)] };
}

/** True when the meeting itself changed (mute changes are reported on their own). */
export function snapshotChanged(a: MeetingSnapshot | undefined, b: MeetingSnapshot): boolean {
  return (
    !a ||
    a.live !== b.live ||
    a.ended !== b.ended ||
    a.title !== b.title ||
    a.participants.join('\n') !== b.participants.join('\n')
  );
}
