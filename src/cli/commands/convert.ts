// `referat convert INPUT… --to json|ndjson`: many files to one output (stdout or -o FILE, written atomically) or one
// JSON file per input (--out-dir, mirroring relative paths). A failed file is reported on stderr; the rest goes on.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type Input, expandInputs, filePathsOf } from '../../io/inputs.js';
import { type AtomicWriter, OutputError, openAtomic, refuseInputOverwrite, writeAtomic } from '../../io/write.js';
import type { Meeting } from '../../model/meeting.js';
import { type CliContext, UsageError } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { checkFormatHint } from '../format-hint.js';
import { describeWriteError } from '../errors.js';
import { checkOutputFile } from '../output-file.js';
import { type FileResult, formatFailure } from '../files.js';
import { parseInputsParallel } from '../pool.js';
import { count, failAfterParse, newTally, nowMs, shouldShowProgress, shouldShowSummary, startProgress, summaryLine } from '../progress.js';

export interface ConvertOptions {
  to: string;
  output?: string;
  outDir?: string;
  ext: string[];
  formatHint?: string;
  table?: string;
  excel?: boolean;
  /** Worker threads for folder runs (default: the number of cores; 1 = in-process). */
  jobs?: number;
}

const NEWLINE = new Uint8Array([0x0a]);

/** Where serialised chunks go: stdout or an atomic file. */
interface Sink {
  write(s: string | Uint8Array): Promise<void>;
  close(ok: boolean): Promise<void>;
  /** Writing to a file (`-o`), not standard output. */
  isFile: boolean;
}

async function openSink(ctx: CliContext, output: string | undefined): Promise<Sink> {
  if (!output || output === '-') {
    const toStdout = (s: string | Uint8Array) => {
      if (typeof s === 'string') ctx.stdout(s);
      else if (ctx.stdoutBytes) ctx.stdoutBytes(s);
      else ctx.stdout(Buffer.from(s.buffer, s.byteOffset, s.byteLength).toString('utf8'));
    };
    return { write: async (s) => toStdout(s), close: async () => {}, isFile: false };
  }
  const fail = (e: unknown) => new OutputError(describeWriteError(output, e));
  let w: AtomicWriter;
  try {
    w = await openAtomic(output);
  } catch (e) {
    throw fail(e);
  }
  return {
    write: (s) => w.write(s).catch((e: unknown) => Promise.reject(fail(e))),
    close: (ok) => (ok ? w.commit().catch(async (e: unknown) => (await w.abort(), Promise.reject(fail(e)))) : w.abort()),
    isFile: true,
  };
}

/** Serialises meetings as they arrive. */
export interface Encoder {
  begin(): string;
  meeting(m: Meeting, first: boolean): string;
  end(): string;
  /**
   * For JSON encoders: the worker serialises the Meeting (`json` indented, `ndjson` one line) and its bytes are written
   * between `before(first)` and `after`.
   */
  fromJson?: { encode: 'json' | 'ndjson'; before(first: boolean): string; after: string };
}

const encoders: Record<string, () => Encoder> = {
  json: () => ({
    begin: () => '[\n',
    meeting: (m, first) => (first ? '' : ',\n') + JSON.stringify(m, null, 2),
    end: () => '\n]\n',
    fromJson: { encode: 'json', before: (first) => (first ? '' : ',\n'), after: '' },
  }),
  ndjson: () => ({
    begin: () => '',
    meeting: (m) => JSON.stringify(m) + '\n',
    end: () => '',
    fromJson: { encode: 'ndjson', before: () => '', after: '\n' },
  }),
};

/** Registers another output encoder (`csv` is added by the tables module). */
export function registerEncoder(name: string, make: () => Encoder): void {
  encoders[name] = make;
}

/** The file under `dir` for input `rel`, or null when `rel` would lead outside `dir`. */
export function safeJoin(dir: string, rel: string, ext: string): string | null {
  const withExt = rel.replace(/\.[^./]+$/u, '') + ext;
  const target = path.resolve(dir, withExt);
  const root = path.resolve(dir) + path.sep;
  return target.startsWith(root) ? target : null;
}

function reportFailure(log: (s: string) => void, ctx: CliContext, r: FileResult): void {
  if (r.result.ok) return;
  log(formatFailure(r.result.failure) + '\n');
  if (r.stack && ctx.debug) log(r.stack + '\n');
}

