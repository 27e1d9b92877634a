// The progress bar shows only on a terminal, for long runs, outside CI; failures printed during the run clear it
// first. Checked on the gate and the renderer directly, and end to end under a pseudo-terminal (`script`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { PROGRESS_MIN_FILES, count, newTally, shouldShowProgress, startProgress, summaryLine } from '../../src/cli/progress.js';
import { ROOT, SEEDS, listTxt } from '../helpers/fixtures.js';

function ctx(over: Partial<CliContext> = {}): CliContext & { err: string[] } {
  const err: string[] = [];
  return { stdout: () => {}, stderr: (s) => void err.push(s), env: {}, cwd: '.', isTTY: { stdout: true, stderr: true }, ...over, err };
}

describe('shouldShowProgress', () => {
  const long = { total: PROGRESS_MIN_FILES, reportOnStdout: false };
  it('shows for a long run on a terminal', () => expect(shouldShowProgress(ctx(), long)).toBe(true));
  it('hides in CI', () => {
    expect(shouldShowProgress(ctx({ env: { CI: 'true' } }), long)).toBe(false);
    expect(shouldShowProgress(ctx({ env: { CI: '1' } }), long)).toBe(false);
    expect(shouldShowProgress(ctx({ env: { CI: 'false' } }), long)).toBe(true);
  });
  it('hides when stderr or stdout is piped', () => {
    expect(shouldShowProgress(ctx({ isTTY: { stdout: true, stderr: false } }), long)).toBe(false);
    expect(shouldShowProgress(ctx({ isTTY: { stdout: false, stderr: true } }), long)).toBe(false);
  });
  it('hides for short runs and when the report goes to the terminal', () => {
    expect(shouldShowProgress(ctx(), { total: PROGRESS_MIN_FILES - 1, reportOnStdout: false })).toBe(false);
    expect(shouldShowProgress(ctx(), { total: 5000, reportOnStdout: true })).toBe(false);
  });
});

describe('startProgress', () => {
  it('draws files done, rate, ETA and failures, throttled, and clears itself around log lines', () => {
    let t = 0;
    const c = ctx();
    const p = startProgress(c, 400, true, () => t);
    const tally = newTally();
    for (let k = 0; k < 100; k++) {
      count(tally, k === 5 ? { ok: false, failure: { path: 'x', code: 'binary', message: 'm' } } : ({ ok: true } as never));
      t += 10; // 10 ms per file → 100 files/s
      p.tick({ ...tally });
    }
    const frames = c.err.filter((s) => s.includes('files/s'));
    expect(frames.length).toBeGreaterThan(5);
    expect(frames.length).toBeLessThan(15); // at most one frame per 100 ms
    expect(frames.at(-1)).toMatch(/\] 9\d\/400 files · 100 files\/s · ETA 0:0\d · 1 failed$/u);
    c.err.length = 0;
    p.log('referat: x: m\n');
    expect(c.err[0]).toBe('\r\x1b[K');
    expect(c.err[1]).toBe('referat: x: m\n');
    expect(c.err[2]).toContain('files/s');
    p.stop();
    expect(c.err.at(-1)).toBe('\r\x1b[K');
  });
  it('without a bar, log lines pass through untouched and nothing else is written', () => {
    const c = ctx();
    const p = startProgress(c, 400, false);
    p.tick(newTally());
    p.log('line\n');
    p.stop();
    expect(c.err).toEqual(['line\n']);
  });
  it('summarises ok / with warnings / failed / not minutes', () => {
    const t = newTally();
    count(t, { ok: true } as never);
    count(t, { ok: true } as never, { errors: 0, warnings: 2 });
    count(t, { ok: false, failure: { path: 'a', code: 'not-minutes', message: '' } });
    count(t, { ok: false, failure: { path: 'b', code: 'unreadable', message: '' } });
    expect(summaryLine(t, 1.234)).toBe('referat: 4 files: 1 ok, 1 with warnings, 1 failed, 1 not minutes (1.2 s)\n');
  });
});

describe('under a pseudo-terminal', () => {
  let dir: string;
  const hasScript = existsSync('/usr/bin/script');
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'referat-tty-'));
    mkdirSync(path.join(dir, 'docs'));
    const seeds = listTxt(SEEDS);
    for (let k = 0; k < PROGRESS_MIN_FILES + 20; k++) {
      const f = seeds[k % seeds.length]!;
      copyFileSync(path.join(ROOT, f), path.join(dir, 'docs', `${String(k).padStart(4, '0')}.txt`));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (env: Record<string, string>, args = 'convert docs --to ndjson -o out.ndjson --jobs 2') => {
    const cmd = `${process.execPath} ${path.join(ROOT, 'bin/referat.js')} ${args}`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '', ...env } });
    return r.stdout;
  };
  it.runIf(hasScript)('shows the bar on a terminal, then the summary', () => {
    const out = run({});
    expect(out).toMatch(/\d+\/220 files · \d+ files\/s · ETA \d+:\d\d · \d+ failed/u);
    expect(out).toMatch(/referat: 220 files: \d+ ok, 0 with warnings, 0 failed, \d+ not minutes/u);
  });
  it.runIf(hasScript)('validate with its report in a file: the bar, then the summary with its own counts', () => {
    const out = run({}, 'validate docs --format json -o report.json');
    expect(out).toMatch(/\d+\/220 files · \d+ files\/s · ETA \d+:\d\d · \d+ failed/u);
    // The seeds: 000 (a date mismatch), 002 and 003 pass or warn, 004 warns (Indstililng), 001 is not minutes.
    const m = /referat: 220 files: (\d+) ok, (\d+) with warnings, (\d+) failed, (\d+) not minutes/u.exec(out);
    expect(m).not.toBeNull();
    expect(Number(m![1]) + Number(m![2]) + Number(m![3]) + Number(m![4])).toBe(220);
    expect(Number(m![2])).toBeGreaterThan(0);
    expect(Number(m![4])).toBe(44);
  });
  it.runIf(hasScript)('shows no bar when CI is set, only the summary', () => {
    const out = run({ CI: 'true' });
    expect(out).not.toContain('files/s');
    expect(out).not.toContain('\x1b[K');
    expect(out).toMatch(/referat: 220 files: \d+ ok/u);
  });
});
