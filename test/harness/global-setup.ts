// Global test setup: generates the Whisper test models and the sentiment test model once
// (hash-cached; ~30 s the first time) and provides their folders to tests: `inject('models')`.
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { defaultSpecs, generateModels } from '../../scripts/models/generate-test-models.ts';
import { generateSentimentModel, sentimentModelDir } from '../../scripts/models/sentiment/sentiment-test-model.ts';

export default async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, '../../.models');
  const specs = defaultSpecs(root);
  await generateModels([specs.test, specs.tinySized]);
  const sentiment = sentimentModelDir(root);
  await generateSentimentModel(sentiment);
  project.provide('models', { test: specs.test.dir, tinySized: specs.tinySized.dir, sentiment });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Whisper test model, whisper-tiny-sized, sentiment test model (text classification). */
    models: { test: string; tinySized: string; sentiment: string };
  }
}
