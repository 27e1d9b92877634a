// Output files are written atomically: a temporary file in the same folder, then a rename. An interrupted run leaves
// the old file or the complete new one. Writing over an input is refused.
import { type WriteStream, createWriteStream, promises as fs, realpathSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export class OutputError extends Error {
  override name = 'OutputError';
}

/** Where a path really points: links resolved, also for a file that does not exist yet (through its folder). */
function realTarget(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(path.resolve(p))), path.basename(p));
    } catch {
      return path.resolve(p);
    }
  }
}

const inputSets = new WeakMap<readonly string[], Set<string>>();

/** Throws OutputError when `target` is one of the inputs, also when one of them is reached through a link. */
export function refuseInputOverwrite(target: string, inputs: readonly string[]): void {
  let known = inputSets.get(inputs);
  if (!known) {
    // Resolved once per input list: --out-dir checks one target per input, and N×N realpath calls would add up.
    known = new Set(inputs.flatMap((p) => [path.resolve(p), realTarget(p)]));
    inputSets.set(inputs, known);
  }
  if (known.has(path.resolve(target)) || known.has(realTarget(target))) {
    throw new OutputError(`refusing to write ${target}: it is one of the inputs (choose another output file or folder; nothing was written)`);
  }
}

const pending = new Set<string>();
let hooked = false;

function removePending(): void {
  for (const p of pending) {
    try {
      rmSync(p, { force: true });
    } catch {
      /* best effort */
    }
  }
  pending.clear();
}

/**
 * Removes unfinished temporary files when the process ends, also on Ctrl-C (SIGINT), SIGTERM and SIGHUP. The target
 * is only ever replaced by rename, so an interrupted run leaves the old file or the complete new one, and no litter.
 */
function cleanupOnSignal(): void {
  if (hooked) return;
  hooked = true;
  process.once('exit', removePending);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const handlers = new Map<NodeJS.Signals, () => void>();
  for (const sig of signals) {
    handlers.set(sig, () => {
      removePending();
      for (const [s, h] of handlers) process.removeListener(s, h);
      // Die of the same signal so the shell sees the usual status (130 for Ctrl-C).
      process.kill(process.pid, sig);
    });
    process.on(sig, handlers.get(sig)!);
  }
}

export interface AtomicWriter {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flushes, syncs and renames over the target. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is untouched. */
  abort(): Promise<void>;
}

/**
 * Opens a streaming atomic writer for `target`. A link is written through (the file it points to is replaced, the link
 * stays). A device, named pipe or socket (`-o /dev/stdout`, `-o >(gzip)`) cannot be replaced by a rename: it is written
 * to directly, as a shell redirect would.
 */
export async function openAtomic(linkOrTarget: string): Promise<AtomicWriter> {
  const st = statSync(linkOrTarget, { throwIfNoEntry: false });
  if (st && !st.isFile() && !st.isDirectory()) return openDirect(linkOrTarget);
  const target = st ? realTarget(linkOrTarget) : linkOrTarget;
  const dir = path.dirname(path.resolve(target));
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  pending.add(tmp);
  cleanupOnSignal();
  // A 1 MiB buffer: with the default 16 KiB, nearly every Meeting filled it and the run waited for the disk before
  // parsing the next file (a fifth of a one-thread folder run was idle). Memory stays bounded by this buffer.
  const stream = createWriteStream(tmp, { highWaterMark: 1 << 20 });
  const { write, end } = promised(stream);
  return {
    write,
    async commit() {
      await end();
      const fh = await fs.open(tmp, 'r+');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
      await fs.rename(tmp, target);
      pending.delete(tmp);
    },
    async abort() {
      stream.destroy();
      await fs.rm(tmp, { force: true });
      pending.delete(tmp);
    },
  };
}

/** A writer straight into a device or pipe: nothing to rename, nothing to remove on abort. */
function openDirect(target: string): AtomicWriter {
  const stream = createWriteStream(target, { flags: 'w' });
  const { write, end } = promised(stream);
  return { write, commit: end, abort: async () => void stream.destroy() };
}

/** `write` that waits for the stream to drain, and `end` that waits for the flush; both reject with a stream error. */
function promised(stream: WriteStream): { write(chunk: string | Uint8Array): Promise<void>; end(): Promise<void> } {
  let failed: Error | null = null;
  stream.on('error', (e) => {
    failed = e;
  });
  return {
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        if (failed) return reject(failed);
        if (stream.write(chunk)) resolve();
        else stream.once('drain', () => resolve());
      }),
    async end() {
      await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
      if (failed) throw failed;
    },
  };
}

/** Writes a whole string (or UTF-8 bytes) atomically. */
export async function writeAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const w = await openAtomic(target);
  try {
    await w.write(content);
    await w.commit();
  } catch (e) {
    await w.abort();
    throw e;
  }
}
