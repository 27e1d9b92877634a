// Placeholder replaced by the CSV tables module (issue: decisions to CSV for Danish Excel).
import type { CliContext } from '../cli/context.js';
import { UsageError } from '../cli/context.js';
export async function runCsvConvert(_ctx: CliContext, _inputs: string[], _opts: unknown): Promise<number> {
  throw new UsageError('--to csv is not implemented yet');
}
