import type { Playbook, PlaybookLimits } from '../../core/types.ts';

/** The playbook as the editor's form holds it: lists of rows and text, turned back into a Playbook on save. */
export interface PlaybookDraft {
  competitors: string;
  trackers: { name: string; phrases: string }[];
  limits: PlaybookLimits;
  cards: { key: string; text: string }[];
  learnedLayer: boolean;
}

export function toDraft(p: Playbook): PlaybookDraft {
  return {
    competitors: p.competitors.join('\n'),
    trackers: Object.entries(p.trackers).map(([name, phrases]) => ({ name, phrases: phrases.join(', ') })),
    limits: { ...p.limits },
    cards: Object.entries(p.cards).map(([key, text]) => ({ key, text })),
    learnedLayer: p.learnedLayer !== false,
  };
}

const lines = (s: string, sep: RegExp) => s.split(sep).map((x) => x.trim()).filter(Boolean);

/** Empty rows are dropped; the server validates the rest and names the bad field. */
export function fromDraft(d: PlaybookDraft): Playbook {
  return {
    competitors: lines(d.competitors, /\n/),
    trackers: Object.fromEntries(d.trackers.filter((t) => t.name.trim()).map((t) => [t.name.trim(), lines(t.phrases, /[,\n]/)])),
    limits: { ...d.limits },
    cards: Object.fromEntries(d.cards.filter((c) => c.key.trim() && c.text.trim()).map((c) => [c.key.trim(), c.text.trim()])),
    learnedLayer: d.learnedLayer,
  };
}

export const LIMIT_FIELDS: { key: keyof PlaybookLimits; label: string; hint: string; step: number; min: number; max: number }[] = [
  { key: 'monologueSeconds', label: 'Monologue limit (s)', hint: 'Flag a rep speaking uninterrupted longer than this.', step: 5, min: 5, max: 3600 },
  { key: 'talkRatio', label: 'Talk ratio limit (0–1)', hint: "Flag when the rep's share of the last window exceeds this.", step: 0.05, min: 0, max: 1 },
  { key: 'talkRatioWindowSeconds', label: 'Talk ratio window (s)', hint: 'How far back the talk ratio looks.', step: 30, min: 30, max: 7200 },
  { key: 'fillerPer100Words', label: 'Filler words per 100', hint: 'Flag rep utterances with more fillers than this.', step: 1, min: 0, max: 100 },
  { key: 'negativeSentiment', label: 'Negative sentiment (−1–1)', hint: 'Flag customer utterances scoring at or below this.', step: 0.05, min: -1, max: 1 },
];
