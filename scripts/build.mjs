// Build: the CLI as one minified CommonJS bundle with V8's code cache (fast cold start), the worker-thread entry, the
// library as tsc output with .d.ts, and the JSON Schemas generated from the zod model into schema/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { bundleCli } from './bundle.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
await bundleCli({ outdir: 'dist', version: pkg.version });
// The code cache is made by a run of the bundle in a fresh process with the flags bin/referat.js runs it with.
execFileSync(process.execPath, ['scripts/code-cache.cjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
mkdirSync('schema', { recursive: true });
const { meetingJsonSchema } = await import('../dist/lib/cli/commands/schema.js');
writeFileSync('schema/meeting.schema.json', JSON.stringify(meetingJsonSchema(), null, 2) + '\n');
const extra = await import('../dist/lib/schemas.js').catch(() => null);
if (extra) for (const [file, schema] of Object.entries(extra.extraSchemas())) writeFileSync(`schema/${file}`, JSON.stringify(schema, null, 2) + '\n');
