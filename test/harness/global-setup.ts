// Global test setup: generates the Whisper test models once (hash-cached; ~25 s the first time)
// and provides their folders to tests: `inject('models')` (see test/harness/test-models.ts).
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { defaultSpecs, generateModels } from '../../scripts/models/generate-test-models.ts';

export default async function setup(project: TestProject): Promise<void> {
  const specs = defaultSpecs(resolve(import.meta.dirname, '../../.models'));
  await generateModels([specs.test, specs.tinySized]);
  project.provide('models', { test: specs.test.dir, tinySized: specs.tinySized.dir });
}

declare module 'vitest' {
  export interface ProvidedContext {
    models: { test: string; tinySized: string };
  }
}
