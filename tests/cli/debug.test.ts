// A bug inside referat is reported with the file it happened on and a request to report it; the stack trace appears
// only with --debug. The parser is made to throw for one file name to stand in for such a bug.
import { describe, expect, it, vi } from 'vitest';
import { SUMMARY_LINE, runCli, withoutSummary } from '../helpers/cli.js';

vi.mock('../../src/parse/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/parse/index.js')>();
  return {
    ...real,
    parseSource: (source: { path: string }, options: { formatHint?: string } = {}) => {
      if (source.path.includes('000_')) throw new Error('simulated bug');
      return real.parseSource(source as Parameters<typeof real.parseSource>[0], options);
    },
  };
});

const BUGGY = 'fixtures/seeds/000_ca038bd155db9ea1.txt';
const GOOD = 'fixtures/seeds/002_a672c7572da1fe7b.txt';
const STACK = /\n\s+at /u;

describe('internal errors', () => {
  it('convert: names the file, goes on with the others, exits 1, no stack', async () => {
    const r = await runCli(['convert', BUGGY, GOOD, '--to', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(withoutSummary(r.stderr)).toEqual([
      `referat: ${BUGGY}: internal error while parsing: simulated bug — this is a bug in referat; please report it with the file (run with --debug for the stack trace)`,
    ]);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(SUMMARY_LINE);
  });
  it('convert --debug: the same line, then the stack', async () => {
    const r = await runCli(['convert', BUGGY, GOOD, '--to', 'ndjson', '--debug']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `referat: ${BUGGY}: internal error while parsing: simulated bug — this is a bug in referat; please report it with the file (run with --debug for the stack trace)`,
    );
    expect(r.stderr).toMatch(STACK);
    expect(r.stderr).toContain('simulated bug');
  });
  it('parse: names the file, exit 1, stack only with --debug (before or after the command)', async () => {
    const r = await runCli(['parse', BUGGY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`referat: ${BUGGY}: internal error: simulated bug — run with --debug for the stack trace, and please report it\n`);
    for (const args of [['--debug', 'parse', BUGGY], ['parse', BUGGY, '--debug']]) {
      const d = await runCli(args);
      expect(d.code).toBe(1);
      expect(d.stderr).toMatch(STACK);
    }
  });
  it('input problems never print a stack, even with --debug', async () => {
    const r = await runCli(['convert', 'fixtures/hostile/report.pdf', 'no/such.txt', '--to', 'ndjson', '--debug']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    expect(withoutSummary(r.stderr)).toHaveLength(2);
  });
});
