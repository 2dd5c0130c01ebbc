/**
 * Domain types shared by the extension, the CLI and the sync server.
 * Times are seconds from call start; timestamps (`startedAt`, `updatedAt`) are epoch milliseconds.
 */

export type Speaker = 'rep' | 'customer';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface Sentiment {
  /** In [-1, 1]: -1 very negative, +1 very positive. */
  score: number;
  label: SentimentLabel;
}

export interface Segment {
  id: string;
  callId: string;
  speaker: Speaker;
  start: number;
  end: number;
  text: string;
  sentiment?: Sentiment;
  /** Display name of the speaker when the meeting page shows it. */
  speakerName?: string;
  /** Mean token log-probability from the ASR, when known. */
  avgLogprob?: number;
}

export const MOMENT_KINDS = [
  'objection.price',
  'objection.timing',
  'objection.authority',
  'objection.competitor',
  'objection.need',
  'objection.security',
  'buying_signal',
  'next_steps',
  'next_steps.missing',
  'risk.negative_sentiment',
  'risk.churn',
  'pricing.discussed',
  'talk.monologue',
  'talk.ratio',
  'talk.filler',
  'talk.interruption',
] as const;

export type FixedMomentKind = (typeof MOMENT_KINDS)[number];
/** A fixed kind from DESIGN.md, or `tracker.<name>` for a playbook tracker. */
export type MomentKind = FixedMomentKind | `tracker.${string}`;

export type Severity = 'info' | 'warning' | 'critical';

export interface Moment {
  id: string;
  callId: string;
  kind: MomentKind;
  speaker: Speaker;
  start: number;
  end: number;
  /** The words that triggered the moment (usually the segment's text). */
  text: string;
  severity: Severity;
  /** Suggestion card text from the playbook. */
  suggestion?: string;
  /** For objection.competitor: the competitor named. */
  competitor?: string;
  /** The segment the moment is anchored at, when there is one. */
  segmentId?: string;
}

/** What a rule returns: the analyser fills in id, callId and suggestion. */
export type MomentDraft = Omit<Moment, 'id' | 'callId' | 'suggestion'> & { suggestion?: string };

export type Platform = 'meet' | 'zoom' | 'teams' | 'upload' | 'other';
export type CallStatus = 'recording' | 'done' | 'interrupted';

export interface Call {
  id: string;
  title: string;
  platform: Platform;
  status: CallStatus;
  /** Epoch ms. */
  startedAt: number;
  /** Epoch ms. */
  endedAt?: number;
  /** Seconds of call audio. */
  duration?: number;
  participants?: string[];
  /** ASR model id used, e.g. `onnx-community/whisper-tiny.en`. */
  model?: string;
  notes?: string;
  /** Epoch ms of the last local change (last-writer-wins on sync). */
  updatedAt: number;
}

export interface CallMetrics {
  /** Rep talk time / (rep + customer talk time), 0..1. */
  talkRatio: number;
  repTalkSeconds: number;
  customerTalkSeconds: number;
  /** Seconds. */
  longestMonologue: number;
  /** Speaker switches per minute. */
  interactivity: number;
  /** Rep's mean pause (s) before answering the customer. */
  patience: number;
  /** Rep questions per minute. */
  questionRate: number;
  /** Rep filler words per 100 rep words. */
  fillerRate: number;
  /** Rep words per minute of rep talk time. */
  wordsPerMinute: number;
  customerSentimentMean: number | null;
  customerSentimentMin: number | null;
  /** Seconds from first segment start to last segment end. */
  duration: number;
}

export interface PlaybookLimits {
  /** talk.monologue fires when the rep speaks uninterrupted longer than this (s). */
  monologueSeconds: number;
  /** talk.ratio fires when the rep's share over the window exceeds this (0..1). */
  talkRatio: number;
  /** Window for talk.ratio (s). */
  talkRatioWindowSeconds: number;
  /** talk.filler fires when filler words per 100 words in a rep utterance exceed this. */
  fillerPer100Words: number;
  /** risk.negative_sentiment fires at or below this customer sentiment score (-1..1). */
  negativeSentiment: number;
}

export interface Playbook {
  competitors: string[];
  /** Custom trackers: name -> phrases; a match fires `tracker.<name>`. */
  trackers: Record<string, string[]>;
  limits: PlaybookLimits;
  /**
   * Suggestion cards keyed by moment kind (`objection.price`) or by competitor
   * (`competitor:<name>`, case-insensitive).
   */
  cards: Record<string, string>;
  /**
   * Whether the learned layer (core/text/segment-classifier.ts) may add moments where no phrase
   * rule fired, and veto a phrase rule's moment it rules out; default true. A team that wants
   * only the phrase rules sets it to false.
   */
  learnedLayer?: boolean;
}
