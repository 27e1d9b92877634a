// `--format-hint` must name a known family; a typo is a usage error, not a silent fallback.
import { FORMAT_IDS } from '../formats/index.js';
import { UsageError } from './context.js';

export function checkFormatHint(hint: string | undefined): void {
  if (hint !== undefined && !FORMAT_IDS.includes(hint)) {
    throw new UsageError(`unknown --format-hint '${hint}' (known: ${FORMAT_IDS.join(', ')})`);
  }
}
