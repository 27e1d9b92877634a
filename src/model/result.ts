// Failure is data: a file that cannot be read, decoded or recognised becomes a typed failure, never an exception
// crossing stages. The CLI derives exit codes from these; library functions return them.
import * as z from 'zod';
import type { Meeting } from './meeting.js';

export const FailureCode = z.enum([
  'not-found',
  'is-directory',
  'unreadable',
  'binary',
  'empty',
  'not-minutes',
  'no-match',
  'symlink-loop',
  'internal',
]);
export type FailureCode = z.infer<typeof FailureCode>;

export const Failure = z
  .object({
    path: z.string(),
    code: FailureCode,
    message: z.string().describe('one line for people: what is wrong and what to do'),
    line: z.number().int().min(1).optional(),
  })
  .meta({ id: 'Failure' });
export type Failure = z.infer<typeof Failure>;

export type ParseResult = { ok: true; meeting: Meeting } | { ok: false; failure: Failure };
