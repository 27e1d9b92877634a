// `referat diff A B [--format text|json|markdown]`: what changed between two meetings or two versions of one meeting's
// minutes. Exit codes as diff(1): 0 no differences, 1 differences, 2 trouble (a file unreadable or not minutes).
import path from 'node:path';
import { diffMeetings } from '../../diff/index.js';
import { expandInputs } from '../../io/inputs.js';
import type { Meeting } from '../../model/meeting.js';
import { renderDiffMarkdown } from '../../report/diff-markdown.js';
import { renderDiffText } from '../../report/diff-text.js';
import { type CliContext, UsageError } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { checkFormatHint } from '../format-hint.js';
import { colourFor } from '../colour.js';
import { formatFailure, loadInput } from '../files.js';

export interface DiffCommandOptions {
  format: string;
  whitespace?: boolean;
  formatHint?: string;
  /** commander: true for --color, false for --no-color, undefined when neither is given */
  color?: boolean;
}

/**
 * With --whitespace, sections carry their raw source text (non-breaking spaces, runs of spaces and line breaks as
 * written), so differences the cleaned text hides are shown; the model's cleaned text is used otherwise.
 */
export function withRawSectionText(m: Meeting, lines: readonly string[]): Meeting {
  return {
    ...m,
    items: m.items.map((it) => ({
      ...it,
      sections: it.sections.map((s) => {
        const from = s.heading === null ? s.line : s.line + 1;
        const raw = lines.slice(from - 1, s.endLine).join('\n').replace(/\n+$/u, '');
        return { ...s, text: raw.replace(/^\n+/u, '') };
      }),
    })),
  };
}

async function load(ctx: CliContext, file: string, opts: DiffCommandOptions): Promise<Meeting | null> {
  const inputs = await expandInputs([file], { ext: ['txt', 'md'] });
  const only = inputs[0];
  // A folder or glob is refused even when it holds one file: diff compares the two files named.
  if (inputs.length !== 1 || !only || (only.kind === 'file' && only.rel !== path.basename(file))) {
    throw new UsageError(`diff compares two files; '${file}' is a folder or glob (${inputs.length} files)`);
  }
  const { result, lines } = await loadInput(inputs[0]!, { formatHint: opts.formatHint });
  if (!result.ok) {
    ctx.stderr(formatFailure(result.failure) + '\n');
    return null;
  }
  return opts.whitespace ? withRawSectionText(result.meeting, lines) : result.meeting;
}

export async function runDiff(ctx: CliContext, a: string, b: string, opts: DiffCommandOptions): Promise<number> {
  if (!['text', 'json', 'markdown'].includes(opts.format)) throw new UsageError(`unknown --format '${opts.format}' (use text, json or markdown)`);
  if (a === '-' && b === '-') throw new UsageError('only one of the two files can be standard input');
  checkFormatHint(opts.formatHint);
  const before = await load(ctx, a, opts);
  const after = await load(ctx, b, opts);
  if (!before || !after) return EXIT.USAGE;
  const diff = diffMeetings(before, after, { whitespace: opts.whitespace ?? false });
  if (opts.format === 'json') ctx.stdout(JSON.stringify(diff, null, 2) + '\n');
  else if (opts.format === 'markdown') ctx.stdout(renderDiffMarkdown(diff));
  else ctx.stdout(renderDiffText(diff, colourFor(ctx, opts.color)));
  return diff.identical ? EXIT.OK : EXIT.FAILED;
}
