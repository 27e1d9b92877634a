// The parse, convert and schema commands end to end: output, exit codes, atomic files, stdin.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Meeting } from '../../src/model/meeting.js';
import { referat } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';

const SEED0 = 'fixtures/seeds/000_ca038bd155db9ea1.txt';
const SEED1 = 'fixtures/seeds/001_2c31612e13099a8f.txt';

describe('referat parse', () => {
  it('prints one Meeting as JSON and exits 0', () => {
    const r = referat(['parse', SEED0]);
    expect(r.code).toBe(0);
    const m = Meeting.parse(JSON.parse(r.stdout));
    expect(m.items).toHaveLength(9);
    expect(r.stderr).toBe('');
  });
  it('refuses the report with a one-line reason naming the file, exit 1', () => {
    const r = referat(['parse', SEED1]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${SEED1}: not recognised as minutes or an agenda`);
  });
  it('reads standard input', () => {
    const r = referat(['parse', '-'], { input: readFileSync(path.join(ROOT, SEED0)) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe('<stdin>');
  });
  it('exits 2 on usage errors', () => {
    expect(referat(['parse']).code).toBe(2);
    expect(referat(['parse', SEED0, '--no-such-flag']).code).toBe(2);
    const r = referat(['parse', SEED0, '--format-hint', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown --format-hint 'nope'");
  });
  it('has --help and --version', () => {
    expect(referat(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/u);
    const h = referat(['parse', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Exit codes');
  });
});

describe('referat convert', () => {
  it('writes one Meeting per line for a folder, reports the refused file, exit 1', () => {
    const r = referat(['convert', 'fixtures/seeds', '--to', 'ndjson']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual([
      'fixtures/seeds/000_ca038bd155db9ea1.txt',
      'fixtures/seeds/002_a672c7572da1fe7b.txt',
      'fixtures/seeds/003_bb815edab3661743.txt',
      'fixtures/seeds/004_40ca9bec72c52870.txt',
    ]);
    expect(r.stderr).toContain('001_2c31612e13099a8f.txt: not recognised');
  });
  it('takes globs and writes a JSON array atomically with -o', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-'));
    const out = path.join(dir, 'meetings.json');
    const r = referat(['convert', 'fixtures/corpus/*.txt', '--to', 'json', '-o', out]);
    expect(r.code).toBe(0);
    const arr = JSON.parse(readFileSync(out, 'utf8'));
    expect(arr).toHaveLength(9);
    expect(readdirSync(dir)).toEqual(['meetings.json']);
  });
  it('writes one file per input with --out-dir, mirroring relative paths', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-'));
    const r = referat(['convert', 'fixtures/formats', '--to', 'json', '--out-dir', dir]);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'header-block/variant-2020.json'))).toBe(true);
    expect(existsSync(path.join(dir, 'generic/board-minutes-without-headings.json'))).toBe(true);
  });
  it('refuses to write over an input, exit 2, and leaves it untouched', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-'));
    const input = path.join(dir, 'a.txt');
    const text = readFileSync(path.join(ROOT, SEED0), 'utf8');
    writeFileSync(input, text);
    const r = referat(['convert', input, '-o', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('it is one of the inputs');
    expect(readFileSync(input, 'utf8')).toBe(text);
  });
  it('goes on after a missing path and says which', () => {
    const r = referat(['convert', 'no/such/file.txt', SEED0, '--to', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no/such/file.txt: no such file or folder');
  });
  it('says so when a flag would be ignored or has no value, exit 2', () => {
    for (const [args, message] of [
      [['--to', 'json', '--table', 'items'], 'referat: --table and --excel go with --to csv, not --to json'],
      [['--to', 'ndjson', '--excel'], 'referat: --table and --excel go with --to csv, not --to ndjson'],
      [['--ext', ''], "error: option '--ext <list>' argument '' is invalid. give one or more extensions, for example --ext txt,md"],
      [['--jobs', '1000'], "error: option '-j, --jobs <n>' argument '1000' is invalid. give a whole number of workers from 1 to 256"],
    ] as const) {
      const r = referat(['convert', SEED0, ...args]);
      expect([r.code, r.stdout, r.stderr.split('\n')[0]]).toEqual([2, '', message]);
    }
  });
  it('reports a named pipe in a folder instead of skipping it without a word (and never waits on it)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-fifo-'));
    writeFileSync(path.join(dir, 'a.txt'), readFileSync(path.join(ROOT, SEED0)));
    if (spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]).status !== 0) return;
    const r = referat(['convert', dir, '--to', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${dir}/pipe.txt: this is a named pipe, device or socket, not a regular file; skipped (give it by its path to read it)`);
  });
});

describe('referat schema', () => {
  it('prints the JSON Schema generated from the model, equal to the published file', () => {
    const r = referat(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$defs.Meeting.properties.items).toBeDefined();
    expect(schema).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'schema/meeting.schema.json'), 'utf8')));
  });
});
