// `referat convert INPUT… --to json|ndjson`: many files to one output (stdout or -o FILE, written atomically) or one
// JSON file per input (--out-dir, mirroring relative paths). A failed file is reported on stderr; the rest goes on.
import path from 'node:path';
import { type Input, expandInputs } from '../../io/inputs.js';
import { type AtomicWriter, OutputError, openAtomic, refuseInputOverwrite, writeAtomic } from '../../io/write.js';
import type { Meeting } from '../../model/meeting.js';
import { type CliContext, UsageError } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { formatFailure } from '../files.js';
import { parseInputsParallel } from '../pool.js';
import { count, newTally, shouldShowProgress, startProgress, summaryLine } from '../progress.js';

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

/** Where serialised chunks go: stdout or an atomic file. */
interface Sink {
  write(s: string): Promise<void>;
  close(ok: boolean): Promise<void>;
}

async function openSink(ctx: CliContext, output: string | undefined): Promise<Sink> {
  if (!output || output === '-') return { write: async (s) => ctx.stdout(s), close: async () => {} };
  const w: AtomicWriter = await openAtomic(output);
  return { write: (s) => w.write(s), close: (ok) => (ok ? w.commit() : w.abort()) };
}

/** Serialises meetings as they arrive. */
export interface Encoder {
  begin(): string;
  meeting(m: Meeting, first: boolean): string;
  end(): string;
  /** For JSON encoders: the worker serialises the Meeting (`json` indented, `ndjson` one line) and this wraps it. */
  fromJson?: { encode: 'json' | 'ndjson'; meeting(text: string, first: boolean): string };
}

const encoders: Record<string, () => Encoder> = {
  json: () => ({
    begin: () => '[\n',
    meeting: (m, first) => (first ? '' : ',\n') + JSON.stringify(m, null, 2),
    end: () => '\n]\n',
    fromJson: { encode: 'json', meeting: (t, first) => (first ? '' : ',\n') + t },
  }),
  ndjson: () => ({
    begin: () => '',
    meeting: (m) => JSON.stringify(m) + '\n',
    end: () => '',
    fromJson: { encode: 'ndjson', meeting: (t) => t + '\n' },
  }),
};

/** Registers another output encoder (`csv` is added by the tables module). */
export function registerEncoder(name: string, make: () => Encoder): void {
  encoders[name] = make;
}

function safeJoin(dir: string, rel: string, ext: string): string {
  const withExt = rel.replace(/\.[^./]+$/u, '') + ext;
  const target = path.resolve(dir, withExt);
  const root = path.resolve(dir) + path.sep;
  if (!target.startsWith(root)) throw new OutputError(`refusing to write outside --out-dir: ${withExt}`);
  return target;
}

export async function runConvert(ctx: CliContext, inputsArgs: string[], opts: ConvertOptions, makeEncoder?: () => Encoder): Promise<number> {
  const to = opts.to;
  const make = makeEncoder ?? encoders[to];
  if (!make) throw new UsageError(`unknown --to '${to}' (use json, ndjson or csv)`);
  if (opts.output && opts.outDir) throw new UsageError('use either -o/--output or --out-dir, not both');
  if (opts.outDir && to !== 'json') throw new UsageError('--out-dir writes one JSON file per input; use it with --to json');
  if (inputsArgs.length === 0) throw new UsageError('no inputs: give files, folders, globs or - for standard input');
  const inputs = await expandInputs(inputsArgs, { ext: opts.ext, cwd: ctx.cwd });
  const filePaths = inputs.filter((i): i is Extract<Input, { kind: 'file' }> => i.kind === 'file').map((i) => i.path);
  if (opts.output && opts.output !== '-') refuseInputOverwrite(opts.output, filePaths);

  let failed = 0;
  const started = performance.now();
  const tally = newTally();
  const reportOnStdout = !opts.outDir && (!opts.output || opts.output === '-');
  const progress = startProgress(ctx, inputs.length, shouldShowProgress(ctx, { total: inputs.length, reportOnStdout }));
  const finish = () => {
    progress.stop();
    if (inputs.length > 1) ctx.stderr(summaryLine(tally, (performance.now() - started) / 1000));
  };
  if (opts.outDir) {
    try {
      for await (const { input, result, text } of parseInputsParallel(inputs, { formatHint: opts.formatHint, jobs: opts.jobs, encode: 'json' })) {
        count(tally, result);
        progress.tick(tally);
        if (!result.ok) {
          failed++;
          progress.log(formatFailure(result.failure) + '\n');
          continue;
        }
        const rel = input.kind === 'file' ? input.rel : 'stdin';
        const target = safeJoin(opts.outDir, rel, '.json');
        refuseInputOverwrite(target, filePaths);
        await writeAtomic(target, (text ?? JSON.stringify(result.meeting, null, 2)) + '\n');
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
  try {
    await sink.write(enc.begin());
    let first = true;
    for await (const { result, text } of parseInputsParallel(inputs, { formatHint: opts.formatHint, jobs: opts.jobs, encode: pre?.encode ?? 'none' })) {
      count(tally, result);
      progress.tick(tally);
      if (!result.ok) {
        failed++;
        progress.log(formatFailure(result.failure) + '\n');
        continue;
      }
      await sink.write(pre && text !== undefined ? pre.meeting(text, first) : enc.meeting(result.meeting, first));
      first = false;
    }
    await sink.write(enc.end());
    ok = true;
  } finally {
    finish();
    await sink.close(ok);
  }
  return failed > 0 ? EXIT.FAILED : EXIT.OK;
}
