// validate's step for one input, shared by the main thread and the pool's workers: a loaded input → its report.
import type { Input } from '../io/inputs.js';
import { type LintSettings, lintResult } from '../lint/run.js';
import type { FileReport } from '../model/diagnostic.js';
import type { ParseResult } from '../model/result.js';
import { withAdvice } from './errors.js';
import { type FileResult, type ProcessOptions, loadSafely } from './files.js';

/** The report of one input; `lines` are its decoded lines (empty when it could not be read or decoded). */
export function lintInput(input: Input, result: ParseResult, lines: readonly string[], settings: LintSettings): FileReport {
  const file = input.kind === 'file' ? input.path : input.kind === 'stdin' ? '<stdin>' : input.failure.path;
  // A refused file's finding carries the same advice as the other commands' stderr line.
  const shown = result.ok ? result : { ok: false as const, failure: { ...result.failure, message: withAdvice(result.failure) } };
  return lintResult(file, shown, lines, settings);
}

/** Reads, parses and lints one input on this thread; an internal error is a failed result with its stack. */
export async function loadAndLint(input: Input, opts: ProcessOptions, settings: LintSettings): Promise<FileResult & { report: FileReport }> {
  const { result, lines, stack } = await loadSafely(input, opts);
  const report = lintInput(input, result, lines, settings);
  return stack === undefined ? { input, result, report } : { input, result, report, stack };
}
