// `referat validate INPUTS…` (alias `lint`): lint minutes before publishing and in CI. Files are read one at a time;
// the report goes to stdout (or -o FILE, atomically); the exit code is decided from the findings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES, NOT_MINUTES } from '../../lint/rules/index.js';
import { ConfigError, type LintSettings, resolveSettings } from '../../lint/run.js';
import { type Input, expandInputs } from '../../io/inputs.js';
import type { Config } from '../../model/config.js';
import type { FileReport } from '../../model/diagnostic.js';
import { formatGithub } from '../../report/github.js';
import { formatJson } from '../../report/json.js';
import { formatSarif } from '../../report/sarif.js';
import { formatStylish } from '../../report/stylish.js';
import { colourFor } from '../colour.js';
import { type CliContext, UsageError } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { checkFormatHint } from '../format-hint.js';
import { lintInput, loadAndLint } from '../lint-input.js';
import { checkOutputFile, writeOutputFile } from '../output-file.js';
import { POOL_MIN_FILES } from '../files.js';
import type { PooledResult } from '../pool.js';
import { count, newTally, nowMs, shouldShowProgress, shouldShowSummary, startProgress, summaryLine } from '../progress.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export interface ValidateOptions {
  format: string;
  output?: string;
  rule?: string[];
  maxWarnings?: string;
  quiet?: boolean;
  kind?: string;
  config?: string;
  ext: string[];
  formatHint?: string;
  color?: boolean;
  /** Worker threads for folder runs (default: the number of cores; 1 = in-process). */
  jobs?: number;
}

const FORMATS = ['stylish', 'json', 'github', 'sarif'];

async function loadConfig(ctx: CliContext, explicit: string | undefined): Promise<Config | null> {
  const file = explicit ?? path.join(ctx.cwd, 'referat.config.json');
  let text: string;
  try {
    // Synchronous: the first asynchronous fs call starts libuv's thread pool, a few ms of a one-file run.
    text = readFileSync(path.resolve(ctx.cwd, file), 'utf8');
  } catch (e) {
    if (!explicit && (e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file (without --config, ./referat.config.json is read when there is one)'
        : code === 'EISDIR'
          ? 'it is a folder; give the config file itself'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (code ?? (e as Error).message);
    throw new UsageError(`cannot read config ${file}: ${why}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`config ${file} is not valid JSON: ${(e as Error).message}`);
  }
  // zod only when there is a config file to check: it costs start-up time.
  const { Config: ConfigSchema } = await import('../../model/config.js');
  const v = ConfigSchema.safeParse(json);
  if (!v.success) {
    const issue = v.error.issues[0]!;
    const key = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys?.join(', ') : '') || '(top level)';
    // A rule's setting fails the union as a whole ("Invalid input"): say what a setting may be instead.
    const message = issue.path[0] === 'rules' && issue.path.length >= 2 ? `expected "off", "warn" or "error", or ["off"|"warn"|"error"] with { options } as a second element` : issue.message;
    throw new UsageError(`config ${file}: ${key}: ${message}`);
  }
  return v.data;
}

/** Reads, parses and lints inputs one after another on this thread. */
async function* lintEach(inputs: readonly Input[], formatHint: string | undefined, settings: LintSettings): AsyncGenerator<PooledResult> {
  for (const input of inputs) yield await loadAndLint(input, { formatHint }, settings);
}

export async function runValidate(ctx: CliContext, args: string[], opts: ValidateOptions): Promise<number> {
  if (!FORMATS.includes(opts.format)) throw new UsageError(`unknown --format '${opts.format}' (use ${FORMATS.join(', ')})`);
  checkFormatHint(opts.formatHint);
  if (args.length === 0) throw new UsageError('no inputs: give files, folders, globs or - for standard input');
  if (opts.kind !== undefined && opts.kind !== 'minutes' && opts.kind !== 'agenda') throw new UsageError(`--kind must be minutes or agenda, not '${opts.kind}'`);
  const maxWarnings = opts.maxWarnings === undefined ? -1 : Number(opts.maxWarnings);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, not '${opts.maxWarnings}'`);
  let settings: LintSettings;
  try {
    settings = resolveSettings(await loadConfig(ctx, opts.config), opts.rule ?? [], { kind: opts.kind as 'minutes' | 'agenda' | undefined, quiet: opts.quiet });
  } catch (e) {
    // Messages about the config file's keys (`rules.…`) name the file, like the ones loadConfig gives.
    if (e instanceof ConfigError) throw new UsageError(e.message.startsWith('rules.') ? `config ${opts.config ?? 'referat.config.json'}: ${e.message}` : e.message);
    throw e;
  }
  const inputs = await expandInputs(args, { ext: opts.ext, cwd: ctx.cwd });
  if (opts.output && opts.output !== '-') await checkOutputFile(opts.output, inputs);
  const reports: FileReport[] = [];
  const started = nowMs();
  const tally = newTally();
  const toStdout = !opts.output || opts.output === '-';
  const progress = startProgress(ctx, inputs.length, shouldShowProgress(ctx, { total: inputs.length, reportOnStdout: toStdout }));
  // Folders on the worker pool (each worker lints what it parsed); a few files on this thread, without loading the
  // pool's code (it matters for a one-file run's start-up). Input order is kept either way.
  const fileCount = inputs.filter((i) => i.kind === 'file').length;
  const pooled = opts.jobs !== 1 && fileCount > 0 && (opts.jobs !== undefined || fileCount >= POOL_MIN_FILES);
  const results = pooled
    ? (await import('../pool.js')).parseInputsParallel(inputs, { formatHint: opts.formatHint, jobs: opts.jobs, lint: settings })
    : lintEach(inputs, opts.formatHint, settings);
  for await (const r of results) {
    // A worker that failed internally sends no report; the failure is reported like any other.
    const report = r.report ?? lintInput(r.input, r.result, [], settings);
    if (r.stack && ctx.debug) progress.log(`${r.stack}\n`);
    reports.push(report);
    count(tally, r.result, { errors: report.errorCount, warnings: report.warningCount });
    progress.tick(tally);
  }
  progress.stop();
  const rules = [NOT_MINUTES, ...RULES];
  const text =
    opts.format === 'json'
      ? formatJson(reports)
      : opts.format === 'github'
        ? formatGithub(reports)
        : opts.format === 'sarif'
          ? formatSarif(reports, rules, VERSION, { root: ctx.cwd })
          : formatStylish(reports, colourFor(ctx, opts.output ? false : opts.color));
  if (opts.output && opts.output !== '-') await writeOutputFile(opts.output, text);
  else ctx.stdout(text);
  if (shouldShowSummary(ctx, inputs.length)) ctx.stderr(summaryLine(tally, (nowMs() - started) / 1000));
  const errors = reports.reduce((n, r) => n + r.errorCount, 0);
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT.FAILED;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    ctx.stderr(`referat: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.FAILED;
  }
  return EXIT.OK;
}
