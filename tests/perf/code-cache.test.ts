// bin/referat.js compiles dist/cli.cjs with the V8 code cache the build made. The cache must be one V8 accepts under
// the flags the bin sets (else every start silently compiles from source), and a missing, foreign or corrupt cache
// must change nothing but the time a start takes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';
import { bundleCli } from '../helpers/built-cli.js';

const SMALL = path.join(ROOT, 'fixtures/corpus/012_kk-oekonomiudvalget-2020-03-31-punkt1.txt');
const run = (bin: string, args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the built code cache', () => {
  it('is accepted by V8 for the built bundle', () => {
    const cache = path.join(ROOT, 'dist/cli.cjs.cache');
    if (!existsSync(cache)) throw new Error('run `npm run build` first: it makes dist/cli.cjs.cache');
    // A fresh process that loads the bundle as the bin does and reports whether V8 took the cache.
    const probe = `const { script } = require(${JSON.stringify(path.join(ROOT, 'bin/referat.js'))}).loadCli(true);
      process.stdout.write(String(script.cachedDataRejected));`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('false');
  });
});

describe('a start without a usable cache', () => {
  let dir = '';
  let bin = '';
  let buildId = '';
  beforeAll(async () => {
    ({ dir, bin, buildId } = await bundleCli());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const expected = () => run(path.join(ROOT, 'bin/referat.js'), ['validate', '--format', 'json', SMALL]);

  it('compiles from source when there is no cache', () => {
    expect(existsSync(path.join(dir, 'dist/cli.cjs.cache'))).toBe(false);
    const r = run(bin, ['validate', '--format', 'json', SMALL]);
    expect(r).toEqual(expected());
    expect(r.code).toBe(0);
  });

  it('compiles from source when the cache is corrupt or made for another build', () => {
    const cache = path.join(dir, 'dist/cli.cjs.cache');
    writeFileSync(cache, Buffer.from('not a V8 code cache'));
    expect(run(bin, ['validate', '--format', 'json', SMALL])).toEqual(expected());
    // This build's id, but bytes V8 rejects.
    writeFileSync(cache, Buffer.concat([Buffer.from(`${buildId}\n`), Buffer.alloc(4096, 7)]));
    expect(run(bin, ['validate', '--format', 'json', SMALL])).toEqual(expected());
    // A real cache, but of another build (the minified dist bundle): its id does not match, so V8 never sees it.
    writeFileSync(cache, readFileSync(path.join(ROOT, 'dist/cli.cjs.cache')));
    expect(run(bin, ['validate', '--format', 'json', SMALL])).toEqual(expected());
    expect(run(bin, ['--version']).stdout).toBe(run(path.join(ROOT, 'bin/referat.js'), ['--version']).stdout);
  });
});

describe('a start without a build', () => {
  it('says the CLI is not built and exits 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-nobuild-'));
    try {
      mkdirSync(path.join(dir, 'bin'));
      for (const f of ['referat.js', 'package.json']) copyFileSync(path.join(ROOT, 'bin', f), path.join(dir, 'bin', f));
      const r = run(path.join(dir, 'bin/referat.js'), ['--version']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`referat: the CLI is not built (${path.join(dir, 'dist/cli.cjs')} is missing): run npm run build\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
