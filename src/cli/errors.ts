// How failures read on stderr: `referat: PATH[:LINE]: what is wrong — what to do`. The library's messages say what is
// wrong; where the fix is a CLI flag, the advice is added here, once, by failure code.
import type { Failure, FailureCode } from '../model/result.js';

/** Advice appended for failures whose library message says what is wrong but not what to do about it. */
const ADVICE: Partial<Record<FailureCode, string>> = {
  empty: 'export the minutes again; the export may have failed',
  'not-minutes': 'check that this is the minutes or agenda export (not a report, letter or attachment); if it is, try --format-hint generic (or another format family listed in the README)',
  internal: 'this is a bug in referat; please report it with the file (run with --debug for the stack trace)',
};

/** The failure's message with what to do, added only when the message does not already say it. */
export function withAdvice(f: Pick<Failure, 'message'> & { code?: FailureCode }): string {
  const advice = f.code ? ADVICE[f.code] : undefined;
  return advice && !f.message.includes(' — ') && !f.message.includes(advice) ? `${f.message} — ${advice}` : f.message;
}

/** One line for people: `referat: PATH[:LINE]: message — advice`. */
export function formatFailure(f: Pick<Failure, 'path' | 'message' | 'line'> & { code?: FailureCode }): string {
  return `referat: ${f.path}${f.line ? `:${f.line}` : ''}: ${withAdvice(f)}`;
}

/** Why a write failed, worded for people. `outDir`: the command also takes --out-dir (a folder target points to it). */
function whyWriteFailed(e: unknown, outDir: boolean): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
    ? 'permission denied; choose a folder you may write to'
    : code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full; free some space and run again'
      : code === 'EISDIR'
        ? `it is a folder; give a file name${outDir ? ', or use --out-dir for one file per input' : ''}`
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'part of the path is a file, not a folder; check the path'
          : code === 'ENOENT'
            ? 'no file can be created there; check the path'
            : `${code ?? (e as Error)?.message ?? 'unknown error'}`;
}

/** A file system error while writing output, worded for people. `outDir`: the command also takes --out-dir. */
export function describeWriteError(target: string, e: unknown, outDir = true): string {
  return `cannot write ${target}: ${whyWriteFailed(e, outDir)} (nothing was changed at ${target})`;
}

/** A failed write to standard output (a full disk behind `> file`, a closed device): the output there is cut short. */
export function describeStdoutError(e: unknown): string {
  return `cannot write standard output: ${whyWriteFailed(e, false)}; what was written there is incomplete`;
}

/** The line printed for an unexpected error; the stack only with --debug. */
export function formatInternal(e: unknown, debug: boolean, path?: string): string {
  const err = e instanceof Error ? e : new Error(String(e));
  const where = path ? `${path}: ` : '';
  return `referat: ${where}internal error: ${err.message} — ${debug ? `this is a bug in referat; please report it with the file\n${err.stack ?? ''}` : 'run with --debug for the stack trace, and please report it'}`;
}
