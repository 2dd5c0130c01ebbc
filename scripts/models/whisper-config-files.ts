/**
 * config.json, generation_config.json and preprocessor_config.json of an English-only
 * Whisper model with the given dimensions, in the layout of the Hub's onnx-community repos.
 */
import { TOKENS } from './whisper-tokenizer.ts';

export interface WhisperDims {
  d_model: number;
  heads: number;
  ffn: number;
  encoder_layers: number;
  decoder_layers: number;
}

export function whisperConfigFiles(dims: WhisperDims): Record<string, unknown> {
  const special = {
    decoder_start_token_id: TOKENS.startOfTranscript,
    bos_token_id: TOKENS.endOfText,
    eos_token_id: TOKENS.endOfText,
    pad_token_id: TOKENS.endOfText,
  };
  const config = {
    model_type: 'whisper',
    architectures: ['WhisperForConditionalGeneration'],
    d_model: dims.d_model,
    encoder_layers: dims.encoder_layers,
    decoder_layers: dims.decoder_layers,
    encoder_attention_heads: dims.heads,
    decoder_attention_heads: dims.heads,
    encoder_ffn_dim: dims.ffn,
    decoder_ffn_dim: dims.ffn,
    num_hidden_layers: dims.encoder_layers,
    num_mel_bins: 80,
    vocab_size: TOKENS.vocabSize,
    max_source_positions: 1500,
    max_target_positions: 448,
    max_length: 448,
    is_encoder_decoder: true,
    use_cache: true,
    activation_function: 'gelu',
    scale_embedding: false,
    ...special,
  };
  const generation = {
    ...special,
    max_length: 448,
    is_multilingual: false,
    no_timestamps_token_id: TOKENS.noTimestamps,
    prev_sot_token_id: 50360,
    begin_suppress_tokens: [220, TOKENS.endOfText],
    suppress_tokens: [],
    return_timestamps: false,
  };
  const preprocessor = {
    feature_extractor_type: 'WhisperFeatureExtractor',
    processor_class: 'WhisperProcessor',
    feature_size: 80,
    sampling_rate: 16000,
    hop_length: 160,
    chunk_length: 30,
    n_fft: 400,
    n_samples: 480000,
    nb_max_frames: 3000,
    padding_side: 'right',
    padding_value: 0,
    return_attention_mask: false,
  };
  return { 'config.json': config, 'generation_config.json': generation, 'preprocessor_config.json': preprocessor };
}
