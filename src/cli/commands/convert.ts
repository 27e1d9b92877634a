// `referat convert INPUT… --to json|ndjson`: many files to one output (stdout or -o FILE, written atomically) or one
// JSON file per input (--out-dir, mirroring relative paths). A failed file is reported on stderr; the rest goes on.
import path from 'node:path';
import { type Input, expandInputs } from '../../io/inputs.js';
import { type AtomicWriter, OutputError, openAtomic, refuseInputOverwrite, writeAtomic } from '../../io/write.js';
import type { Meeting } from '../../model/meeting.js';
import { type CliContext, UsageError } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { checkFormatHint } from '../format-hint.js';
import { formatFailure, parseInputs } from '../files.js';

export interface ConvertOptions {
  to: string;
  output?: string;
  outDir?: string;
  ext: string[];
  formatHint?: string;
  table?: string;
  excel?: boolean;
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
}

const encoders: Record<string, () => Encoder> = {
  json: () => ({
    begin: () => '[\n',
    meeting: (m, first) => (first ? '' : ',\n') + JSON.stringify(m, null, 2),
    end: () => '\n]\n',
  }),
  ndjson: () => ({ begin: () => '', meeting: (m) => JSON.stringify(m) + '\n', end: () => '' }),
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
  checkFormatHint(opts.formatHint);
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
  if (opts.outDir) {
    for await (const { input, result } of parseInputs(inputs, { formatHint: opts.formatHint })) {
      if (!result.ok) {
        failed++;
        ctx.stderr(formatFailure(result.failure) + '\n');
        continue;
      }
      const rel = input.kind === 'file' ? input.rel : 'stdin';
      const target = safeJoin(opts.outDir, rel, '.json');
      refuseInputOverwrite(target, filePaths);
      await writeAtomic(target, JSON.stringify(result.meeting, null, 2) + '\n');
    }
    return failed > 0 ? EXIT.FAILED : EXIT.OK;
  }

  const enc = make();
  const sink = await openSink(ctx, opts.output);
  let ok = false;
  try {
    await sink.write(enc.begin());
    let first = true;
    for await (const { result } of parseInputs(inputs, { formatHint: opts.formatHint })) {
      if (!result.ok) {
        failed++;
        ctx.stderr(formatFailure(result.failure) + '\n');
        continue;
      }
      await sink.write(enc.meeting(result.meeting, first));
      first = false;
    }
    await sink.write(enc.end());
    ok = true;
  } finally {
    await sink.close(ok);
  }
  return failed > 0 ? EXIT.FAILED : EXIT.OK;
}
