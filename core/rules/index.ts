import type { Rule } from './define-rule.ts';

/** Every coaching rule, listed explicitly (the CLI runs in plain Node: no bundler globbing). */
export const rules: readonly Rule[] = [];
