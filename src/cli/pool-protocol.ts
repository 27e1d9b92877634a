// The messages between the worker pool and its workers, and the one place that decides how a result travels back.
import type { LintSettings } from '../lint/run.js';
import type { FileReport } from '../model/diagnostic.js';
import type { ParseResult } from '../model/result.js';

/** How a successful Meeting is sent back: as the object, or already as JSON text (ndjson: one line; json: indented). */
export type Encode = 'none' | 'ndjson' | 'json';

export interface PoolRequest {
  id: number;
  path: string;
  rel: string;
  formatHint?: string;
  encode: Encode;
  /** For validate: lint the file with these settings and send its report back. */
  lint?: LintSettings;
}

export interface PoolResponse {
  id: number;
  /** The parse result; for a success with `encode` set, `result.ok` is true and `text` holds the Meeting as JSON. */
  result: ParseResult | { ok: true; meeting?: undefined };
  text?: string;
  /** The file's validate report, when the request asked for `lint`. */
  report?: FileReport;
}

export function encodeMeeting(m: unknown, encode: Exclude<Encode, 'none'>): string {
  return encode === 'ndjson' ? JSON.stringify(m) : JSON.stringify(m, null, 2);
}

export function serialise(id: number, result: ParseResult, encode: Encode): PoolResponse {
  if (!result.ok || encode === 'none') return { id, result };
  return { id, result: { ok: true }, text: encodeMeeting(result.meeting, encode) };
}
