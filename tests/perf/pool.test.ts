// The worker pool must not change what a run prints or returns: stdout, stderr and the exit code are the same with
// one worker (in-process) and with several, on fixtures that include refused and unreadable files.
import { PROGRESS_MIN_FILES, count, newTally, shouldShowSummary, summaryLine } from '../../src/cli/progress.js';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, listTxt, SEEDS, CORPUS } from '../helpers/fixtures.js';
import { SUMMARY_LINE } from '../helpers/cli.js';

const BIN = path.join(ROOT, 'bin/referat.js');
let dir: string;

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '', ...env } });
  // The summary line ends with the run's duration, which differs between runs.
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/\(\d+\.\d s\)/gu, '(T s)') };
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/worker.js'))) throw new Error('run `npm run build` first: the pool tests run the built CLI');
  dir = mkdtempSync(path.join(tmpdir(), 'referat-pool-'));
  const docs = path.join(dir, 'docs');
  mkdirSync(path.join(docs, 'sub'), { recursive: true });
  // Many files so several are in flight at once; copies in a sub-folder keep relative paths interesting.
  const files = [...listTxt(SEEDS), ...listTxt(CORPUS)];
  for (let k = 0; k < 3; k++) for (const f of files) copyFileSync(path.join(ROOT, f), path.join(docs, k === 1 ? 'sub' : '.', `${k}_${path.basename(f)}`));
  writeFileSync(path.join(docs, 'empty.txt'), '');
  writeFileSync(path.join(docs, 'scan.txt'), Buffer.from('%PDF-1.7\n\x00\x01binary'));
  writeFileSync(path.join(docs, 'notes.txt'), 'Husk at købe kaffe til mødet.\n');
}, 30000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('convert with 1 and N workers', () => {
  for (const to of ['ndjson', 'json']) {
    it(`--to ${to}: same stdout, stderr and exit code`, () => {
      const one = cli(['convert', 'docs', '--to', to, '--jobs', '1']);
      expect(one.code).toBe(1);
      expect(one.stderr).toContain('scan.txt');
      expect(one.stderr).toContain('empty.txt');
      expect(one.stderr).toContain('notes.txt');
      expect(one.stdout.length).toBeGreaterThan(1000);
      for (const jobs of ['2', '3']) {
        const many = cli(['convert', 'docs', '--to', to, '--jobs', jobs]);
        expect(many).toEqual(one);
      }
    });
  }

  it('validate: the same report, summary and exit code in every format, with standard input among the inputs', () => {
    for (const format of ['json', 'stylish', 'sarif', 'github']) {
      const one = cli(['validate', 'docs', '--format', format, '--jobs', '1']);
      expect(one.code).toBe(1);
      expect(one.stderr).toMatch(/^referat: \d+ files: \d+ ok, \d+ with warnings, \d+ failed, \d+ not minutes \(T s\)\n$/u);
      expect(one.stdout).toContain('scan.txt');
      for (const jobs of ['2', '3']) expect(cli(['validate', 'docs', '--format', format, '--jobs', jobs])).toEqual(one);
    }
    // Standard input is read and linted on the main thread, in its place among the files.
    const seed = readFileSync(path.join(ROOT, listTxt(SEEDS)[4]!));
    const run = (jobs: string) => spawnSync(process.execPath, [BIN, 'validate', 'docs/sub', '-', 'docs/notes.txt', '--format', 'json', '--jobs', jobs], { cwd: dir, encoding: 'utf8', input: seed, env: { ...process.env, CI: '' } });
    const a = run('1');
    const b = run('2');
    expect(b.stdout).toBe(a.stdout);
    expect(b.status).toBe(a.status);
    const files = (JSON.parse(a.stdout) as Array<{ file: string }>).map((r) => r.file);
    expect(files.at(-2)).toBe('<stdin>');
    expect(files.at(-1)).toBe('docs/notes.txt');
  });

  it('a sub-folder run is the same with either', () => {
    const one = cli(['convert', 'docs/sub', '--to', 'ndjson', '--jobs', '1']);
    const two = cli(['convert', 'docs/sub', '--to', 'ndjson', '--jobs', '2']);
    expect(two).toEqual(one);
    expect(readdirSync(path.join(dir, 'docs/sub')).length).toBeGreaterThan(5);
  });

  it('-o FILE and --out-dir write the same files', () => {
    const a = cli(['convert', 'docs', '--to', 'ndjson', '--jobs', '1', '-o', 'one.ndjson']);
    const b = cli(['convert', 'docs', '--to', 'ndjson', '--jobs', '2', '-o', 'two.ndjson']);
    expect(b).toEqual(a);
    expect(readFileSync(path.join(dir, 'two.ndjson'), 'utf8')).toBe(readFileSync(path.join(dir, 'one.ndjson'), 'utf8'));
    const c = cli(['convert', 'docs', '--to', 'json', '--jobs', '1', '--out-dir', 'out1']);
    const d = cli(['convert', 'docs', '--to', 'json', '--jobs', '2', '--out-dir', 'out2']);
    expect(d).toEqual(c);
    const list = (p: string) => readdirSync(path.join(dir, p), { recursive: true }).map(String).sort();
    expect(list('out2')).toEqual(list('out1'));
    for (const f of list('out1').filter((f) => f.endsWith('.json'))) {
      expect(readFileSync(path.join(dir, 'out2', f), 'utf8')).toBe(readFileSync(path.join(dir, 'out1', f), 'utf8'));
    }
  });

  it("ends a piped run's stderr with its failures, then one summary line", () => {
    const r = cli(['convert', 'docs', '--to', 'ndjson', '--jobs', '2']);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1).every((l) => l.startsWith('referat: docs/'))).toBe(true);
    expect(lines.at(-1)!.replace('(T s)', '(0.0 s)')).toMatch(SUMMARY_LINE);
  });

  it('ends every run over more than one input with a one-line summary, terminal or not', () => {
    const ctx = (tty: boolean) => ({ stdout: () => {}, stderr: () => {}, env: {}, cwd: dir, isTTY: { stdout: false, stderr: tty } });
    expect(shouldShowSummary(ctx(true), 45)).toBe(true);
    expect(shouldShowSummary(ctx(false), 45)).toBe(true);
    expect(shouldShowSummary(ctx(false), PROGRESS_MIN_FILES)).toBe(true);
    expect(shouldShowSummary(ctx(true), 1)).toBe(false);
    expect(shouldShowSummary(ctx(false), 1)).toBe(false);
    const t = newTally();
    count(t, { ok: false, failure: { path: 'x', code: 'binary', message: 'm' } });
    count(t, { ok: false, failure: { path: 'y', code: 'not-minutes', message: 'm' } });
    expect(summaryLine(t, 1.23)).toBe('referat: 2 files: 0 ok, 0 with warnings, 1 failed, 1 not minutes (1.2 s)\n');
  });

  it('rejects a bad --jobs as a usage error', () => {
    expect(cli(['convert', 'docs', '--jobs', '0']).code).toBe(2);
    expect(cli(['convert', 'docs', '--jobs', 'many']).code).toBe(2);
  });
});
