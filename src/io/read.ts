// Reading one input's bytes, with a clear reason when it cannot be read.
import { promises as fs } from 'node:fs';
import type { Failure } from '../model/result.js';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: Failure };

export async function readBytes(path: string): Promise<ReadResult> {
  try {
    const bytes = await fs.readFile(path);
    return { ok: true, bytes };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'no such file; check the path'
        : code === 'EISDIR'
          ? 'this is a folder, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied; check the file permissions'
            : code === 'ELOOP'
              ? 'this path is a symlink loop'
              : `cannot read the file (${code ?? (e as Error).message})`;
    const failCode = code === 'ENOENT' ? 'not-found' : code === 'EISDIR' ? 'is-directory' : code === 'ELOOP' ? 'symlink-loop' : 'unreadable';
    return { ok: false, failure: { path, code: failCode, message } };
  }
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}
