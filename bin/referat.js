#!/usr/bin/env node
// The referat command. Compiles the CLI bundle (dist/cli.cjs) with V8's code cache (dist/cli.cjs.cache, made by the
// build for the Node.js that built it), so a start skips parsing and compiling the bundle and the functions a command
// runs. A cache V8 rejects (another Node.js or other V8 flags), one of another build, or none only costs that time
// back: the bundle is then compiled from source. CommonJS on purpose (bin/package.json): Node 20 has no code cache for
// ES modules.
'use strict';
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');
const { createRequire, wrap } = require('node:module');

// Regexes compile straight to machine code. Set before the bundle is compiled: V8 checks its flags against the cache's.
setFlagsFromString('--no-regexp-tier-up');

const BUNDLE = path.join(__dirname, '../dist/cli.cjs');
const CACHE = `${BUNDLE}.cache`;

/** The bundle's build id: its first line is `// referat build <id>`; the cache file starts with `<id>\n`. */
function buildIdOf(source) {
  const end = source.indexOf('\n');
  return source.startsWith('// referat build ') && end > 0 ? source.slice(17, end) : '';
}

/** The code cache made for this build of the bundle, or undefined. */
function readCache(source) {
  const id = buildIdOf(source);
  try {
    const buf = readFileSync(CACHE);
    const nl = buf.indexOf(10);
    return id !== '' && nl > 0 && buf.toString('latin1', 0, nl) === id ? buf.subarray(nl + 1) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compiles and runs the bundle's module code, with the cache (`useCache`) or without; returns its exports, the compiled
 * script (to make a cache from) and the source.
 */
function loadCli(useCache) {
  const source = readFileSync(BUNDLE, 'utf8');
  const script = new Script(wrap(source), { filename: BUNDLE, cachedData: useCache ? readCache(source) : undefined });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(BUNDLE), mod, BUNDLE, path.dirname(BUNDLE));
  return { cli: mod.exports, script, source };
}

module.exports = { loadCli, buildIdOf, CACHE };

if (require.main === module) {
  let loaded = null;
  try {
    loaded = loadCli(true);
  } catch (e) {
    if (e.code !== 'ENOENT' || e.path !== BUNDLE) throw e;
    process.stderr.write(`referat: the CLI is not built (${BUNDLE} is missing): run npm run build\n`);
    process.exitCode = 2;
  }
  if (loaded) loaded.cli.run();
}
