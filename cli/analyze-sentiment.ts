/**
 * The CLI's sentiment model for transcript input (`--sentiment-model DIR` or
 * $PITCHSIDE_SENTIMENT_MODEL_DIR): segments that come without a sentiment are scored by the
 * text-classification model, as the speech worker scores audio segments; a model that does not
 * load leaves the lexicon in charge (the engine's default), with the reason on stderr.
 */
import type { Segment } from '../core/types.ts';
import { nodeSentimentSource } from '../workers/sentiment-node.ts';
import { createSentimentScorer } from '../workers/sentiment-scorer.ts';
import { createWorkQueue } from '../workers/work-queue.ts';

export async function scoreWithModel(segments: Segment[], dir: string): Promise<Segment[]> {
  if (segments.every((s) => s.sentiment)) return segments;
  const scorer = createSentimentScorer({
    source: nodeSentimentSource(dir),
    ortTurn: createWorkQueue(),
    log: (line) => process.stderr.write(`analyze: ${line}\n`),
  });
  try {
    await scorer.warm();
    if (scorer.status().scorer !== 'model') return segments;
    const out: Segment[] = [];
    for (const s of segments) out.push(s.sentiment ? s : { ...s, sentiment: await scorer.score(s.text) });
    return out;
  } finally {
    await scorer.dispose();
  }
}