export async function runConvert(ctx: CliContext, inputsArgs: string[], opts: ConvertOptions, makeEncoder?: () => Encoder): Promise<number> {
  checkFormatHint(opts.formatHint);
  const to = opts.to;
  const make = makeEncoder ?? encoders[to];
  if (!make) throw new UsageError(`unknown --to '${to}' (use json, ndjson or csv)`);
  if (opts.output && opts.outDir) throw new UsageError('use either -o/--output or --out-dir, not both');
  if (opts.outDir && to !== 'json') throw new UsageError('--out-dir writes one JSON file per input; use it with --to json');
  if (inputsArgs.length === 0) throw new UsageError('no inputs: give files, folders, globs or - for standard input');
  const inputs = await expandInputs(inputsArgs, { ext: opts.ext, cwd: ctx.cwd });
  const filePaths = filePathsOf(inputs);
  if (opts.output && opts.output !== '-') await checkOutputFile(opts.output, inputs, true);

  let failed = 0;
  const started = nowMs();
  const tally = newTally();
  const reportOnStdout = !opts.outDir && (!opts.output || opts.output === '-');
  const progress = startProgress(ctx, inputs.length, shouldShowProgress(ctx, { total: inputs.length, reportOnStdout }));
  const finish = () => {
    progress.stop();
    if (shouldShowSummary(ctx, inputs.length)) ctx.stderr(summaryLine(tally, (nowMs() - started) / 1000));
  };
  const log = (s: string) => progress.log(s);
  /** Parses the inputs (on the pool), counts and reports each failure, and yields the successes in input order. */
  async function* parsed(encode: 'json' | 'ndjson' | 'none') {
    for await (const r of parseInputsParallel(inputs, { formatHint: opts.formatHint, jobs: opts.jobs, encode })) {
      count(tally, r.result);
      progress.tick(tally);
      if (!r.result.ok) {
        failed++;
        reportFailure(log, ctx, r);
        continue;
      }
      yield r;
    }
  }
  if (opts.outDir) {
    const st = await fs.stat(opts.outDir).catch(() => null);
    if (st && !st.isDirectory()) throw new OutputError(`cannot write into --out-dir ${opts.outDir}: it is a file, not a folder; give a folder (it is created when missing)`);
    // Plan every target before writing anything: an input overwrite is refused up front (nothing written), and two
    // inputs that would land on the same file, or a path leading outside --out-dir, fail that input only.
    // Keyed by input path (unique after expansion), not by object, so results may come back from a worker as copies.
    const keyOf = (i: Input) => (i.kind === 'file' ? i.path : i.kind === 'stdin' ? '\0stdin' : '');
    const targets = new Map<string, string | { error: string }>();
    const taken = new Map<string, string>();
    for (const input of inputs) {
      if (input.kind === 'failure') continue;
      const rel = input.kind === 'file' ? input.rel : 'stdin';
      const target = safeJoin(opts.outDir, rel, '.json');
      if (target === null) {
        targets.set(keyOf(input), { error: `refusing to write outside --out-dir (${rel} leads out of it); give the inputs from inside their folder` });
        continue;
      }
      refuseInputOverwrite(target, filePaths);
      const other = taken.get(target);
      if (other !== undefined) {
        targets.set(keyOf(input), { error: `would be written to the same file as ${other} (${path.relative(ctx.cwd, target) || target}); rename one of them or convert them separately` });
        continue;
      }
      taken.set(target, input.path);
      targets.set(keyOf(input), target);
    }
    try {
      for await (const { input, result, json } of parsed('json')) {
        if (!result.ok) continue;
        const target = targets.get(keyOf(input));
        if (target === undefined || typeof target !== 'string') {
          failed++;
          failAfterParse(tally);
          const where = input.kind === 'file' ? input.path : '<stdin>';
          log(formatFailure({ path: where, message: target?.error ?? 'no output file for this input' }) + '\n');
          continue;
        }
        try {
          await writeAtomic(target, json ? Buffer.concat([json, NEWLINE]) : JSON.stringify(result.meeting, null, 2) + '\n');
        } catch (e) {
          failed++;
          failAfterParse(tally);
          log(`referat: ${describeWriteError(path.relative(ctx.cwd, target) || target, e)}\n`);
        }
      }
    } finally {
      finish();
    }
    return failed > 0 ? EXIT.FAILED : EXIT.OK;
  }

  const enc = make();
  const pre = enc.fromJson;
  const sink = await openSink(ctx, opts.output);
  let ok = false;
  let first = true;
  try {
    await sink.write(enc.begin());
    for await (const { result, json } of parsed(pre?.encode ?? 'none')) {
      if (!result.ok) continue;
      if (pre && json !== undefined) {
        const before = pre.before(first);
        if (before !== '') await sink.write(before);
        await sink.write(json);
        if (pre.after !== '') await sink.write(pre.after);
      } else await sink.write(enc.meeting(result.meeting, first));
      first = false;
    }
    await sink.write(enc.end());
    // Nothing converted (a mistyped path, a glob that matched nothing, only refused files): an existing output file is
    // left as it was, rather than replaced by an empty array or a bare CSV header.
    ok = !(first && failed > 0 && sink.isFile);
    if (!ok) log(`referat: no input could be converted; nothing was written to ${opts.output}\n`);
  } finally {
    finish();
    await sink.close(ok);
  }
  return failed > 0 ? EXIT.FAILED : EXIT.OK;
}
