// The `-o FILE` checks and the write every command shares: never over one of the inputs, never onto a folder, and a
// failed write told in words (the target is only ever replaced by a rename, so it is left as it was).
import { type Stats, fstatSync, promises as fs } from 'node:fs';
import { type Input, filePathsOf } from '../io/inputs.js';
import { OutputError, refuseInputOverwrite, writeAtomic } from '../io/write.js';
import { describeWriteError } from './errors.js';

/**
 * Throws OutputError (exit 2) before any work is done when `output` is one of the inputs or a folder. `outDir`: the
 * command also takes --out-dir (the message then points to it).
 */
export async function checkOutputFile(output: string, inputs: readonly Input[], outDir = false): Promise<void> {
  refuseInputOverwrite(output, filePathsOf(inputs));
  const st = await fs.stat(output).catch(() => null);
  if (st?.isDirectory()) throw new OutputError(describeWriteError(output, { code: 'EISDIR' }, outDir));
  // `- -o m.txt < m.txt`: standard input redirected from the very file the output would replace.
  if (st?.isFile() && inputs.some((i) => i.kind === 'stdin')) {
    const fd0 = fstatOrNull(0);
    if (fd0?.isFile() && fd0.dev === st.dev && fd0.ino === st.ino) {
      throw new OutputError(`refusing to write ${output}: it is one of the inputs (standard input is read from it; choose another output file; nothing was written)`);
    }
  }
}

function fstatOrNull(fd: number): Stats | null {
  try {
    return fstatSync(fd);
  } catch {
    return null;
  }
}

/** Writes `content` to `output` atomically; a failure becomes an OutputError that says why and what to do. */
export async function writeOutputFile(output: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeAtomic(output, content);
  } catch (e) {
    throw new OutputError(describeWriteError(output, e, false));
  }
}
