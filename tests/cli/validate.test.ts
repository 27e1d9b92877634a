// referat validate / lint / rules as a user runs them: formats, exit codes, configuration.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referat } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';

describe('referat validate', () => {
  it('exit 0 for clean minutes, 1 for errors; lint is an alias', () => {
    expect(referat(['validate', 'fixtures/lint/ok-clean.txt']).code).toBe(0);
    const r = referat(['lint', 'fixtures/lint/missing-decision/not-ok.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('43:1  error    Item 2');
  });
  it('warnings pass unless --max-warnings is exceeded', () => {
    const seed = 'fixtures/seeds/004_40ca9bec72c52870.txt';
    expect(referat(['validate', seed]).code).toBe(0);
    const r = referat(['validate', seed, '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 warning, more than --max-warnings 0');
    expect(referat(['validate', seed, '--max-warnings', '0', '--quiet']).code).toBe(0);
  });
  it('--rule changes severities; --kind agenda turns decision rules off', () => {
    expect(referat(['validate', 'fixtures/lint/missing-decision/not-ok.txt', '--rule', 'missing-decision=warn']).code).toBe(0);
    expect(referat(['validate', 'fixtures/lint/missing-decision/not-ok.txt', '--kind', 'agenda']).code).toBe(0);
  });
  it('--format github prints workflow commands for CI annotations', () => {
    const r = referat(['validate', 'fixtures/seeds/', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::warning file=fixtures/seeds/004_40ca9bec72c52870.txt,line=715,col=1,endColumn=12,title=referat unknown-heading::"Indstililng" is not a known heading; did you mean "Indstilling"? (suggestion: Indstilling)');
    expect(r.stdout).toContain('::error file=fixtures/seeds/001_2c31612e13099a8f.txt,line=1,col=1,title=referat not-minutes::');
  });
  it('--format json has the stable shape; sarif goes to a file with -o', () => {
    const j = JSON.parse(referat(['validate', 'fixtures/seeds', '--format', 'json']).stdout);
    expect(j.map((f: { file: string; errorCount: number; warningCount: number }) => [path.basename(f.file).slice(0, 3), f.errorCount, f.warningCount])).toEqual([
      ['000', 0, 1],
      ['001', 1, 0],
      ['002', 0, 0],
      ['003', 0, 3],
      ['004', 0, 1],
    ]);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'referat-sarif-')), 'referat.sarif');
    expect(referat(['validate', 'fixtures/seeds', '--format', 'sarif', '-o', out]).code).toBe(1);
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(6);
  });
  it('reads referat.config.json from the working directory; a bad key is exit 2 naming it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-cfg-'));
    const file = path.join(ROOT, 'fixtures/lint/missing-decision/not-ok.txt');
    writeFileSync(path.join(dir, 'referat.config.json'), JSON.stringify({ rules: { 'missing-decision': 'off' } }));
    expect(referat(['validate', file], { cwd: dir }).code).toBe(0);
    writeFileSync(path.join(dir, 'referat.config.json'), JSON.stringify({ rules: { 'missing-decision': 'loud' } }));
    const bad = referat(['validate', file], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('rules.missing-decision');
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ rulez: {} }));
    const bad2 = referat(['validate', file, '--config', path.join(dir, 'other.json')], { cwd: dir });
    expect(bad2.code).toBe(2);
    expect(bad2.stderr).toContain('rulez');
  });
  it('config mistakes are said in words that name the file and what is allowed; ["error"] alone is a setting', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-cfg-'));
    const file = path.join(ROOT, 'fixtures/lint/missing-decision/not-ok.txt');
    const cfg = path.join(dir, 'c.json');
    const run = (config: unknown) => (writeFileSync(cfg, JSON.stringify(config)), referat(['validate', file, '--config', cfg]));
    expect(run({ rules: { 'missing-decision': ['warn'] } }).code).toBe(0);
    const level = run({ rules: { 'missing-decision': 'warning' } });
    expect([level.code, level.stderr]).toEqual([2, `referat: config ${cfg}: rules.missing-decision: expected "off", "warn" or "error", or ["off"|"warn"|"error"] with { options } as a second element\n`]);
    const option = run({ rules: { 'missing-decision': ['error', { exempt: 3 }] } });
    expect([option.code, option.stderr]).toEqual([2, `referat: config ${cfg}: rules.missing-decision[1].exempt: expected a list of strings\n`]);
    const missing = referat(['validate', file, '--config', path.join(dir, 'nothere.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^referat: cannot read config .*nothere\.json: there is no such file/u);
  });
  it('a run over the seeds ends with the summary line on stderr; one file has none', () => {
    const r = referat(['validate', 'fixtures/seeds', '--format', 'json']);
    // 000, 003 and 004 warn (date mismatch; leaked HTML and empty links; Indstililng), 001 is not minutes, 002 is clean.
    expect(r.stderr).toMatch(/^referat: 5 files: 1 ok, 3 with warnings, 0 failed, 1 not minutes \(\d+\.\d s\)\n$/u);
    expect(JSON.parse(r.stdout)).toHaveLength(5);
    expect(referat(['validate', 'fixtures/seeds/002_a672c7572da1fe7b.txt']).stderr).toBe('');
  });
  it('usage errors are exit 2', () => {
    expect(referat(['validate', 'fixtures/seeds', '--format', 'xml']).code).toBe(2);
    expect(referat(['validate', 'fixtures/seeds', '--rule', 'nope=warn']).code).toBe(2);
    expect(referat(['validate', 'fixtures/seeds', '--max-warnings', 'many']).code).toBe(2);
  });
});

describe('referat rules', () => {
  it('lists every rule with severity, description and example', () => {
    const r = referat(['rules']);
    expect(r.code).toBe(0);
    for (const id of ['not-minutes', 'missing-decision', 'empty-decision', 'toc-mismatch', 'item-numbering', 'meeting-fields', 'time-order', 'unknown-heading', 'date-mismatch', 'placeholder-link', 'html-remnant', 'mojibake']) {
      expect(r.stdout).toContain(`${id}  (`);
    }
    expect(JSON.parse(referat(['rules', '--json']).stdout)).toHaveLength(12);
  });
});
