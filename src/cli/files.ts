// The per-file pipeline the commands share: inputs → bytes → ParseResult, in input order, one file in memory at a
// time. Failures are results, never exceptions; the command decides what to print and the exit code.
import type { Failure, ParseResult } from '../model/result.js';
import { decodeSource } from '../io/decode.js';
import type { Input } from '../io/inputs.js';
import { readFileSync, statSync } from 'node:fs';
import { MAX_BYTES, type ReadResult, readBytes, readStdin } from '../io/read.js';
import { parseSource } from '../parse/index.js';

export interface FileResult {
  input: Input;
  result: ParseResult;
  /** The stack of an internal error (a bug), printed only with --debug. */
  stack?: string;
}

/** Without an explicit --jobs, a run of fewer files than this stays on the main thread (workers cost start-up). */
export const POOL_MIN_FILES = 16;

export interface ProcessOptions {
  formatHint?: string;
  stdinName?: string;
}

/** An input read, decoded and parsed; `lines` are its decoded lines (empty when it could not be decoded). */
export interface LoadedInput {
  result: ParseResult;
  lines: readonly string[];
}

/** Reads, decodes and parses one input. Every command that reads minutes goes through here. */
export async function loadInput(input: Input, opts: ProcessOptions): Promise<LoadedInput> {
  const fail = (failure: Failure): LoadedInput => ({ result: { ok: false, failure }, lines: [] });
  if (input.kind === 'failure') return fail(input.failure);
  let path: string;
  let bytes: Uint8Array;
  if (input.kind === 'stdin') {
    path = opts.stdinName ?? '<stdin>';
    bytes = await readStdin();
    if (bytes.length === 0) return fail({ path, code: 'empty', message: 'nothing came on standard input — pipe a file in, or give its path instead of -' });
  } else {
    path = input.path;
    const r = await readFast(path);
    if (!r.ok) return fail(r.failure);
    bytes = r.bytes;
    if (bytes.length === 0) return fail({ path, code: 'empty', message: 'the file is empty (0 bytes)' });
  }
  const d = decodeSource(bytes, path);
  if (!d.ok) return fail({ path, code: 'binary', message: d.message });
  return { result: parseSource(d.source, { formatHint: opts.formatHint }), lines: d.source.lines };
}

export async function parseInput(input: Input, opts: ProcessOptions): Promise<ParseResult> {
  return (await loadInput(input, opts)).result;
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
    const { result, stack } = await loadSafely(input, opts);
    yield stack === undefined ? { input, result } : { input, result, stack };
  }
}

/** `loadInput`, with an internal error (a bug) turned into a failed result that keeps its stack for --debug. */
export async function loadSafely(input: Input, opts: ProcessOptions): Promise<LoadedInput & { stack?: string }> {
  try {
    return await loadInput(input, opts);
  } catch (e) {
    const path = input.kind === 'failure' ? input.failure.path : input.path;
    const result: ParseResult = { ok: false, failure: { path, code: 'internal', message: `internal error while parsing: ${(e as Error)?.message ?? String(e)}` } };
    return { result, lines: [], stack: (e as Error)?.stack };
  }
}

export { formatFailure } from './errors.js';
