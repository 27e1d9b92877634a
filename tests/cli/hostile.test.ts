// Hostile and broken inputs: each gets its own message naming the file and saying what to do, the run goes on, and
// the exit code tells the truth. The expectation for each case is the sidecar fixtures/hostile/NAME.expected.json;
// cases git cannot hold (missing paths, links, permissions) are built in a temporary folder from the sidecar's `setup`.
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../helpers/built-cli.js';
import { expandInputs } from '../../src/io/inputs.js';
import { parseInputs } from '../../src/cli/files.js';
import { runCli, withoutSummary } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';

const DIR = 'fixtures/hostile';
const SEED = path.join(ROOT, 'fixtures/seeds/000_ca038bd155db9ea1.txt');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

interface Expected {
  setup?: string;
  args: string[];
  exit: number;
  code: string | null;
  stderr: string[];
  minItems?: number;
}

const sidecars = readdirSync(path.join(ROOT, DIR)).filter((f) => f.endsWith('.expected.json')).sort();
const load = (f: string) => JSON.parse(readFileSync(path.join(ROOT, DIR, f), 'utf8')) as Expected;
const tmp = mkdtempSync(path.join(tmpdir(), 'referat-hostile-'));
afterAll(() => {
  // Give back the permissions taken away, so the folder can be removed.
  for (const f of existsSync(tmp) ? readdirSync(tmp) : []) chmodSync(path.join(tmp, f), 0o755);
  rmSync(tmp, { recursive: true, force: true });
});

/** Builds a case that cannot be committed; returns the path to give the CLI. */
function build(setup: string, name: string): string {
  const base = path.join(tmp, name);
  switch (setup) {
    case 'missing':
      return path.join(base, 'no-such-minutes.txt');
    case 'glob':
      mkdirSync(base);
      return `${base}/**/*.referat-none`;
    case 'folder':
      mkdirSync(base);
      copyFileSync(SEED, path.join(base, 'a.txt'));
      copyFileSync(SEED, path.join(base, 'b.txt'));
      return base;
    case 'empty-folder':
      mkdirSync(base);
      writeFileSync(path.join(base, 'notes.pdf'), '%PDF-1.4\n');
      return base;
    case 'unreadable': {
      mkdirSync(base);
      const p = path.join(base, 'locked.txt');
      copyFileSync(SEED, p);
      chmodSync(p, 0o000);
      return p;
    }
    case 'unreadable-folder': {
      mkdirSync(base);
      copyFileSync(SEED, path.join(base, 'minutes.txt'));
      chmodSync(base, 0o000);
      return base;
    }
    case 'symlink-loop': {
      mkdirSync(base);
      const p = path.join(base, 'loop.txt');
      symlinkSync('loop.txt', p);
      return p;
    }
    case 'symlink-loop-in-folder':
      mkdirSync(base);
      symlinkSync('loop.txt', path.join(base, 'loop.txt'));
      copyFileSync(SEED, path.join(base, 'minutes.txt'));
      return base;
    case 'folder-link-loop':
      mkdirSync(base);
      symlinkSync('.', path.join(base, 'back'));
      copyFileSync(SEED, path.join(base, 'minutes.txt'));
      return base;
    case 'dangling-link': {
      mkdirSync(base);
      const p = path.join(base, 'gone.txt');
      symlinkSync('deleted-minutes.txt', p);
      return p;
    }
    case 'too-large': {
      mkdirSync(base);
      const p = path.join(base, 'huge.txt');
      writeFileSync(p, '');
      truncateSync(p, 300 * 1024 * 1024);
      return p;
    }
    case 'device':
      return '/dev/zero';
    default:
      throw new Error(`unknown setup ${setup}`);
  }
}

/** Runs the freshly bundled CLI as user nobody (uid 65534), for the permission case when the tests run as root. */
async function runAsNobody(args: string[]): Promise<{ code: number; stdout: string; stderr: string } | null> {
  const { dir, bin } = await bundleCli();
  for (const d of [dir, tmp, ...readdirSync(tmp).map((f) => path.join(tmp, f))]) if (!d.endsWith('unreadable-folder')) chmodSync(d, 0o755);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { uid: 65534, gid: 65534, cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Node itself may not be runnable by nobody (installed under /root): then the case cannot be shown here.
    child.on('error', () => resolve(null));
    child.on('close', (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolve(stdout === '' && !stderr.startsWith('referat:') ? null : { code: code ?? -1, stdout, stderr });
    });
    void reject;
  });
}

describe.each(sidecars)('%s', (sidecar) => {
  const exp = load(sidecar);
  const name = sidecar.replace(/\.expected\.json$/u, '');
  // Root may read any file: there the unreadable case runs the real CLI as user `nobody` (below). /dev/zero exists
  // only on Unix-like systems.
  const skip = exp.setup === 'device' && !existsSync('/dev/zero');
  it.skipIf(skip)(`gives its own message and exit code ${exp.exit}`, async (ctx) => {
    const p = exp.setup ? build(exp.setup, name) : `${DIR}/${name}`;
    const args = exp.args.map((a) => a.replace('{path}', p));
    const r = exp.setup?.startsWith('unreadable') && isRoot ? await runAsNobody(args) : await runCli(args);
    if (r === null) return ctx.skip('running as root and node cannot be started as user nobody');
    const lines = withoutSummary(r.stderr);
    expect(lines).toEqual(exp.stderr.map((l) => l.replaceAll('{path}', p)));
    expect(r.code).toBe(exp.exit);
    // No stack traces without --debug.
    expect(r.stderr).not.toMatch(/\n\s+at /u);
    if (exp.minItems !== undefined) {
      const meetings = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { items: unknown[] });
      expect(meetings).toHaveLength(1);
      expect(meetings[0]!.items.length).toBeGreaterThanOrEqual(exp.minItems);
    }
    if (exp.code !== null && !(exp.setup?.startsWith('unreadable') && isRoot)) {
      const codes: string[] = [];
      for await (const { result } of parseInputs(await expandInputs([p], { ext: ['txt', 'md'] }), {})) if (!result.ok) codes.push(result.failure.code);
      expect(codes).toContain(exp.code);
    }
  });
});

describe('a run over a folder of hostile files and good minutes', () => {
  it('converts the good ones, reports each bad one once with its path, and exits 1', async () => {
    // In-process from the sources, where the worker pool (a built file) is not available: one thread.
    const r = await runCli(['convert', DIR, SEED, '--to', 'ndjson', '--jobs', '1']);
    expect(r.code).toBe(1);
    const meetings = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: { path: string } });
    const good = sidecars.filter((s) => !load(s).setup && load(s).exit === 0).map((s) => s.replace(/\.expected\.json$/u, ''));
    expect(meetings.map((m) => path.basename(m.source.path))).toEqual([...good, '000_ca038bd155db9ea1.txt']);
    const lines = withoutSummary(r.stderr);
    const failing = sidecars.filter((s) => !load(s).setup && load(s).exit !== 0).map((s) => s.replace(/\.expected\.json$/u, '')).filter((f) => /\.(txt|md)$/u.test(f));
    expect(lines.map((l) => l.split(': ')[1])).toEqual(failing.map((f) => `${DIR}/${f}`));
  });
});

describe('-o naming a folder', () => {
  it('is refused with the path and what to do, before anything is parsed', async () => {
    const without = await runCli(['convert', '--to', 'ndjson', '-o', tmp, SEED]);
    expect(without.code).toBe(2);
    expect(without.stderr).toBe(`referat: cannot write ${tmp}: it is a folder; give a file name, or use --out-dir for one file per input (nothing was changed at ${tmp})\n`);
  });
});
