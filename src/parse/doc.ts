// A document as the formats see it: the original lines plus derived views computed once (squashed text, blankness,
// indentation). Indexes are 0-based here; the model's 1-based lines are made in `assemble.ts` only.
import { resetHeadingMemo } from './headings.js';
import { cleanLine, squash } from './text.js';

export interface Doc {
  lines: readonly string[];
  /** Cleaned, trimmed, white space folded. */
  sq: readonly string[];
  blank: readonly boolean[];
  indent: readonly number[];
  n: number;
}

export function makeDoc(lines: readonly string[]): Doc {
  resetHeadingMemo();
  const sq: string[] = new Array(lines.length);
  const blank: boolean[] = new Array(lines.length);
  const indent: number[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const s = squash(raw);
    // squash returns its input unchanged only when there was nothing to clean, so cleanLine(raw) is raw then.
    const c = s === raw ? raw : cleanLine(raw);
    sq[i] = s;
    blank[i] = s === '';
    // indentOf(c) without cleaning `c` a second time.
    let k = 0;
    if (s !== '') while (k < c.length && (c.charCodeAt(k) === 32 || c.charCodeAt(k) === 9)) k++;
    indent[i] = k;
  }
  return { lines, sq, blank, indent, n: lines.length };
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
