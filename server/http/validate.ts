import type { ValidationTargets } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { firstIssue } from '../../core/sync-schema.ts';

/**
 * zod validation for a request part, wrapped once: a bad input answers
 * `400 { error: 'invalid_request', field, message }`; handlers read `c.req.valid(target)`.
 * `fast`, when given, is tried first: a checker that returns the value only when the schema
 * would surely accept it (else undefined, and zod decides and words the error).
 */
export function validate<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S, fast?: (value: unknown) => z.output<S> | undefined) {
  return validator(target, (value, c) => {
    const quick = fast?.(value);
    if (quick !== undefined) return quick;
    const result = schema.safeParse(value);
    if (!result.success) return c.json({ error: 'invalid_request', ...firstIssue(result.error) }, 400);
    return result.data as z.output<S>;
  });
}

/** A 400 in the same shape, for checks outside zod (e.g. parsePlaybook). */
export function invalid(field: string, message: string) {
  return { error: 'invalid_request', field, message } as const;
}
