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

// The parser runs a few hundred regular expressions. By default V8 first compiles each to bytecode for its interpreter
// and then again to machine code on its second run; compiling straight to machine code halves the parser's first-file
// time and does not change throughput. V8 flags hold for the whole process, worker threads included. Set here, before
// the bundle is compiled, because V8 checks its flags against those the code cache was made with.
setFlagsFromString('--no-regexp-tier-up');

const BUNDLE = path.join(__dirname, '../dist/cli.cjs');
const CACHE = `${BUNDLE}.cache`;

const BUILD_LINE = '// referat build ';

/** The bundle's build id: its first line is `// referat build <id>`; the cache file starts with `<id>\n`. */
function buildIdOf(source) {
  const end = source.indexOf('\n');
  return source.startsWith(BUILD_LINE) && end > 0 ? source.slice(BUILD_LINE.length, end) : '';
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
