// CLI inputs → an ordered list of files: files as given, folders walked recursively (by extension), globs (fast-glob,
// loaded only when a glob is given) and '-' for standard input. A missing path or an empty glob is a failure, not a stop.
import { lstatSync, promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import type { Failure } from '../model/result.js';
import { fsFailure } from './read.js';

export type Input = { kind: 'file'; path: string; /** path relative to the folder or glob base it came from */ rel: string } | { kind: 'stdin'; path: '<stdin>' } | { kind: 'failure'; failure: Failure };

/** The paths of the files among the inputs (what an output file must not overwrite). */
export function filePathsOf(inputs: readonly Input[]): string[] {
  const out: string[] = [];
  for (const i of inputs) if (i.kind === 'file') out.push(i.path);
  return out;
}

export interface ExpandOptions {
  /** Extensions (without dot) taken from folders and globs. */
  ext: string[];
  cwd?: string;
}

const GLOB_CHARS = /[*?[\]{}!]/u;

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

async function walk(dir: string, exts: Set<string>, out: string[], seen: Set<string>): Promise<Failure | null> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch {
    return null;
  }
  if (seen.has(real)) return { path: toPosix(dir), code: 'symlink-loop', message: 'this folder links back to a folder already read (a symlink loop); skipped' };
  seen.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    return fsFailure(toPosix(dir), e, 'folder');
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await fs.stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        // A broken or looping link that looks like an input is reported, not silently skipped.
        if (exts.has(path.extname(e.name).slice(1).toLowerCase())) {
          const code = (err as NodeJS.ErrnoException).code;
          const f: Failure =
            code === 'ENOENT'
              ? { path: toPosix(p), code: 'not-found', message: 'this link points to a file that does not exist; fix or remove the link' }
              : fsFailure(toPosix(p), err);
          out.push(`\0${JSON.stringify(f)}`);
        }
        continue;
      }
    }
    if (isDir) {
      const f = await walk(p, exts, out, seen);
      if (f) out.push(`\0${JSON.stringify(f)}`);
    } else if (exts.has(path.extname(e.name).slice(1).toLowerCase())) {
      if (isFile) out.push(p);
      // A named pipe, device or socket with an input's name is reported, not read (reading a pipe in a folder run
      // could wait forever) and not silently left out.
      else {
        const f: Failure = { path: toPosix(p), code: 'unreadable', message: 'this is a named pipe, device or socket, not a regular file; skipped (give it by its path to read it)' };
        out.push(`\0${JSON.stringify(f)}`);
      }
    }
  }
  return null;
}

/** Expands CLI arguments to inputs, in argument order; folder contents sorted by name. Duplicates are dropped. */
export async function expandInputs(args: readonly string[], opts: ExpandOptions): Promise<Input[]> {
  const exts = new Set(opts.ext.map((e) => e.replace(/^\./u, '').toLowerCase()));
  const out: Input[] = [];
  const seenFiles = new Set<string>();
  const push = (p: string, base: string | null) => {
    const key = path.resolve(p);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    const rel = base === null ? path.basename(p) : path.relative(base, p);
    out.push({ kind: 'file', path: toPosix(p), rel: toPosix(rel) });
  };
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin', path: '<stdin>' });
      continue;
    }
    let st: import('node:fs').Stats | null = null;
    try {
      // Blocking stats for the arguments themselves: a handful of calls, and fs.promises would load its module
      // (~5 ms of a one-file run's start) for them; folders are still walked asynchronously.
      st = statSync(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        out.push({ kind: 'failure', failure: fsFailure(arg, e, 'path') });
        continue;
      }
      let dangling = false;
      try {
        dangling = lstatSync(arg).isSymbolicLink();
      } catch {
        /* not there at all */
      }
      if (dangling) {
        out.push({ kind: 'failure', failure: { path: arg, code: 'not-found', message: 'this link points to a file that does not exist; fix or remove the link' } });
        continue;
      }
    }
    if (st?.isDirectory()) {
      const files: string[] = [];
      const f = await walk(arg, exts, files, new Set());
      if (f) out.push({ kind: 'failure', failure: f });
      const before = out.length;
      for (const p of files) {
        if (p.startsWith('\0')) out.push({ kind: 'failure', failure: JSON.parse(p.slice(1)) as Failure });
        else push(p, arg);
      }
      if (!f && out.length === before && files.length === 0) {
        out.push({ kind: 'failure', failure: { path: toPosix(arg), code: 'no-match', message: `no *.${[...exts].join(', *.')} files in this folder (use --ext to choose other extensions)` } });
      }
      continue;
    }
    if (st) {
      push(arg, null);
      continue;
    }
    if (GLOB_CHARS.test(arg)) {
      const { default: fg } = await import('fast-glob');
      let matches: string[];
      try {
        matches = await fg(toPosix(arg), { cwd: opts.cwd, dot: false, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      } catch (e) {
        out.push({ kind: 'failure', failure: fsFailure(arg, e, 'folder') });
        continue;
      }
      matches.sort();
      if (matches.length === 0) out.push({ kind: 'failure', failure: { path: arg, code: 'no-match', message: 'this glob matches no files; check the pattern (and quote it so the shell does not expand it)' } });
      const staticBase: string[] = [];
      for (const seg of toPosix(arg).split('/')) {
        if (GLOB_CHARS.test(seg)) break;
        staticBase.push(seg);
      }
      for (const m of matches) push(m, staticBase.length > 0 ? staticBase.join('/') : '.');
      continue;
    }
    out.push({ kind: 'failure', failure: { path: arg, code: 'not-found', message: 'no such file or folder; check the path' } });
  }
  return out;
}
