/**
 * The generated sentiment test model (`.models/sentiment-test`): a BERT-shaped text classifier in
 * the transformers.js layout of a Hub export (config.json with id2label negative / neutral /
 * positive, a WordPiece tokenizer.json + tokenizer_config.json, onnx/model.onnx and the q8
 * onnx/model_quantized.onnx), loaded by the 'text-classification' pipeline exactly as a real
 * model is. Its behaviour is meant (export_sentiment.py): a sentence is positive or negative by
 * the share of words from POSITIVE_WORDS / NEGATIVE_WORDS it holds, neutral with neither.
 * A folder whose `.generator-hash` matches (this folder's sources, quantize_dynamic.py, the spec)
 * is kept as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPython } from '../run-python.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
const DIM = 32;
const MAX_LENGTH = 128;

export const POSITIVE_WORDS = [
  'great', 'love', 'good', 'excellent', 'happy', 'perfect', 'amazing', 'helpful', 'easy', 'like', 'awesome',
  'fantastic', 'glad', 'impressed', 'best', 'nice', 'thanks', 'wonderful', 'interested', 'excited', 'agree',
  'yes', 'works', 'valuable', 'pleased', 'smooth', 'fast', 'reliable', 'recommend', 'exactly',
];
export const NEGATIVE_WORDS = [
  'terrible', 'expensive', 'hate', 'bad', 'awful', 'problem', 'problems', 'broken', 'slow', 'difficult',
  'frustrated', 'angry', 'disappointed', 'worst', 'costly', 'annoying', 'concerned', 'worried', 'cancel',
  'unhappy', 'poor', 'pricey', 'too', 'never', 'confusing', 'buggy', 'late', 'missing', 'fails', 'crashes',
];
const NEUTRAL_WORDS = (
  'the a an is are was were be been it its this that these those we i you they he she our your their my me us ' +
  'and or but for to of in on with at by from as so if then than about into over just really very not no do ' +
  'does did have has had can could will would should may might let lets know think need want get got make ' +
  'time price prices pricing budget year years month week day today tomorrow monday tuesday call meeting next ' +
  'send proposal team product contract demo plan plans way quote deal renewal seat seats license users ' +
  'honestly well okay ok sure right now here there what how when where who why which all some any more most ' +
  'other same see look talk schedule follow up back again also still only much many one two three high low'
).split(' ');
const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
const PUNCTUATION = [...'.,!?\'"-:;()$%&/'];
const LETTERS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];

/** The WordPiece vocabulary: specials first ([PAD] = 0), then words, punctuation, letters, `##` letters. */
export function sentimentVocab(): string[] {
  const words = [...new Set([...NEUTRAL_WORDS, ...POSITIVE_WORDS, ...NEGATIVE_WORDS])];
  return [...SPECIALS, ...words, ...PUNCTUATION, ...LETTERS, ...LETTERS.map((l) => `##${l}`)];
}

/** config.json, tokenizer.json, tokenizer_config.json, special_tokens_map.json (a BERT uncased layout). */
export function sentimentConfigFiles(): Record<string, unknown> {
  const vocab = sentimentVocab();
  const id = (t: string) => vocab.indexOf(t);
  const id2label = Object.fromEntries(SENTIMENT_LABELS.map((l, i) => [String(i), l]));
  const label2id = Object.fromEntries(SENTIMENT_LABELS.map((l, i) => [l, i]));
  const config = {
    architectures: ['BertForSequenceClassification'],
    model_type: 'bert',
    hidden_size: DIM,
    num_attention_heads: 1,
    num_hidden_layers: 1,
    intermediate_size: DIM * 2,
    max_position_embeddings: MAX_LENGTH,
    type_vocab_size: 2,
    vocab_size: vocab.length,
    pad_token_id: 0,
    id2label,
    label2id,
    problem_type: 'single_label_classification',
  };
  const added = SPECIALS.map((content) => ({ id: id(content), content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true }));
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: added,
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [id(t)], tokens: [t] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab.map((t, i) => [t, i])),
    },
  };
  const specials = { unk_token: '[UNK]', sep_token: '[SEP]', pad_token: '[PAD]', cls_token: '[CLS]', mask_token: '[MASK]' };
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: MAX_LENGTH,
    clean_up_tokenization_spaces: true,
    strip_accents: null,
    tokenize_chinese_chars: true,
    ...specials,
  };
  return { 'config.json': config, 'tokenizer.json': tokenizer, 'tokenizer_config.json': tokenizerConfig, 'special_tokens_map.json': specials };
}

function exportSpec(out: string) {
  const vocab = sentimentVocab();
  const ids = (words: string[]) => words.map((w) => vocab.indexOf(w));
  return { out, vocab: vocab.length, dim: DIM, positive: ids(POSITIVE_WORDS), negative: ids(NEGATIVE_WORDS), seed: 0, quantize: true };
}

function generatorHash(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(HERE).filter((n) => /\.(py|ts)$/.test(n)).sort()) h.update(f).update(readFileSync(join(HERE, f)));
  h.update(readFileSync(join(HERE, '..', 'quantize_dynamic.py')));
  return h.update(JSON.stringify(exportSpec(''))).digest('hex');
}

export const sentimentModelDir = (root = '.models') => resolve(root, 'sentiment-test');

/** Generates the folder when it is missing or stale; true when it was generated. */
export async function generateSentimentModel(dir: string, log: (line: string) => void = () => {}): Promise<boolean> {
  const hashFile = join(dir, '.generator-hash');
  const hash = generatorHash();
  if (existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash) {
    log(`models: ${dir} is current, kept`);
    return false;
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const [name, body] of Object.entries(sentimentConfigFiles())) writeFileSync(join(tmp, name), JSON.stringify(body, null, 1));
  await runPython(join(HERE, 'export_sentiment.py'), exportSpec(tmp), 'sentiment model export');
  writeFileSync(join(tmp, '.generator-hash'), hash);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  log(`models: generated ${dir}`);
  return true;
}
