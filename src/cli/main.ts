// The referat command line. Commands are loaded lazily so `--version` and `--help` stay fast; exit codes are decided
// here only, from what the commands return.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { CliContext } from './context.js';
import { UsageError } from './context.js';
import { describeStdoutError, formatInternal } from './errors.js';
import { EXIT } from './exit-codes.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** The format families, for help texts (kept equal to FORMAT_IDS by a test: importing them here would load the parser). */
export const FORMAT_HINT_HELP = 'header-block, punkt, web-publication, pdf-transcript, free-form, table, generic';

function collect(v: string, prev: string[] = []): string[] {
  const more = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (more.length === 0) throw new InvalidArgumentError('give one or more extensions, for example --ext txt,md');
  return [...prev, ...more];
}

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('give a whole number of workers from 1 to 256');
  return n;
}

export function createProgram(ctx: CliContext, setExit: (code: number) => void): Command {
  const program = new Command();
  const run = (fn: () => Promise<number>) => async () => setExit(await fn());
  program
    .name('referat')
    .description('Parse, validate, convert and diff Danish committee minutes (referater) and agendas (dagsordener).')
    .version(VERSION, '-V, --version')
    .option('--debug', 'show stack traces for internal errors')
    .option('-j, --jobs <n>', 'worker threads for folder runs (default: the number of cores; 1 = no workers)', parseJobs)
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.stdout(s), writeErr: (s) => ctx.stderr(s) })
    .showHelpAfterError('(run with --help for usage)')
    .hook('preAction', () => {
      if (program.opts().debug === true) ctx.debug = true;
    });

  program
    .command('parse')
    .description('parse one file and print its Meeting as JSON')
    .argument('<file>', "a text export of minutes or an agenda, or '-' for standard input")
    .option('--format-hint <id>', `force a format family (${FORMAT_HINT_HELP}) instead of detecting it`)
    .option('--compact', 'print JSON on one line')
    .addHelpText('after', '\nExit codes: 0 parsed, 1 the file could not be read or is not minutes, 2 usage error.\n\nExample:\n  referat parse fixtures/seeds/000_ca038bd155db9ea1.txt')
    .action((file: string, o) => run(async () => (await import('./commands/parse.js')).runParse(ctx, file, o))());

  program
    .command('convert')
    .description('convert many files to JSON, NDJSON or CSV')
    .argument('<inputs...>', "files, folders (recursive), quoted globs, or '-' for standard input")
    .addOption(new Option('--to <format>', 'output format').choices(['json', 'ndjson', 'csv']).default('json'))
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('--out-dir <dir>', 'write one JSON file per input into this folder, mirroring relative paths')
    .option('--ext <list>', 'extensions taken from folders and globs', collect, undefined)
    .option('--format-hint <id>', `force a format family (${FORMAT_HINT_HELP})`)
    .option('--table <name>', 'with --to csv: decisions, items, attachments or participants', 'decisions')
    .option('--excel', 'with --to csv: UTF-8 BOM, ";" separators, CRLF and formula-safe cells for Danish Excel')
    .addHelpText('after', '\nExit codes: 0 all inputs converted, 1 some input failed (reported on stderr, the rest is written), 2 usage error.\n\nExamples:\n  referat convert fixtures/ --to ndjson\n  referat convert "minutes/**/*.txt" --to json -o meetings.json\n  referat convert minutes/ --to json --out-dir parsed/')
    .action((inputs: string[], o, cmd: Command) =>
      run(async () => {
        // CSV-only flags with another format would be ignored without a word: say so instead.
        if (o.to !== 'csv' && (cmd.getOptionValueSource('table') === 'cli' || o.excel)) throw new UsageError(`--table and --excel go with --to csv, not --to ${o.to}`);
        const opts = { ...o, ext: o.ext ?? ['txt', 'md'], output: o.output, jobs: program.opts().jobs as number | undefined };
        if (opts.to === 'csv') {
          const csv = await import('../tables/csv-command.js').catch(() => null);
          if (!csv) throw new UsageError('--to csv is not available in this build');
          return csv.runCsvConvert(ctx, inputs, opts);
        }
        return (await import('./commands/convert.js')).runConvert(ctx, inputs, opts);
      })(),
    );

  program
    .command('schema')
    .description('print the JSON Schema of the output, generated from the model')
    .action(() => run(async () => (await import('./commands/schema.js')).runSchema(ctx))());

  program
    .command('diff')
    .description('show what changed between two meetings, or two versions of one meeting\'s minutes')
    .argument('<before>', "the earlier file (an agenda, a first version, an earlier meeting), or '-'")
    .argument('<after>', 'the later file')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--whitespace', 'count white-space-only differences (spacing, line breaks) as changes')
    .option('--format-hint <id>', `force a format family (${FORMAT_HINT_HELP}) for both files`)
    .option('--color', 'colour the text report even when not on a terminal')
    .option('--no-color', 'never colour the text report (NO_COLOR is honoured too)')
    .addHelpText('after', '\nItems are matched by content, not only by number: an inserted item is reported once and the items after it as renumbered.\n\nExit codes (as diff(1)): 0 no differences, 1 differences, 2 trouble (a file unreadable or not minutes, usage error).\n\nExamples:\n  referat diff dagsorden.txt referat.txt\n  referat diff v1.txt v2.txt --format json\n  referat diff v1.txt v2.txt --format markdown')
    .action((before: string, after: string, o) => run(async () => (await import('./commands/diff.js')).runDiff(ctx, before, after, o))());


  program
    .command('validate')
    .alias('lint')
    .description('lint minutes before publishing and in CI')
    .argument('<inputs...>', "files, folders (recursive), quoted globs, or '-' for standard input")
    .option('-f, --format <name>', 'stylish, json, github or sarif', 'stylish')
    .option('-o, --output <file>', 'write the report to this file (atomically)')
    .option('--rule <id=level>', 'set a rule to off, warn or error (repeatable)', (v: string, prev: string[] = []) => [...prev, v], undefined)
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .option('--quiet', 'report errors only (rules set to warn do not run)')
    .option('--kind <kind>', "treat every file as 'minutes' or 'agenda' (an agenda has no decisions yet: decision rules are off)")
    .option('--config <file>', 'configuration file (default: referat.config.json in the working directory)')
    .option('--ext <list>', 'extensions taken from folders and globs', collect, undefined)
    .option('--format-hint <id>', `force a format family (${FORMAT_HINT_HELP})`)
    .option('--color', 'colour the stylish report even when not on a terminal')
    .option('--no-color', 'never colour the report')
    .addHelpText('after', '\nExit codes: 0 no errors (and warnings within --max-warnings), 1 findings that fail the run, 2 usage or configuration error.\n\nExamples:\n  referat validate fixtures/\n  referat validate "minutes/**/*.txt" --format github\n  referat validate minutes/ --format sarif -o referat.sarif\n  referat validate minutes/ --rule missing-decision=warn --max-warnings 0')
    .action((inputs: string[], o) => run(async () => (await import('./commands/validate.js')).runValidate(ctx, inputs, { ...o, ext: o.ext ?? ['txt', 'md'], jobs: program.opts().jobs as number | undefined }))());

  program
    .command('rules')
    .description('list every validate rule: id, default severity, what it checks, an example')
    .option('--json', 'as JSON')
    .action((o) => run(async () => (await import('./commands/rules.js')).runRules(ctx, o))());

  return program;
}

