// Reading one input's bytes, with a clear reason (and what to do) when it cannot be read.
import { promises as fs } from 'node:fs';
import type { Failure } from '../model/result.js';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: Failure };

/** Larger files are refused before reading: minutes are kilobytes, and V8 strings stop at about 512 MB. */
export const MAX_BYTES = 256 * 1024 * 1024;

/** A failure for an fs error code, worded for people. */
export function fsFailure(path: string, e: unknown, what: 'file' | 'folder' | 'path' = 'file'): Failure {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { path, code: 'not-found', message: `no such ${what}; check the path` };
    case 'EISDIR':
      return { path, code: 'is-directory', message: 'this is a folder, not a file; give it to `referat convert`, which reads the *.txt and *.md files in it' };
    case 'EACCES':
    case 'EPERM':
      return { path, code: 'unreadable', message: `permission denied; check the ${what}'s permissions (or run as a user who may read it)` };
    case 'ELOOP':
      return { path, code: 'symlink-loop', message: 'this path is a symlink loop (a link that points back to itself); fix or remove the link' };
    case 'EMFILE':
    case 'ENFILE':
      return { path, code: 'unreadable', message: 'too many open files; try again with fewer inputs at once' };
    default:
      return { path, code: 'unreadable', message: `cannot read the ${what} (${code ?? (e as Error)?.message ?? 'unknown error'}); check that it is a regular ${what} you may read` };
  }
}

export async function readBytes(path: string): Promise<ReadResult> {
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) return { ok: false, failure: fsFailure(path, { code: 'EISDIR' }) };
    if (st.isCharacterDevice() || st.isBlockDevice() || st.isSocket()) {
      return { ok: false, failure: { path, code: 'unreadable', message: 'this is a device or socket, not a file; give referat the exported text file' } };
    }
    if (st.size > MAX_BYTES) {
      const mb = Math.round(st.size / (1024 * 1024));
      return { ok: false, failure: { path, code: 'unreadable', message: `this file is ${mb} MB; referat reads files up to ${MAX_BYTES / (1024 * 1024)} MB — split it, or check that it really is exported minutes` } };
    }
    const bytes = await fs.readFile(path);
    return { ok: true, bytes };
  } catch (e) {
    return { ok: false, failure: fsFailure(path, e) };
  }
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}
