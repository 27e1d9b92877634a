// The per-file pipeline the commands share: inputs → bytes → ParseResult, in input order, one file in memory at a
// time. Failures are results, never exceptions; the command decides what to print and the exit code.
import type { ParseResult } from '../model/result.js';
import type { Input } from '../io/inputs.js';
import { readFileSync, statSync } from 'node:fs';
import { MAX_BYTES, type ReadResult, readBytes, readStdin } from '../io/read.js';
import { parseMinutes } from '../parse/index.js';

export interface FileResult {
  input: Input;
  result: ParseResult;
  /** The stack of an internal error (a bug), printed only with --debug. */
  stack?: string;
}

export interface ProcessOptions {
  formatHint?: string;
  stdinName?: string;
}

export async function parseInput(input: Input, opts: ProcessOptions): Promise<ParseResult> {
  if (input.kind === 'failure') return { ok: false, failure: input.failure };
  if (input.kind === 'stdin') {
    const bytes = await readStdin();
    const path = opts.stdinName ?? '<stdin>';
    if (bytes.length === 0) return { ok: false, failure: { path, code: 'empty', message: 'nothing came on standard input — pipe a file in, or give its path instead of -' } };
    return parseMinutes(bytes, { path, formatHint: opts.formatHint });
  }
  const r = await readFast(input.path);
  if (!r.ok) return { ok: false, failure: r.failure };
  if (r.bytes.length === 0) return { ok: false, failure: { path: input.path, code: 'empty', message: 'the file is empty (0 bytes)' } };
  return parseMinutes(r.bytes, { path: input.path, formatHint: opts.formatHint });
}

/**
 * Reads a file with one blocking call — several times cheaper per file than fs.promises.readFile, which matters over
 * thousands of small files; the reading thread has nothing else to do meanwhile. On any error, readBytes explains it.
 */
async function readFast(path: string): Promise<ReadResult> {
  try {
    // Devices (/dev/zero), folders, sockets and oversized files go through readBytes, which refuses them with a reason;
    // reading /dev/zero in one call would never end.
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st || !st.isFile() || st.size > MAX_BYTES) return readBytes(path);
    return { ok: true, bytes: readFileSync(path) };
  } catch {
    return readBytes(path);
  }
}

/** Parses inputs one after another, yielding results in input order. */
export async function* parseInputs(inputs: readonly Input[], opts: ProcessOptions): AsyncGenerator<FileResult> {
  for (const input of inputs) {
    let result: ParseResult;
    let stack: string | undefined;
    try {
      result = await parseInput(input, opts);
    } catch (e) {
      const path = input.kind === 'failure' ? input.failure.path : input.path;
      result = { ok: false, failure: { path, code: 'internal', message: `internal error while parsing: ${(e as Error)?.message ?? String(e)}` } };
      stack = (e as Error)?.stack;
    }
    yield stack === undefined ? { input, result } : { input, result, stack };
  }
}

export { formatFailure } from './errors.js';
