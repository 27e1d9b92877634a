// Bundles the CLI from the current sources into a temporary folder, for tests that must run it as a real process
// (signals, exit statuses). Built by the build's own bundler (scripts/bundle.mjs) and started by the real
// bin/referat.js, laid out as in the package (bin/, dist/), so it never tests a stale dist/. No code cache is made:
// the bin then compiles the bundle from source, which these tests exercise too.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleCli as bundle } from '../../scripts/bundle.mjs';
import { ROOT } from './fixtures.js';

export async function bundleCli(): Promise<{ dir: string; bin: string; buildId: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'referat-cli-'));
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const { buildId } = (await bundle({ outdir: path.join(dir, 'dist'), version, minify: false, sourcemap: false })) as { buildId: string };
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(path.join(ROOT, 'bin/referat.js'), path.join(dir, 'bin/referat.js'));
  copyFileSync(path.join(ROOT, 'bin/package.json'), path.join(dir, 'bin/package.json'));
  return { dir, bin: path.join(dir, 'bin/referat.js'), buildId };
}
