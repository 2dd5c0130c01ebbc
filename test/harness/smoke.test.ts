import { describe, expect, it } from 'vitest';
import { MOMENT_KINDS } from '../../core/types.ts';

describe('domain types', () => {
  it('lists every moment kind of DESIGN.md exactly once', () => {
    expect(new Set(MOMENT_KINDS).size).toBe(MOMENT_KINDS.length);
    expect(MOMENT_KINDS).toContain('next_steps.missing');
  });
});
