// `referat parse FILE`: one Meeting as JSON on stdout.
import { expandInputs } from '../../io/inputs.js';
import { EXIT } from '../exit-codes.js';
import { checkFormatHint } from '../format-hint.js';
import { type CliContext, UsageError } from '../context.js';
import { formatInternal } from '../errors.js';
import { formatFailure, parseInput } from '../files.js';

export interface ParseCommandOptions {
  formatHint?: string;
  compact?: boolean;
}

export async function runParse(ctx: CliContext, file: string, opts: ParseCommandOptions): Promise<number> {
  checkFormatHint(opts.formatHint);
  const inputs = await expandInputs([file], { ext: ['txt', 'md'] });
  if (inputs.length !== 1) throw new UsageError(`parse takes one file; '${file}' names ${inputs.length} (use 'referat convert' for folders and globs)`);
  let result;
  try {
    result = await parseInput(inputs[0]!, { formatHint: opts.formatHint });
  } catch (e) {
    // A bug, not the input's fault: name the file, stack only with --debug.
    ctx.stderr(formatInternal(e, ctx.debug === true, file) + '\n');
    return EXIT.FAILED;
  }
  if (!result.ok) {
    ctx.stderr(formatFailure(result.failure) + '\n');
    return EXIT.FAILED;
  }
  ctx.stdout(JSON.stringify(result.meeting, null, opts.compact ? undefined : 2) + '\n');
  return EXIT.OK;
}
