// A document as the formats see it: the original lines plus derived views computed once (squashed text, blankness,
// indentation). Indexes are 0-based here; the model's 1-based lines are made in `assemble.ts` only.
import { foldKey } from './text.js';
import { type CommitteeLine, type HeadingMatch, matchCommitteeLineSquashed, matchHeadingSquashed } from './headings.js';

export interface Doc {
  lines: readonly string[];
  /** Cleaned, trimmed, white space folded. */
  sq: readonly string[];
  blank: readonly boolean[];
  indent: readonly number[];
  n: number;
  /** `matchHeading` of line i, computed once. */
  heading(i: number): HeadingMatch | null;
  /** `matchCommitteeLine` of line i, computed once. */
  committee(i: number): CommitteeLine | null;
  /** `foldKey` of line i, computed once. */
  key(i: number): string;
}

const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/u;
const INVISIBLE_ALL = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/gu;
const WHITE = /\s+/gu;
const NEEDS_FOLD = /[^\S ]| {2}/u;

function isWhite(c: number): boolean {
  return c === 32 || c === 9 || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 0x205f || c === 0x1680;
}

/**
 * A line cleaned for matching: invisible characters (zero-width spaces, soft hyphens) dropped, every white-space run
 * (NBSP included) folded to one space, trimmed; and the width of its leading white space. One regex pass per line.
 */
export function squashLine(line: string): { sq: string; indent: number } {
  const s = INVISIBLE.test(line) ? line.replace(INVISIBLE_ALL, '') : line;
  let indent = 0;
  while (indent < s.length && isWhite(s.charCodeAt(indent))) indent++;
  // Most lines hold single plain spaces only: trimming is enough.
  return { sq: NEEDS_FOLD.test(s) ? s.replace(WHITE, ' ').trim() : s.trim(), indent };
}

export function makeDoc(lines: readonly string[]): Doc {
  const n = lines.length;
  const sq: string[] = new Array(n);
  const blank: boolean[] = new Array(n);
  const indent: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = squashLine(lines[i]!);
    const s = r.sq.charCodeAt(0) === 35 || r.sq.charCodeAt(0) === 42 || r.sq.charCodeAt(0) === 95 ? unwrapMarkup(r.sq) : r.sq;
    sq[i] = s;
    blank[i] = s === '';
    indent[i] = s === '' ? 0 : r.indent;
  }
  const headings: Array<HeadingMatch | null | undefined> = new Array(n);
  const committees: Array<CommitteeLine | null | undefined> = new Array(n);
  const keys: Array<string | undefined> = new Array(n);
  return {
    lines,
    sq,
    blank,
    indent,
    n,
    heading(i) {
      let h = headings[i];
      if (h === undefined) h = headings[i] = blank[i] ? null : matchHeadingSquashed(sq[i]!);
      return h;
    },
    key(i) {
      let k = keys[i];
      if (k === undefined) k = keys[i] = foldKey(sq[i]!);
      return k;
    },
    committee(i) {
      let c = committees[i];
      if (c === undefined) c = committees[i] = blank[i] ? null : matchCommitteeLineSquashed(sq[i]!);
      return c;
    },
  };
}

/** Markdown-ish wrappers some exports keep around headings: `## 1. Title`, `**Beslutning**`, `__Bilag__`. */
function unwrapMarkup(s: string): string {
  let t = s;
  if (t.startsWith('#')) t = t.replace(/^#{1,6} +/u, '');
  const w = /^(\*\*|__)(.+)\1$/u.exec(t);
  if (w && !w[2]!.includes(w[1]!)) t = w[2]!.trim();
  return t;
}

/** Index of the next non-blank line at or after i, or n. */
export function nextNonBlank(doc: Doc, i: number, limit = doc.n): number {
  while (i < limit && doc.blank[i]) i++;
  return i;
}

/** Index of the previous non-blank line at or before i, or -1. */
export function prevNonBlank(doc: Doc, i: number, floor = 0): number {
  while (i >= floor && doc.blank[i]) i--;
  return i;
}
