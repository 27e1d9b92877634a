// Benchmark corpus: N files made from the real fixtures with small per-file variations (digits changed, a case-number
// line added, some CRLF, some Windows-1252, some with a BOM), plus optionally one large file. Deterministic for a given
// N, written under .tmp/ (gitignored) and reused when already there.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');
const ROOT = path.resolve(import.meta.dirname, '..');
export const CORPUS_ROOT = path.join(ROOT, '.tmp/bench-corpus');

function listTxt(dir) {
  return readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(ROOT, dir, f), 'utf8'));
}

/** A small seeded PRNG (mulberry32) so every run builds the same corpus. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Changes a few digits inside amounts and case numbers (not the dates and item numbers the structure hangs on). */
function vary(text, i, rand) {
  const chars = text.split('');
  for (let k = 0; k < 8; k++) {
    const at = Math.floor(rand() * chars.length);
    // Only a digit with digits on both sides (inside a long number), so headings and item numbers stay as they are.
    if (/\d/u.test(chars[at]) && /\d/u.test(chars[at - 1] ?? '') && /\d/u.test(chars[at + 1] ?? '')) chars[at] = String(Math.floor(rand() * 10));
  }
  return `${chars.join('').replace(/\s+$/u, '')}\n\nSagsnr. ${String(i).padStart(6, '0')}\n`;
}

function encodeVariant(text, i) {
  let t = text;
  if (i % 10 === 3) t = t.replace(/\n/gu, '\r\n');
  if (i % 20 === 7) return iconv.encode(t, 'windows-1252');
  const b = Buffer.from(t, 'utf8');
  return i % 50 === 11 ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) : b;
}

/**
 * Builds (or reuses) a folder of `n` files. `kind` 'seeds' draws mostly from the ~22 KB seed documents (about 45 MB per
 * 2,000 files); 'small' draws from the ~2 KB corpus excerpts (for the many-files memory run).
 */
export function ensureCorpus(n, kind = 'seeds') {
  const dir = path.join(CORPUS_ROOT, `${kind}-${n}`);
  const stamp = path.join(dir, '.complete');
  if (existsSync(stamp)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const seeds = listTxt('fixtures/seeds');
  const small = listTxt('fixtures/corpus');
  const rand = rng(n * 7919 + (kind === 'seeds' ? 1 : 2));
  for (let i = 0; i < n; i++) {
    const src = kind === 'seeds' ? (i % 20 === 19 ? small[i % small.length] : seeds[i % seeds.length]) : small[i % small.length];
    // 1,000 files per sub-folder, as archives are usually split by year or committee.
    const sub = path.join(dir, `d${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `m${String(i).padStart(6, '0')}.txt`), encodeVariant(vary(src, i, rand), i));
  }
  writeFileSync(stamp, '');
  return dir;
}

/** One large minutes file of about `mb` MB: a seed's header and items, its body repeated. */
export function ensureBigFile(mb) {
  const dir = path.join(CORPUS_ROOT, `big-${mb}`);
  const file = path.join(dir, 'big.txt');
  if (existsSync(file) && statSync(file).size >= mb * 1e6 * 0.9) return dir;
  mkdirSync(dir, { recursive: true });
  const seed = listTxt('fixtures/seeds')[0];
  const reps = Math.ceil((mb * 1e6) / Buffer.byteLength(seed));
  writeFileSync(file, seed.repeat(reps));
  return dir;
}

export function folderStats(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}
