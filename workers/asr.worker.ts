/** The speech worker: Silero VAD + Whisper + sentiment behind a comlink API (workers/asr-api.ts). */
import { expose } from 'comlink';
import { createAsrApi } from './asr-api.ts';
import { browserAsrDeps } from './browser-deps.ts';

expose(createAsrApi(browserAsrDeps()));
