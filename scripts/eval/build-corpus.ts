/**
 * Builds the evaluation corpus (test/fixtures/calls/{tune,train,holdout}/*.json) from the annotated
 * scripts in test/fixtures/calls/src/{tune,train,holdout}/*.txt.
 *
 * Script format, one line each:
 *   # comment (the first one becomes the call's title)
 *   R: rep text || kind, kind        (labels after `||` belong to this segment)
 *   C: customer text || kind
 *   @ next_steps.missing              (a call-level label, segment null)
 * Timings are synthetic: about 2.6 words a second, 0.6 s between turns, so no talk.* kind is
 * meant to be read from them (the corpus labels only text-based kinds).
 *
 * Run: npx tsx scripts/eval/build-corpus.ts
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface CorpusLabel { kind: string; segment: number | null }
export interface CorpusCall {
  id: string;
  title: string;
  segments: { speaker: 'rep' | 'customer'; start: number; end: number; text: string }[];
  labels: CorpusLabel[];
}

const round = (x: number) => Math.round(x * 10) / 10;

export function parseScript(id: string, source: string): CorpusCall {
  const call: CorpusCall = { id, title: '', segments: [], labels: [] };
  let t = 0;
  source.split('\n').forEach((raw, lineNo) => {
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith('#')) {
      if (!call.title) call.title = line.slice(1).trim();
      return;
    }
    if (line.startsWith('@')) {
      for (const kind of line.slice(1).split(',').map((k) => k.trim()).filter(Boolean)) call.labels.push({ kind, segment: null });
      return;
    }
    const m = /^([RC]):\s*(.*?)\s*(?:\|\|\s*(.*))?$/.exec(line);
    if (!m) throw new Error(`${id}:${lineNo + 1}: cannot parse ${JSON.stringify(line)}`);
    const text = m[2];
    const words = text.split(/\s+/).length;
    const dur = Math.max(1, words / 2.6);
    const index = call.segments.length;
    call.segments.push({ speaker: m[1] === 'R' ? 'rep' : 'customer', start: round(t), end: round(t + dur), text });
    t += dur + 0.6;
    for (const kind of (m[3] ?? '').split(',').map((k) => k.trim()).filter(Boolean)) call.labels.push({ kind, segment: index });
  });
  return call;
}

/** The splits; a split whose script folder is missing or empty builds no calls (a fresh held-out split may not be written yet). */
export const SPLITS = ['tune', 'train', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

function main() {
  const root = 'test/fixtures/calls';
  for (const split of SPLITS) {
    const srcDir = join(root, 'src', split);
    const outDir = join(root, split);
    const scripts = existsSync(srcDir) ? readdirSync(srcDir).filter((f) => f.endsWith('.txt')).sort() : [];
    const ids = new Set(scripts.map((f) => basename(f, '.txt')));
    // A JSON whose script was moved or deleted would still be scored: remove it.
    if (existsSync(outDir)) {
      for (const f of readdirSync(outDir)) if (f.endsWith('.json') && !ids.has(basename(f, '.json'))) rmSync(join(outDir, f));
    }
    if (!scripts.length) continue;
    mkdirSync(outDir, { recursive: true });
    for (const file of scripts) {
      const id = basename(file, '.txt');
      const call = parseScript(id, readFileSync(join(srcDir, file), 'utf8'));
      writeFileSync(join(outDir, `${id}.json`), JSON.stringify(call, null, 1) + '\n');
    }
    console.log(`${split}: ${scripts.length} calls`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
