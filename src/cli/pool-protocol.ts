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
  /** The parse result; for a success with `encode` set, `result.ok` is true and `json` holds the Meeting. */
  result: ParseResult | { ok: true; meeting?: undefined };
  /** The Meeting as JSON text, UTF-8 encoded: its buffer is handed over (transferred), not copied between threads. */
  json?: Uint8Array;
  /** The file's validate report, when the request asked for `lint`. */
  report?: FileReport;
}

export function encodeMeeting(m: unknown, encode: Exclude<Encode, 'none'>): string {
  return encode === 'ndjson' ? JSON.stringify(m) : JSON.stringify(m, null, 2);
}

const UTF8 = new TextEncoder();

export function serialise(id: number, result: ParseResult, encode: Encode): PoolResponse {
  if (!result.ok || encode === 'none') return { id, result };
  // Encoded here, on the worker: a string would be copied by postMessage (structured clone, ~7 ns a character, a
  // twelfth of a worker's time in a convert run) and encoded again when written; bytes move for free.
  return { id, result: { ok: true }, json: UTF8.encode(encodeMeeting(result.meeting, encode)) };
}

/** What `postMessage` may transfer instead of copying: the JSON bytes (TextEncoder gives each its own buffer). */
export function transferList(res: PoolResponse): ArrayBuffer[] {
  return res.json ? [res.json.buffer as ArrayBuffer] : [];
}
