// `referat convert INPUTS --to csv --table decisions|items|attachments|participants [--excel]`: rows are written as
// each file is parsed (one meeting in memory at a time) through the same pipeline as JSON, so failures, atomic -o
// files and the worker pool behave the same.
import type { CliContext } from '../cli/context.js';
import { UsageError } from '../cli/context.js';
import { type ConvertOptions, runConvert } from '../cli/commands/convert.js';
import { csvHeader, csvRecords } from './csv.js';
import { TABLE_NAMES, type TableName, toRows } from './rows.js';

export async function runCsvConvert(ctx: CliContext, inputs: string[], opts: ConvertOptions): Promise<number> {
  const table = (opts.table ?? 'decisions') as TableName;
  if (!TABLE_NAMES.includes(table)) throw new UsageError(`unknown --table '${opts.table}' (use ${TABLE_NAMES.join(', ')})`);
  if (opts.outDir) throw new UsageError('--out-dir writes one JSON file per input; CSV goes to one file (-o) or standard output');
  const profile = { excel: Boolean(opts.excel) };
  return runConvert(ctx, inputs, { ...opts, to: 'csv' }, () => ({
    begin: () => csvHeader(table, profile),
    meeting: (m) => csvRecords(table, toRows(m, table), profile),
    end: () => '',
  }));
}
