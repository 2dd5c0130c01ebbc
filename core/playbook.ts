/**
 * The coaching playbook: competitors, custom trackers, limits and suggestion cards.
 * `parsePlaybook` merges a partial playbook (a team's JSON) over `defaultPlaybook`,
 * validating every field and naming it in the error (`limits.talkRatio: must be between 0 and 1`).
 */
import { z } from 'zod';
import { MOMENT_KINDS, type Playbook } from './types.ts';
import { defaultCards } from './playbook-cards.ts';

export const defaultPlaybook: Playbook = {
  competitors: [],
  trackers: {},
  limits: {
    monologueSeconds: 60,
    talkRatio: 0.65,
    talkRatioWindowSeconds: 300,
    fillerPer100Words: 8,
    negativeSentiment: -0.5,
  },
  cards: { ...defaultCards },
  learnedLayer: true,
};

export class PlaybookError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'PlaybookError';
  }
}

const TRACKER_NAME = /^[\w.-]{1,64}$/;
const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const between = (min: number, max: number) =>
  z.number({ error: 'must be a number' }).min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`);

const limitsSchema = z.strictObject({
  monologueSeconds: between(5, 3600),
  talkRatio: between(0, 1),
  talkRatioWindowSeconds: between(30, 7200),
  fillerPer100Words: between(0, 100),
  negativeSentiment: between(-1, 1),
}).partial();

const cardKey = z.string().refine(
  (k) => (MOMENT_KINDS as readonly string[]).includes(k) || /^tracker\.[\w.-]{1,64}$/.test(k) || /^competitor:.+/.test(k),
  { message: 'unknown card key (use a moment kind, tracker.<name> or competitor:<name>)' },
);

const playbookSchema = z.strictObject({
  competitors: z.array(name, { error: 'must be a list of names' }).max(500),
  trackers: z.record(
    z.string().regex(TRACKER_NAME, 'tracker names use letters, digits, _ . - (at most 64)'),
    z.array(name, { error: 'must be a list of phrases' }).min(1, 'needs at least one phrase'),
    { error: 'must be an object of name -> phrases' },
  ),
  limits: limitsSchema,
  cards: z.record(cardKey, z.string().trim().min(1, 'must not be empty').max(5_000, 'must be at most 5000 characters'), {
    error: 'must be an object of key -> text',
  }),
  learnedLayer: z.boolean({ error: 'must be true or false' }),
}).partial();

function fail(error: z.ZodError): never {
  const issue = error.issues[0];
  const path = issue?.path.map(String) ?? [];
  if (issue?.code === 'unrecognized_keys') {
    const where = [...path, issue.keys[0]].join('.');
    throw new PlaybookError(where, 'unknown field');
  }
  if (issue?.code === 'invalid_key') throw new PlaybookError(path.join('.') || 'playbook', issue.issues[0]?.message ?? 'invalid key');
  throw new PlaybookError(path.join('.') || 'playbook', issue?.message ?? 'invalid');
}

/** Parses a playbook (JSON text or an already parsed value) and merges it over the defaults. */
export function parsePlaybook(input: unknown, base: Playbook = defaultPlaybook): Playbook {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (err) {
      throw new PlaybookError('playbook', `not valid JSON (${(err as Error).message})`);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PlaybookError('playbook', 'must be a JSON object');
  }
  const parsed = playbookSchema.safeParse(value);
  if (!parsed.success) fail(parsed.error);
  const p = parsed.data;
  const limits = Object.fromEntries(Object.entries(p.limits ?? {}).filter(([, v]) => v !== undefined));
  return {
    competitors: p.competitors ? [...new Set(p.competitors)] : [...base.competitors],
    trackers: { ...base.trackers, ...(p.trackers ?? {}) },
    limits: { ...base.limits, ...limits },
    cards: { ...base.cards, ...(p.cards ?? {}) },
    learnedLayer: p.learnedLayer ?? base.learnedLayer ?? true,
  };
}

const cardIndex = new WeakMap<Playbook, Map<string, string>>();

/** The suggestion for a moment: the competitor's card first (case-insensitive), then the kind's. */
export function cardFor(playbook: Playbook, kind: string, competitor?: string): string | undefined {
  let index = cardIndex.get(playbook);
  if (!index) {
    index = new Map(Object.entries(playbook.cards).map(([k, v]) => [k.toLowerCase(), v]));
    cardIndex.set(playbook, index);
  }
  return (competitor ? index.get(`competitor:${competitor.trim().toLowerCase()}`) : undefined) ?? index.get(kind.toLowerCase());
}
