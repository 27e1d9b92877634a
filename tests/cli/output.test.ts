// Nothing lost on output: files are replaced by rename only, so an interrupted run (SIGINT) leaves the old file or the
// complete new one and no temporary litter; outputs never overwrite inputs; --out-dir mirrors relative paths and never
// writes outside itself.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeJoin } from '../../src/cli/commands/convert.js';
import { bundleCli } from '../helpers/built-cli.js';
import { SUMMARY_LINE, runCli } from '../helpers/cli.js';
import { ROOT, SEEDS, listTxt } from '../helpers/fixtures.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'referat-output-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const seeds = listTxt(SEEDS).filter((f) => !f.includes('/001_')).map((f) => path.join(ROOT, f));

/** All files under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const COPIES = 120;

describe('an interrupted run (SIGINT)', () => {
  let bin = '';
  let big = '';
  beforeAll(async () => {
    bin = (await bundleCli()).bin;
    big = path.join(tmp, 'big');
    mkdirSync(big);
    for (let i = 0; i < COPIES; i++) for (const s of seeds) copyFileSync(s, path.join(big, `${String(i).padStart(3, '0')}-${path.basename(s)}`));
  });

  function convert(out: string, interruptAfterMs: number | null, from = big): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, 'convert', from, '--to', 'json', '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
      child.on('error', reject);
      child.on('exit', (code, signal) => resolve({ code, signal }));
      if (interruptAfterMs === null) return;
      // Wait until the temporary output exists (the run is writing), then interrupt.
      const dir = path.dirname(out);
      const poll = setInterval(() => {
        if (readdirSync(dir).some((f) => f.startsWith(`.${path.basename(out)}.`) && f.endsWith('.tmp'))) {
          clearInterval(poll);
          setTimeout(() => child.kill('SIGINT'), interruptAfterMs);
        }
      }, 5);
      child.on('exit', () => clearInterval(poll));
    });
  }

  it('leaves the old file or the complete new one, and no temporary file', async () => {
    // The invariant holds whenever the signal lands; at least one run must really be cut short, or this proves nothing.
    let interrupted = 0;
    for (const delay of [0, 20, 60, 150]) {
      const dir = path.join(tmp, `int-${delay}`);
      mkdirSync(dir);
      const out = path.join(dir, 'meetings.json');
      writeFileSync(out, '["the old output"]\n');
      const r = await convert(out, delay);
      const content = readFileSync(out, 'utf8');
      if (r.signal === 'SIGINT') {
        interrupted++;
        expect(content).toBe('["the old output"]\n');
      } else {
        expect(r.code).toBe(0);
        expect((JSON.parse(content) as unknown[]).length).toBe(COPIES * seeds.length);
      }
      expect(readdirSync(dir)).toEqual(['meetings.json']);
    }
    expect(interrupted).toBeGreaterThan(0);
  });

  it('--out-dir: every file written is complete, and no temporary file is left', async () => {
    const out = path.join(tmp, 'int-outdir');
    const r = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
      const child = spawn(process.execPath, [bin, 'convert', big, '--to', 'json', '--out-dir', out], { stdio: ['ignore', 'ignore', 'pipe'] });
      child.on('error', reject);
      child.on('exit', (code, signal) => resolve({ code, signal }));
      const poll = setInterval(() => {
        if (existsSync(out) && readdirSync(out).length >= 20) {
          clearInterval(poll);
          child.kill('SIGINT');
        }
      }, 5);
      child.on('exit', () => clearInterval(poll));
    });
    const files = readdirSync(out);
    expect(files.length).toBeGreaterThan(0);
    // Cut short (the usual case), or finished before the signal landed: either way only complete files.
    if (r.signal === 'SIGINT') expect(files.length).toBeLessThan(COPIES * seeds.length);
    else expect(files.length).toBe(COPIES * seeds.length);
    expect(files.filter((f) => !f.endsWith('.json'))).toEqual([]);
    for (const f of files) expect((JSON.parse(readFileSync(path.join(out, f), 'utf8')) as { schemaVersion: number }).schemaVersion).toBe(1);
  });

  it('an uninterrupted run replaces it with the complete new output', async () => {
    const dir = path.join(tmp, 'whole');
    mkdirSync(dir);
    const out = path.join(dir, 'meetings.json');
    writeFileSync(out, '["the old output"]\n');
    // A few files are enough here; the big folder is for catching a run in the middle.
    const few = path.join(tmp, 'few');
    mkdirSync(few);
    for (const s of seeds) copyFileSync(s, path.join(few, path.basename(s)));
    const r = await convert(out, null, few);
    expect(r.code).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length).toBe(seeds.length);
    expect(readdirSync(dir)).toEqual(['meetings.json']);
  });
});

describe('outputs and inputs', () => {
  it('refuses -o over one of the inputs, and leaves it as it was', async () => {
    const p = path.join(tmp, 'input.txt');
    copyFileSync(seeds[0]!, p);
    const before = readFileSync(p);
    const r = await runCli(['convert', p, '--to', 'json', '-o', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`referat: refusing to write ${p}: it is one of the inputs (choose another output file or folder; nothing was written)\n`);
    expect(readFileSync(p).equals(before)).toBe(true);
  });

  it('validate refuses -o over one of its inputs too (also one matched by a glob), and leaves it as it was', async () => {
    const d = path.join(tmp, 'validate-self');
    mkdirSync(d);
    const p = path.join(d, 'minutes.txt');
    copyFileSync(seeds[0]!, p);
    const before = readFileSync(p);
    for (const args of [[p, '-o', p], [`${d}/*.txt`, '--format', 'sarif', '-o', p]]) {
      const r = await runCli(['validate', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`referat: refusing to write ${p}: it is one of the inputs (choose another output file or folder; nothing was written)\n`);
    }
    expect(readFileSync(p).equals(before)).toBe(true);
    expect(tree(d)).toEqual(['minutes.txt']);
  });

  it('validate -o naming a folder or an impossible place: said in words, exit 2, not an internal error', async () => {
    const d = path.join(tmp, 'validate-dir');
    mkdirSync(d);
    const r = await runCli(['validate', seeds[0]!, '-o', d]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`referat: cannot write ${d}: it is a folder; give a file name (nothing was changed at ${d})\n`);
    const f = path.join(tmp, 'a-file');
    writeFileSync(f, 'keep');
    const r2 = await runCli(['validate', seeds[0]!, '-o', path.join(f, 'report.txt')]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/^referat: cannot write .*report\.txt: part of the path is a file, not a folder; check the path/u);
    expect(r2.stderr).not.toContain('internal error');
    expect(readFileSync(f, 'utf8')).toBe('keep');
  });

  it('standard input read from the -o file is refused too (`- -o m.txt < m.txt`)', () => {
    const p = path.join(tmp, 'stdin-self.txt');
    copyFileSync(seeds[0]!, p);
    const before = readFileSync(p);
    const fd = openSync(p, 'r');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/referat.js'), 'convert', '-', '--to', 'csv', '-o', p], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`referat: refusing to write ${p}: it is one of the inputs (standard input is read from it; choose another output file; nothing was written)\n`);
    expect(readFileSync(p).equals(before)).toBe(true);
  });

  it('-o through a link replaces the file it points to and keeps the link; a named pipe is written into, not replaced', async () => {
    const d = path.join(tmp, 'special');
    mkdirSync(d);
    writeFileSync(path.join(d, 'real.json'), 'old');
    symlinkSync('real.json', path.join(d, 'link.json'));
    expect((await runCli(['convert', seeds[0]!, '--to', 'ndjson', '-o', path.join(d, 'link.json')])).code).toBe(0);
    expect(lstatSync(path.join(d, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(d, 'real.json'), 'utf8')).source.path).toBe(seeds[0]);
    const fifo = path.join(d, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let got = '';
    reader.stdout.on('data', (b: Buffer) => (got += b.toString()));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    expect((await runCli(['convert', seeds[0]!, '--to', 'ndjson', '-o', fifo])).code).toBe(0);
    await closed;
    expect(JSON.parse(got).source.path).toBe(seeds[0]);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(tree(d)).toEqual(['link.json', 'pipe', 'real.json']);
  });

  it('when no input could be converted, an existing -o file is left as it was (a mistyped path does not empty it)', async () => {
    const keep = path.join(tmp, 'keep.json');
    writeFileSync(keep, 'OLD');
    for (const args of [[path.join(tmp, 'nonexist.txt'), '--to', 'json'], [`${tmp}/nomatch/*.txt`, '--to', 'csv'], [path.join(ROOT, 'fixtures/seeds/001_2c31612e13099a8f.txt'), '--to', 'ndjson']]) {
      const r = await runCli(['convert', ...args, '-o', keep]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`referat: no input could be converted; nothing was written to ${keep}\n`);
      expect(readFileSync(keep, 'utf8')).toBe('OLD');
    }
    expect(existsSync(path.join(tmp, 'never.csv'))).toBe(false);
    await runCli(['convert', path.join(tmp, 'nonexist.txt'), '--to', 'csv', '-o', path.join(tmp, 'never.csv')]);
    expect(existsSync(path.join(tmp, 'never.csv'))).toBe(false);
  });

  it('refuses -o over an input reached through a link (either way round)', async () => {
    const d = path.join(tmp, 'linked');
    mkdirSync(d);
    const real = path.join(d, 'real.txt');
    copyFileSync(seeds[0]!, real);
    symlinkSync('real.txt', path.join(d, 'alias.txt'));
    const before = readFileSync(real);
    for (const [input, output] of [[path.join(d, 'alias.txt'), real], [real, path.join(d, 'alias.txt')]] as const) {
      const r = await runCli(['convert', input, '--to', 'json', '-o', output]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/it is one of the inputs/u);
    }
    expect(readFileSync(real).equals(before)).toBe(true);
    expect(tree(d)).toEqual(['alias.txt', 'real.txt']);
  });

  it('refuses an --out-dir run that would overwrite an input before writing anything', async () => {
    const dir = path.join(tmp, 'same');
    mkdirSync(dir);
    copyFileSync(seeds[0]!, path.join(dir, 'a.txt'));
    copyFileSync(seeds[1]!, path.join(dir, 'b.txt'));
    writeFileSync(path.join(dir, 'b.json'), '{"keep":"me"}');
    const r = await runCli(['convert', dir, '--ext', 'txt,json', '--to', 'json', '--out-dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^referat: refusing to write .*b\.json: it is one of the inputs/u);
    expect(tree(dir)).toEqual(['a.txt', 'b.json', 'b.txt']);
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe('{"keep":"me"}');
  });

  it('--out-dir mirrors relative paths from folders and globs', async () => {
    const src = path.join(tmp, 'src');
    mkdirSync(path.join(src, '2021', 'maj'), { recursive: true });
    copyFileSync(seeds[0]!, path.join(src, '2021', 'maj', 'soc.txt'));
    copyFileSync(seeds[1]!, path.join(src, 'top.txt'));
    const out = path.join(tmp, 'parsed');
    const r = await runCli(['convert', src, '--to', 'json', '--out-dir', out]);
    expect(r.stderr.trimEnd()).toMatch(SUMMARY_LINE);
    expect(r.code).toBe(0);
    expect(tree(out)).toEqual(['2021/maj/soc.json', 'top.json']);
    const g = path.join(tmp, 'parsed-glob');
    const r2 = await runCli(['convert', `${src}/**/*.txt`, '--to', 'json', '--out-dir', g]);
    expect(r2.code).toBe(0);
    expect(tree(g)).toEqual(['2021/maj/soc.json', 'top.json']);
  });

  it('two inputs that would land on one output file: the second fails, the first is kept', async () => {
    const src = path.join(tmp, 'clash');
    mkdirSync(src);
    copyFileSync(seeds[0]!, path.join(src, 'x.md'));
    copyFileSync(seeds[1]!, path.join(src, 'x.txt'));
    const out = path.join(tmp, 'clash-out');
    const r = await runCli(['convert', src, '--to', 'json', '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^referat: ${src}/x\\.txt: would be written to the same file as ${src}/x\\.md`, 'u'));
    expect(tree(out)).toEqual(['x.json']);
    // The summary counts the input that was not written as failed, not ok.
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^referat: 2 files: 1 ok, 0 with warnings, 1 failed, 0 not minutes/u);
    expect((JSON.parse(readFileSync(path.join(out, 'x.json'), 'utf8')) as { source: { path: string } }).source.path).toBe(`${src}/x.md`);
  });

  it('never writes outside --out-dir, whatever the relative path', async () => {
    const inner = path.join(tmp, 'deep', 'inner');
    mkdirSync(inner, { recursive: true });
    copyFileSync(seeds[0]!, path.join(tmp, 'deep', 'up.txt'));
    const out = path.join(tmp, 'escape-out');
    // A glob that climbs out of the folder it names: the output still lands inside --out-dir.
    const r = await runCli(['convert', `${inner}/../*.txt`, '--to', 'json', '--out-dir', out]);
    expect(r.code).toBe(0);
    expect(tree(out)).toEqual(['up.json']);
    // And the guard itself: a relative path that leads out is refused, whatever its spelling.
    for (const rel of ['../x.txt', 'a/../../x.txt', '../../etc/passwd', '/etc/passwd', `..${path.sep}x.txt`]) expect(safeJoin(out, rel, '.json')).toBeNull();
    expect(safeJoin(out, 'a/../x.txt', '.json')).toBe(path.join(out, 'x.json'));
    expect(safeJoin(out, 'x.y.txt', '.json')).toBe(path.join(out, 'x.y.json'));
  });

  it('a failure to write one --out-dir file is reported with the path; the others are written', async () => {
    const src = path.join(tmp, 'wsrc');
    mkdirSync(path.join(src, 'sub'), { recursive: true });
    copyFileSync(seeds[0]!, path.join(src, 'a.txt'));
    copyFileSync(seeds[1]!, path.join(src, 'sub', 'b.txt'));
    const out = path.join(tmp, 'wout');
    mkdirSync(out);
    writeFileSync(path.join(out, 'sub'), 'a file where a folder is needed');
    const r = await runCli(['convert', src, '--to', 'json', '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^referat: cannot write .*sub\/b\.json: part of the path is a file, not a folder; check the path/u);
    expect(tree(out)).toEqual(['a.json', 'sub']);
  });

  it('--out-dir naming a file is one clear error, before anything is parsed', async () => {
    const f = path.join(tmp, 'not-a-folder.json');
    writeFileSync(f, '{}');
    const r = await runCli(['convert', seeds[0]!, seeds[1]!, '--to', 'json', '--out-dir', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`referat: cannot write into --out-dir ${f}: it is a file, not a folder; give a folder (it is created when missing)\n`);
    expect(readFileSync(f, 'utf8')).toBe('{}');
  });

  it('-o into a folder that cannot be created is a clear error naming the file, exit 2', async () => {
    const blocker = path.join(tmp, 'blocker');
    writeFileSync(blocker, 'x');
    const r = await runCli(['convert', seeds[0]!, '--to', 'json', '-o', path.join(blocker, 'out.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`referat: cannot write ${path.join(blocker, 'out.json')}: part of the path is a file, not a folder; check the path (nothing was changed at ${path.join(blocker, 'out.json')})\n`);
  });
});