export async function main(argv: string[], outer: CliContext): Promise<number> {
  let code: number = EXIT.OK;
  // A copy, so the --debug flag seen by this run does not leak into the caller's context.
  const ctx: CliContext = { ...outer, debug: outer.debug ?? false };
  const program = createProgram(ctx, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.OK;
      return EXIT.USAGE;
    }
    if (e instanceof UsageError || (e as Error).name === 'OutputError') {
      ctx.stderr(`referat: ${(e as Error).message}\n`);
      return EXIT.USAGE;
    }
    ctx.stderr(formatInternal(e, ctx.debug === true || argv.includes('--debug')) + '\n');
    return EXIT.USAGE;
  }
  return code;
}

/** Runs the CLI on this process: real streams, exit code set on `process.exitCode` (never `process.exit`). */
export function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  // A reader that went away (`| head`) ends the run quietly; any other failure to write (a full disk behind `> file`)
  // is remembered, later output is dropped, and the run ends with it said and exit 2: never a silent cut-off.
  let stdoutError: unknown = null;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    stdoutError ??= e;
  });
  const ctx: CliContext = {
    stdout: (s) => void (stdoutError === null && process.stdout.write(s)),
    stdoutBytes: (b) => void (stdoutError === null && process.stdout.write(b)),
    stderr: (s) => void process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    isTTY: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
  };
  return main(argv, ctx).then(async (code) => {
    // Wait until what was written has reached the file or pipe, so a failure among the last writes is seen too.
    if (stdoutError === null) await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    if (stdoutError !== null) {
      process.stderr.write(`referat: ${describeStdoutError(stdoutError)}\n`);
      code = EXIT.USAGE;
    }
    process.exitCode = code;
  });
}
