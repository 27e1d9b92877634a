// Bundles the CLI from the current sources into a temporary folder, for tests that must run it as a real process
// (signals, exit statuses). Built like scripts/build.mjs (CLI and worker entries, split chunks side by side, so the
// folder-run pool finds ./worker.js), so it is fast and never tests a stale dist/.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './fixtures.js';

export async function bundleCli(): Promise<{ dir: string; bin: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'referat-cli-'));
  await build({
    entryPoints: { cli: path.join(ROOT, 'src/cli/main.ts'), worker: path.join(ROOT, 'src/cli/worker.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: dir,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.js' },
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
    logLevel: 'error',
    absWorkingDir: ROOT,
  });
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  const bin = path.join(dir, 'referat.js');
  writeFileSync(bin, "import { run } from './cli.js';\nrun();\n");
  return { dir, bin };
}
