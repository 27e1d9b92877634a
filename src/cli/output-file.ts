// The `-o FILE` checks and the write every command shares: never over one of the inputs, never onto a folder, and a
// failed write told in words (the target is only ever replaced by a rename, so it is left as it was).
import { promises as fs } from 'node:fs';
import { OutputError, refuseInputOverwrite, writeAtomic } from '../io/write.js';
import { describeWriteError } from './errors.js';

/**
 * Throws OutputError (exit 2) before any work is done when `output` is one of the inputs or a folder. `outDir`: the
 * command also takes --out-dir (the message then points to it).
 */
export async function checkOutputFile(output: string, inputPaths: readonly string[], outDir = false): Promise<void> {
  refuseInputOverwrite(output, inputPaths);
  const st = await fs.stat(output).catch(() => null);
  if (st?.isDirectory()) throw new OutputError(describeWriteError(output, { code: 'EISDIR' }, outDir));
}

/** Writes `content` to `output` atomically; a failure becomes an OutputError that says why and what to do. */
export async function writeOutputFile(output: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeAtomic(output, content);
  } catch (e) {
    throw new OutputError(describeWriteError(output, e, false));
  }
}
