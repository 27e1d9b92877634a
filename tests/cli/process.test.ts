// The CLI as a real process: standard input, exit statuses, and a reader that stops early (`| head`).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../helpers/built-cli.js';
import { ROOT } from '../helpers/fixtures.js';

let bin = '';
let dir = '';
beforeAll(async () => {
  ({ bin, dir } = await bundleCli());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], stdin?: Uint8Array, stopAfterFirstChunk = false): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stopAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin ?? Buffer.alloc(0));
  });
}

const SEED = 'fixtures/seeds/000_ca038bd155db9ea1.txt';

describe('standard input', () => {
  it('parses minutes from -', async () => {
    const r = await run(['parse', '-'], readFileSync(path.join(ROOT, SEED)));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { source: { path: string } }).source.path).toBe('<stdin>');
  });
  it('a PDF on standard input is named <stdin> and refused', async () => {
    const r = await run(['parse', '-'], readFileSync(path.join(ROOT, 'fixtures/hostile/report.pdf')));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^referat: <stdin>: this is a PDF \(binary\) file, not exported text — export it as text first/u);
  });
  it('nothing on standard input says so', async () => {
    const r = await run(['convert', '-', '--to', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('referat: <stdin>: nothing came on standard input — pipe a file in, or give its path instead of -\n');
  });
});

describe('exit statuses', () => {
  it('0 when every input parsed, 1 when one failed, 2 for usage errors', async () => {
    expect((await run(['convert', SEED, '--to', 'ndjson'])).code).toBe(0);
    expect((await run(['convert', SEED, 'fixtures/hostile/empty.txt', '--to', 'ndjson'])).code).toBe(1);
    const usage = await run(['convert', SEED, '--to', 'json', '-o', 'a.json', '--out-dir', 'x']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('referat: use either -o/--output or --out-dir, not both\n');
    expect((await run(['convert', SEED, '--to', 'yaml'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
  // `> /dev/full` stands for a full disk behind a redirect: the output is cut short, and the run must say so.
  it.runIf(existsSync('/dev/full'))('a failed write to standard output is said, with exit 2, not a silent success', async () => {
    for (const args of [['parse', SEED], ['convert', 'fixtures/seeds', '--to', 'csv'], ['--version']]) {
      const full = openSync('/dev/full', 'w');
      const r = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT, stdio: ['ignore', full, 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr }));
      });
      closeSync(full);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^referat: cannot write standard output: the disk is full; free some space and run again; what was written there is incomplete$/mu);
    }
  });
  it('a reader that stops early (| head) ends the run quietly', async () => {
    const r = await run(['convert', 'fixtures/seeds', 'fixtures/corpus', 'fixtures/encodings', '--to', 'ndjson'], undefined, true);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /u);
  });
});
