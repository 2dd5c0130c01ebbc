/**
 * `npm run analyze -- INPUT [--playbook FILE] [--format json|md|srt|vtt] [--model DIR] [--sentiment-model DIR]`
 * Runs the coaching engine on a transcript JSON (or, through cli/analyze-audio.ts, a WAV file)
 * and prints the report on stdout. Errors go to stderr as one line, with a non-zero exit.
 * Sentiment: a text-classification model folder when one is named (cli/analyze-sentiment.ts),
 * else the lexicon.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeCall } from '../core/analyze.ts';
import { defaultPlaybook, parsePlaybook } from '../core/playbook.ts';
import { parseTranscript, type Transcript } from '../core/transcript-input.ts';
import { FORMATS, formatReport, isFormat } from '../core/formats/format-report.ts';
import { transcribeAudioFile } from './analyze-audio.ts';
import { scoreWithModel } from './analyze-sentiment.ts';
import { SENTIMENT_MODEL_ENV } from '../workers/sentiment-node.ts';

const USAGE = `usage: npm run analyze -- INPUT [--playbook FILE] [--format ${FORMATS.join('|')}] [--model DIR] [--sentiment-model DIR]
  INPUT     a transcript JSON ({ "id": "call-1", "segments": [{ "speaker": "rep", "start": 0, "end": 4.2, "text": "..." }] })
            or a WAV file (two channels: left = rep, right = customer; mono = customer; any common rate)
  --playbook FILE   team playbook JSON merged over the defaults
  --format  output format (default json)
  --model DIR       Whisper model folder for WAV input (default: $PITCHSIDE_MODEL_DIR)
  --sentiment-model DIR   text-classification model folder that scores sentiment instead of the
            lexicon, e.g. Xenova/distilbert-base-uncased-finetuned-sst-2-english (default: $${SENTIMENT_MODEL_ENV})`;

class UsageError extends Error {}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
}

const isWav = (path: string, bytes: Uint8Array) =>
  extname(path).toLowerCase() === '.wav' || new TextDecoder().decode(bytes.subarray(0, 4)) === 'RIFF';

async function loadTranscript(path: string, model: string | undefined, sentimentModel: string | undefined): Promise<Transcript> {
  const bytes = await readInput(path);
  if (isWav(path, bytes)) return transcribeAudioFile(path, bytes, { model, sentimentModel });
  const id = basename(path, extname(path));
  let transcript: Transcript;
  try {
    transcript = parseTranscript(new TextDecoder().decode(bytes), id);
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
  return sentimentModel ? { ...transcript, segments: await scoreWithModel(transcript.segments, sentimentModel) } : transcript;
}

async function loadPlaybook(path: string | undefined) {
  if (!path) return defaultPlaybook;
  const text = new TextDecoder().decode(await readInput(path));
  try {
    return parsePlaybook(text);
  } catch (err) {
    throw new Error(`playbook ${path}: ${(err as Error).message}`);
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { playbook: { type: 'string' }, model: { type: 'string' }, 'sentiment-model': { type: 'string' }, format: { type: 'string', default: 'json' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give exactly one INPUT' : 'missing INPUT');
  const format = values.format ?? 'json';
  if (!isFormat(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);

  const sentimentModel = values['sentiment-model'] ?? (process.env[SENTIMENT_MODEL_ENV] || undefined);
  const [transcript, playbook] = await Promise.all([loadTranscript(positionals[0], values.model, sentimentModel), loadPlaybook(values.playbook)]);
  const result = analyzeCall({ call: transcript.call, segments: transcript.segments, playbook });
  const report = { call: transcript.call, segments: result.segments, moments: result.moments, metrics: result.metrics };
  process.stdout.write(formatReport(report, format));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    const usage = err instanceof UsageError;
    process.stderr.write(`analyze: ${err.message}\n${usage ? `${USAGE}\n` : ''}`);
    process.exitCode = usage ? 2 : 1;
  },
);
