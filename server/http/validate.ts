import type { ValidationTargets } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { firstIssue } from '../../core/sync-schema.ts';

/**
 * zod validation for a request part, wrapped once: a bad input answers
 * `400 { error: 'invalid_request', field, message }`; handlers read `c.req.valid(target)`.
 */
export function validate<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) {
  return validator(target, (value, c) => {
    const result = schema.safeParse(value);
    if (!result.success) return c.json({ error: 'invalid_request', ...firstIssue(result.error) }, 400);
    return result.data as z.output<S>;
  });
}

/** A 400 in the same shape, for checks outside zod (e.g. parsePlaybook). */
export function invalid(field: string, message: string) {
  return { error: 'invalid_request', field, message } as const;
}
