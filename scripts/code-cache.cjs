// Makes dist/cli.cjs.cache: V8's code cache of the CLI bundle after a run of what users run most (validate, convert,
// parse, diff on the fixtures, output discarded), so the cache holds the compiled code of those functions too and not
// only the bundle's top level. Run by the build in a fresh process; bin/referat.js sets the same V8 flags.
'use strict';
const { readdirSync, writeFileSync, renameSync } = require('node:fs');
const path = require('node:path');
const { loadCli, buildIdOf, CACHE } = require('../bin/referat.js');

const ROOT = path.join(__dirname, '..');
const fixture = (dir) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));

(async () => {
  const seeds = fixture('fixtures/seeds');
  const corpus = fixture('fixtures/corpus');
  const few = [...seeds, ...corpus].slice(0, 12); // under the pool's threshold: everything runs on this thread
  const RUNS = [
    ['validate', ...few],
    ['validate', '--format', 'json', ...few],
    ['convert', '--to', 'ndjson', '--jobs', '1', ...few],
    ['convert', '--to', 'csv', '--jobs', '1', ...few],
    ['parse', seeds[0]],
    ['diff', seeds[0], seeds[1]],
    ['--version'],
  ];
  const { cli, script, source } = loadCli(false);
  const quiet = () => {};
  for (const argv of RUNS) {
    const ctx = { stdout: quiet, stderr: quiet, env: {}, cwd: ROOT, isTTY: { stdout: false, stderr: false } };
    await cli.main(argv, ctx);
  }
  const tmp = `${CACHE}.${process.pid}.tmp`;
  // The build id first, so the bin uses the cache only with the bundle it was made from.
  writeFileSync(tmp, Buffer.concat([Buffer.from(`${buildIdOf(source)}\n`, 'latin1'), script.createCachedData()]));
  renameSync(tmp, CACHE);
})().catch((e) => {
  // No cache is not a failure (no fixtures, say): the CLI then compiles from source.
  process.stderr.write(`code cache not made: ${e.message}\n`);
});
