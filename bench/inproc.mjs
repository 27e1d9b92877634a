// One measurement in a fresh process, printed as JSON: `floor` reads and decodes every file (nothing else); `parse`
// reads and parses every file with the library on one thread. Files are listed before the clock starts.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const [mode, dir, repeatArg] = process.argv.slice(2);
const repeat = Number(repeatArg ?? 1);
const files = [];
const walk = (d) => {
  const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.txt')) files.push(p);
  }
};
walk(dir);

let bytes = 0;
let ok = 0;
let run;
if (mode === 'floor') {
  const dec = new TextDecoder('utf-8');
  run = () => {
    for (const f of files) {
      const b = readFileSync(f);
      bytes += b.length;
      if (dec.decode(b).length > 0) ok++;
    }
  };
} else {
  const { parseMinutes } = await import('../dist/lib/parse/index.js');
  run = () => {
    for (const f of files) {
      const b = readFileSync(f);
      bytes += b.length;
      if (parseMinutes(b, { path: f }).ok) ok++;
    }
  };
}
// Best of `repeat` passes (the first pass also warms the JIT and the page cache).
let best = Infinity;
let bestCpu = Infinity;
let passBytes = 0;
for (let r = 0; r < repeat; r++) {
  bytes = 0;
  ok = 0;
  const t = performance.now();
  const c = process.cpuUsage();
  run();
  best = Math.min(best, performance.now() - t);
  const used = process.cpuUsage(c);
  bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  passBytes = bytes;
}
process.stdout.write(JSON.stringify({ mode, files: files.length, bytes: passBytes, ok, ms: best, cpuMs: bestCpu, maxRssKB: process.resourceUsage().maxRSS }) + '\n');
