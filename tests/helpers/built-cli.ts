// Bundles the CLI from the current sources into a temporary folder, for tests that must run it as a real process
// (signals, exit statuses). Uses esbuild like the build, so it is fast and never tests a stale dist/.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './fixtures.js';

export async function bundleCli(): Promise<{ dir: string; bin: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'referat-cli-'));
  await build({
    entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: path.join(dir, 'cli.mjs'),
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
    logLevel: 'error',
    absWorkingDir: ROOT,
  });
  const bin = path.join(dir, 'referat.mjs');
  writeFileSync(bin, "import { run } from './cli.mjs';\nrun();\n");
  return { dir, bin };
}
