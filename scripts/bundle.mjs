// The CLI bundles, shared by the build (scripts/build.mjs → dist/) and the tests that run a CLI built from the current
// sources (tests/helpers/built-cli.ts):
//
// - `cli.cjs`: the whole CLI as one CommonJS file. bin/referat.js compiles it with V8's code cache (`cli.cjs.cache`,
//   made by scripts/code-cache.cjs), which an ES module cannot use on Node 20. Commands are still initialised lazily:
//   esbuild turns each `await import()` of a bundled module into a call of that module's init function.
// - `worker.js`: the worker-thread entry of the folder-run pool, an ES module that `new URL('./worker.js', …)` finds
//   next to cli.cjs.
import { build } from 'esbuild';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Start-up stubs (scripts/stubs/): modules the bundle would load on every start but never uses. */
const startupStubs = {
  name: 'startup-stubs',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: path.join(ROOT, 'scripts/stubs/supports-color.js') }));
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}commander${path.sep}`) ? { path: path.join(ROOT, 'scripts/stubs/child-process.cjs') } : undefined,
    );
  },
};

/**
 * Builds cli.cjs and worker.js into `outdir`. cli.cjs starts with a line naming a build id that is new on every build:
 * the code cache carries it too, so a cache is never used with a bundle it was not made from (V8 itself checks only
 * the source's length).
 */
export async function bundleCli({ outdir, version = '0.0.0-dev', minify = true, sourcemap = 'linked' }) {
  const buildId = randomUUID();
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    minify,
    sourcemap,
    absWorkingDir: ROOT,
    define: { __VERSION__: JSON.stringify(version) },
    plugins: [startupStubs],
    logLevel: 'warning',
  };
  await build({
    ...common,
    entryPoints: { cli: path.join(ROOT, 'src/cli/main.ts') },
    format: 'cjs',
    outdir,
    outExtension: { '.js': '.cjs' },
    // The one use of import.meta (the pool's `new URL('./worker.js', import.meta.url)`), answered from __filename.
    define: { ...common.define, 'import.meta.url': '__referatModuleUrl' },
    banner: { js: `// referat build ${buildId}\nconst __referatModuleUrl = require("node:url").pathToFileURL(__filename).href;` },
  });
  await build({
    ...common,
    entryPoints: { worker: path.join(ROOT, 'src/cli/worker.ts') },
    format: 'esm',
    outdir,
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  });
  return { buildId };
}
