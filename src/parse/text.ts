// Text cleaning shared by every format: non-breaking and zero-width spaces, trailing white space, blank-line runs.
// Cleaned text is derived; positions always refer to the original lines.

const SPACE_LIKE = /[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g;
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/** One line with NBSP and friends as spaces, invisible characters removed, tabs kept. */
const NEEDS_CLEANING = /[\u00a0\u2007\u202f\u2000-\u200d\u3000\u2060\ufeff\u00ad]/u;

export function cleanLine(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s;
  return s.replace(SPACE_LIKE, ' ').replace(INVISIBLE, '');
}

/** A cleaned, trimmed line with white-space runs folded to one space. */
export function squash(s: string): string {
  return cleanLine(s).replace(/\s+/g, ' ').trim();
}

export function isBlank(s: string): boolean {
  return squash(s) === '';
}

export function indentOf(s: string): number {
  const c = cleanLine(s);
  let i = 0;
  while (i < c.length && (c[i] === ' ' || c[i] === '\t')) i++;
  return i;
}

/**
 * Lines → clean text: NBSP as space, no trailing white space, common indentation removed, runs of blank lines folded
 * to one, no leading or trailing blank lines.
 */
export function cleanText(lines: readonly string[]): string {
  const cleaned = lines.map((l) => cleanLine(l).trimEnd());
  let minIndent = Infinity;
  for (const l of cleaned) {
    if (l === '') continue;
    let i = 0;
    while (i < l.length && l[i] === ' ') i++;
    if (i < minIndent) minIndent = i;
  }
  const out: string[] = [];
  let blank = false;
  for (const l of cleaned) {
    if (l === '') {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(minIndent === Infinity ? l : l.slice(minIndent));
  }
  return out.join('\n');
}

/**
 * A comparison key: lower-case letters and digits only (white space, dashes, punctuation and case ignored). One pass:
 * ASCII by table, other characters kept unless they are Latin-1 or general punctuation and spaces.
 */
export function foldKey(s: string): string {
  const low = s.toLowerCase();
  let out = '';
  let from = 0;
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    const keep =
      (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff && !(c >= 0xe000 && c <= 0xf8ff));
    if (!keep) {
      if (i > from) out += low.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? low : out + low.slice(from);
}

/** Word tokens (lower-case) for similarity. */
export function words(s: string): string[] {
  return cleanLine(s).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/**
 * How alike two titles are, 0..1. 1 when equal beyond white space, dashes and case; high when one is a long prefix of
 * the other (titles are often truncated by exports); otherwise the share of the shorter title's words found in the other.
 */
export function titleSimilarity(a: string, b: string): number {
  const ka = foldKey(a);
  const kb = foldKey(b);
  if (ka === '' || kb === '') return 0;
  if (ka === kb) return 1;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (long.startsWith(short) && short.length >= 12) return 0.95;
  const wa = words(a);
  const wb = new Set(words(b));
  const wa2 = new Set(wa);
  const [ws, wl] = wa2.size <= wb.size ? [wa2, wb] : [wb, wa2];
  let hit = 0;
  for (const w of ws) if (wl.has(w)) hit++;
  return ws.size === 0 ? 0 : (hit / ws.size) * (ws.size / Math.max(ws.size, wl.size) > 0.5 ? 1 : 0.8);
}

/** Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions), bounded by `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2: number[] = new Array(m + 1).fill(0);
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur: number[] = new Array(m + 1).fill(0);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m]!;
}
