// Text cleaning shared by every format: non-breaking and zero-width spaces, trailing white space, blank-line runs.
// Cleaned text is derived; positions always refer to the original lines.

const SPACE_LIKE = /[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g;
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

// Hot path (profiled with `node --cpu-prof`): these run on every line several times, so each first checks with a plain
// char-code loop whether the regex work would change anything and returns the input unchanged when not. The results
// are identical to the regex versions.

/** True when `c` is one of the characters SPACE_LIKE or INVISIBLE matches. */
function isSpecial(c: number): boolean {
  return c === 0xa0 || c === 0xad || (c >= 0x2000 && c <= 0x200d) || c === 0x202f || c === 0x2060 || c === 0x2007 || c === 0x3000 || c === 0xfeff;
}

/** The invisible characters among the special ones (INVISIBLE). */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/**
 * One line with NBSP and friends as spaces, invisible characters removed, tabs kept; a form feed (a page break in
 * PDF-to-text output) removed and a vertical tab (a manual line break in Word's text export) read as a space.
 */
export function cleanLine(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 0xa0 ? isSpecial(c) : c === 12 || c === 11) break;
    i++;
  }
  if (i === n) return s;
  if (s.indexOf('\f') !== -1 || s.indexOf('\v') !== -1) return cleanLine(s.replaceAll('\f', '').replaceAll('\v', ' '));
  // Which replacements are needed: most such lines hold only NBSPs, replaced without a regex.
  let nbsp = false;
  let otherSpace = false;
  let invisible = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0 || !isSpecial(c)) continue;
    if (c === 0xa0) nbsp = true;
    else if (isInvisible(c)) invisible = true;
    else otherSpace = true;
  }
  let t = otherSpace ? s.replace(SPACE_LIKE, ' ') : nbsp ? s.replaceAll('\u00a0', ' ') : s;
  if (invisible) t = t.replace(INVISIBLE, '');
  return t;
}

/** True for the characters `\s` matches besides the ASCII space (after cleanLine). */
function isOtherSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x205f || (c >= 0xa0 && isSpecial(c));
}

/** True for every character `squash` drops or folds: white space as `\s` sees it and the invisible characters. */
function isWhiteOrInvisible(c: number): boolean {
  return c === 32 || isOtherSpace(c);
}

/**
 * A cleaned, trimmed line with white-space runs folded to one space. Edges are trimmed by slicing; only a line with a
 * run, a tab, an NBSP or an invisible character inside takes the regex path (a fifth of real lines are blank lines
 * holding an NBSP or trailing spaces, which no longer do).
 */
export function squash(s: string): string {
  const n = s.length;
  let a = 0;
  while (a < n && isWhiteOrInvisible(s.charCodeAt(a))) a++;
  if (a === n) return '';
  let b = n;
  while (isWhiteOrInvisible(s.charCodeAt(b - 1))) b--;
  let prevSpace = false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return squashSlow(s);
      prevSpace = true;
    } else if (c < 32 || c >= 0xa0) {
      if (isOtherSpace(c)) return squashSlow(s);
      prevSpace = false;
    } else prevSpace = false;
  }
  return a === 0 && b === n ? s : s.slice(a, b);
}


/** White space that is still loose after `cleanLine`: at an edge, doubled, or other than a space. */
const LOOSE = /^ | $| {2}|[\t-\r\u1680\u2028\u2029\u205f]/;

/**
 * `cleanLine(s).replace(/\s+/g, ' ').trim()`. Most lines that reach here only hold non-breaking spaces between
 * words, which `cleanLine` turns into spaces natively; the rest are folded in one pass that joins slices.
 */
function squashSlow(s: string): string {
  const c = cleanLine(s);
  return LOOSE.test(c) ? foldSpaces(c) : c;
}

/** Runs of white space folded to one space, edges trimmed, in one pass over a `cleanLine`d line. */
function foldSpaces(s: string): string {
  const n = s.length;
  let out = '';
  let seg = -1;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || isOtherSpace(c)) {
      if (seg >= 0) {
        out += s.slice(seg, i);
        seg = -1;
      }
      space = out !== '';
    } else if (seg < 0) {
      if (space) out += ' ';
      space = false;
      seg = i;
    }
  }
  return seg >= 0 ? out + s.slice(seg) : out;
}

export function isBlank(s: string): boolean {
  return squash(s) === '';
}

/**
 * `s.replace(/\s+$/, '')` for a `cleanLine`d string, without the regex (which retries at every white-space run of a
 * long line). Invisible characters, which `\s` partly misses, are gone by then.
 */
function trimEnd(s: string): string {
  let b = s.length;
  while (b > 0 && (s.charCodeAt(b - 1) === 32 || isOtherSpace(s.charCodeAt(b - 1)))) b--;
  return b === s.length ? s : s.slice(0, b);
}

/** One line as `cleanText` keeps it: NBSP and friends as spaces, invisible characters removed, no trailing white space. */
export function cleanTextLine(l: string): string {
  return trimEnd(cleanLine(l));
}

/**
 * Lines → clean text: NBSP as space, no trailing white space, common indentation removed, runs of blank lines folded
 * to one, no leading or trailing blank lines.
 */
export function cleanText(lines: readonly string[]): string {
  const cleaned = lines.map(cleanTextLine);
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

/** Two lines of one wrapped title joined: a word hyphenated at the line end (`… ved Hov-` + `bjerg …`) is one word. */
export function joinWrapped(first: string, second: string): string {
  return /\p{Ll}-$/u.test(first) && /^\p{Ll}/u.test(second) ? first.slice(0, -1) + second : `${first} ${second}`;
}

/** A comparison key: lower-case letters and digits only (white space, dashes, punctuation and case ignored). */
export function foldKey(s: string): string {
  return foldKeyClean(cleanLine(s));
}

/** `foldKey` of a string with no NBSP or invisible characters in it (a squashed line: `Doc.sq`). */
export function foldKeyClean(s: string): string {
  const low = s.toLowerCase();
  const n = low.length;
  let out = '';
  let run = 0;
  for (let i = 0; i < n; i++) {
    const c = low.charCodeAt(i);
    let keep: boolean;
    if (c < 0x80) keep = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdfff) return low.replace(/[^\p{L}\p{N}]+/gu, '');
    else keep = isLetterOrNumber(c);
    if (!keep) {
      if (i > run) out += low.slice(run, i);
      run = i + 1;
    }
  }
  return run === 0 ? low : out + low.slice(run);
}

/** Per-BMP-code-unit cache of /[\p{L}\p{N}]/u: 0 unknown, 1 yes, 2 no. */
const LN_CACHE = new Uint8Array(0x10000);
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
function isLetterOrNumber(c: number): boolean {
  let v = LN_CACHE[c]!;
  if (v === 0) {
    v = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
    LN_CACHE[c] = v;
  }
  return v === 1;
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
  return similarityOf(foldKey(a), foldKey(b), () => new Set(words(a)), () => new Set(words(b)));
}

/**
 * `titleSimilarity` from the titles' fold keys and word sets (made only when the keys do not decide), for callers
 * that compare the same titles many times and keep both.
 */
export function similarityOf(ka: string, kb: string, wordsA: () => ReadonlySet<string>, wordsB: () => ReadonlySet<string>): number {
  if (ka === '' || kb === '') return 0;
  if (ka === kb) return 1;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (long.startsWith(short) && short.length >= 12) return 0.95;
  const wa = wordsA();
  const wb = wordsB();
  const [ws, wl] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
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
