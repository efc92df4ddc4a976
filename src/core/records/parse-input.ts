import type { z } from 'zod';
import { DossierError } from '../../shared/errors.js';
import { describeIssues } from '../../shared/validation.js';

/** Validates input against a shared schema; the error lists every problem by field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new DossierError('INVALID_INPUT', `The ${what} is not valid:\n${describeIssues(result.error).map((line) => `  ${line}`).join('\n')}`);
  }
  return result.data;
}
