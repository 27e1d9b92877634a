// Build: the CLI as one minified ESM bundle (fast cold start), the library as tsc output with .d.ts, and the JSON
// Schemas generated from the zod model into schema/.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Start-up stubs (scripts/stubs/): modules the bundle would load on every start but never uses. */
const startupStubs = {
  name: 'startup-stubs',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: path.resolve('scripts/stubs/supports-color.js') }));
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}commander${path.sep}`) ? { path: path.resolve('scripts/stubs/child-process.cjs') } : undefined,
    );
  },
};
rmSync('dist', { recursive: true, force: true });
// Two bundles: the CLI and the worker-thread entry the folder-run pool starts (dist/worker.js, next to dist/cli.js).
await build({
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  outdir: 'dist',
  // Code splitting: `--version` and `--help` load only the small entry chunk; each command's code (and the parser, zod,
  // iconv-lite) is a chunk loaded by its `await import()`. Chunks stay next to cli.js so `new URL('./worker.js',
  // import.meta.url)` in the pool finds the worker entry from whichever chunk the pool lands in.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  plugins: [startupStubs],
  logLevel: 'warning',
});
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
mkdirSync('schema', { recursive: true });
const { meetingJsonSchema } = await import('../dist/lib/cli/commands/schema.js');
writeFileSync('schema/meeting.schema.json', JSON.stringify(meetingJsonSchema(), null, 2) + '\n');
const extra = await import('../dist/lib/schemas.js').catch(() => null);
if (extra) for (const [file, schema] of Object.entries(extra.extraSchemas())) writeFileSync(`schema/${file}`, JSON.stringify(schema, null, 2) + '\n');
